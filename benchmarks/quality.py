"""Quality benchmark: articlenorm beside trafilatura and jusText on the shared dev sets.

Usage (from the repository root)::

    python -m benchmarks.quality [--data DIR] [--sample N] [--datasets a,b]
                                 [--systems an,traf] [--out docs/benchmarks.md] [--jobs J] [--seed S]

Writes the ``quality`` section of the output Markdown file and prints progress to
stderr.  ``--sample N`` scores a stable seeded sample of N cases per dataset.  The
articlenorm measured is this checkout's working tree (see :mod:`benchmarks`).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from benchmarks.datasets import (
    ALL_SETS,
    available,
    load_cases,
    sample_cases,
)
from benchmarks.quality_doc import render
from benchmarks.report import command_line, parser, progress, publish
from benchmarks.runner import DatasetRun, run_dataset
from benchmarks.systems import systems_for


def score(
    data_dir: Path,
    datasets: Sequence[str],
    sample: int | Mapping[str, int] | None = None,
    *,
    seed: int = 0,
    jobs: int = 1,
    subject_only: bool = False,
    only: Collection[str] | None = None,
) -> tuple[list[DatasetRun], dict[str, int]]:
    """Score ``datasets`` and return their runs plus each dataset's full size.

    ``sample`` is one size for every dataset, a size per dataset name, or None (all).
    With ``subject_only`` only the articlenorm rows run; ``only`` keeps just the
    systems with those keys (the quality gate uses it).
    """
    runs: list[DatasetRun] = []
    totals: dict[str, int] = {}
    for name in datasets:
        cases = load_cases(data_dir, name)
        totals[name] = len(cases)
        n = sample.get(name) if isinstance(sample, Mapping) else sample
        chosen = sample_cases(cases, n, seed)
        rows = systems_for(name, subject_only=subject_only, requested=only or ())
        keys = [s.key for s in rows if only is None or s.key in only]
        if not keys:
            continue
        progress(f"[{name}] {len(chosen)} cases × {len(keys)} systems: {', '.join(keys)}")
        runs.append(run_dataset(name, chosen, keys, jobs=jobs))
    return runs, totals


def _parser() -> argparse.ArgumentParser:
    p = parser("benchmarks.quality", __doc__)
    p.add_argument("--sample", type=int, default=None, help="seeded sample size per dataset")
    p.add_argument("--datasets", default=",".join(ALL_SETS), help="comma-separated names")
    p.add_argument(
        "--systems",
        default=None,
        help="comma-separated system keys to run (default: all); e.g. an,traf for the metadata rows",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = _parser().parse_args(args_list)
    wanted = [d.strip() for d in args.datasets.split(",") if d.strip()]
    unknown = [d for d in wanted if d not in ALL_SETS]
    if unknown:
        progress(f"unknown dataset(s): {', '.join(unknown)}; known: {', '.join(ALL_SETS)}")
        return 2
    present = set(available(args.data))
    missing = [d for d in wanted if d not in present]
    if missing:
        progress(f"dataset(s) not found under {args.data}: {', '.join(missing)}")
        return 2
    start = time.perf_counter()
    only = {k.strip() for k in args.systems.split(",") if k.strip()} if args.systems else None
    runs, totals = score(args.data, wanted, args.sample, seed=args.seed, jobs=args.jobs, only=only)
    seconds = time.perf_counter() - start
    text = render(runs, totals, command_line("benchmarks.quality", args_list), seconds, args.jobs)
    publish(args.out, "quality", text, seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
