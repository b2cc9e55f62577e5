"""Quality gate: score articlenorm on the small fixed samples of ``floors.toml``.

``tests/test_quality_gate.py`` calls :func:`check`; ``python -m benchmarks.gate``
prints the measured values next to the floors (use it when re-measuring floors).
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import quality
from benchmarks.datasets import DEFAULT_DATA_DIR
from benchmarks.report import articlenorm_version
from benchmarks.runner import DatasetRun
from benchmarks.scoring import Tally

FLOORS_FILE: Path = Path(__file__).resolve().parent / "floors.toml"


@dataclass(frozen=True)
class Measure:
    """One gated number: dataset, system key, metric, measured value and floor."""

    dataset: str
    system: str
    metric: str
    value: float | None
    floor: float

    @property
    def ok(self) -> bool:
        """Whether the measured value reaches the floor."""
        return self.value is not None and self.value >= self.floor


def load_floors(path: Path = FLOORS_FILE) -> dict[str, Any]:
    """Parse ``floors.toml``."""
    with path.open("rb") as fh:
        return tomllib.load(fh)


def metric_value(tally: Tally, metric: str) -> float | None:
    """``body_f1`` is the benchmark F1; any other name is a tallied rate."""
    return tally.body_f1() if metric == "body_f1" else tally.rate(metric)


def measure(data_dir: Path = DEFAULT_DATA_DIR, floors_path: Path = FLOORS_FILE) -> list[Measure]:
    """Run the gated systems on the gate samples and compare with the floors."""
    config = load_floors(floors_path)
    seed = int(config.get("seed", 0))
    jobs = int(config.get("jobs", 1))
    out: list[Measure] = []
    for dataset, section in config.items():
        if not isinstance(section, dict):
            continue
        floors: dict[str, dict[str, float]] = section.get("floors", {})
        keys = list(floors)
        runs, _ = quality.score(
            data_dir,
            [dataset],
            {dataset: int(section["sample"])},
            seed=seed,
            jobs=jobs,
            only=keys,
        )
        run: DatasetRun = runs[0] if runs else DatasetRun(dataset, (), {}, 0, 0.0)
        for key in keys:
            tally = run.tallies.get(key)
            for metric, floor in floors[key].items():
                value = metric_value(tally, metric) if tally is not None else None
                out.append(Measure(dataset, key, metric, value, float(floor)))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print measured values beside the floors; exit 1 if any is below.

    ``python -m benchmarks.gate`` measures this checkout's working tree.
    """
    if sys.argv[1:] if argv is None else argv:
        print("usage: python -m benchmarks.gate (no arguments; it measures the working tree)")
        return 2
    print(f"articlenorm {articlenorm_version()}")
    measures = measure()
    for m in measures:
        shown = "n/a" if m.value is None else f"{m.value:.3f}"
        flag = "ok" if m.ok else "BELOW"
        print(f"{m.dataset:18} {m.system:8} {m.metric:15} {shown:>6} floor {m.floor:.3f} {flag}")
    return 0 if all(m.ok for m in measures) else 1


if __name__ == "__main__":
    sys.exit(main())
