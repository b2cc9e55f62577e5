"""Quality gate: articlenorm must not fall below the floors in benchmarks/floors.toml.

Scores small fixed seeded samples of the shared dev sets (articlenorm rows only) and
fails when a gated number (body F1, with/without rates, ...) drops below its floor.
Skipped when the datasets folder is absent.
"""

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _import(name: str) -> ModuleType:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module(name)


def test_quality_stays_above_floors() -> None:
    datasets = _import("benchmarks.datasets")
    gate = _import("benchmarks.gate")
    if not datasets.DEFAULT_DATA_DIR.is_dir():
        pytest.skip(f"dev datasets not found at {datasets.DEFAULT_DATA_DIR}")
    wanted = [name for name in gate.load_floors() if isinstance(gate.load_floors()[name], dict)]
    missing = [n for n in wanted if not (datasets.DEFAULT_DATA_DIR / n).is_dir()]
    if missing:
        pytest.skip(f"dev datasets missing: {', '.join(missing)}")
    measures = gate.measure()
    assert measures, "floors.toml gates nothing"
    below = [
        f"{m.dataset}/{m.system} {m.metric}: "
        f"{'n/a' if m.value is None else f'{m.value:.3f}'} < floor {m.floor:.3f}"
        for m in measures
        if not m.ok
    ]
    assert not below, "quality below floors:\n" + "\n".join(below)
