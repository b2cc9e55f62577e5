"""Running every system on every case (in the harness's worker pool) and tallying."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from articlenorm import ArticlenormError
from benchmarks.datasets import Case
from benchmarks.scoring import Contribs, Tally, score
from benchmarks.systems import REGISTRY, DocContext, Output
from benchmarks.workers import cpu_limit, parallel_map

DOC_TIMEOUT_S = 60.0  # CPU seconds (ITIMER_PROF), so machine load does not trip it


@dataclass
class CaseResult:
    """Contributions per system key for one case, plus unexpected error type names."""

    contribs: dict[str, Contribs] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def run_case(case: Case, keys: Sequence[str]) -> CaseResult:
    """Run the systems ``keys`` on ``case``; one system's failure never stops the others.

    A failing system (any exception, or over :data:`DOC_TIMEOUT_S` of CPU time) is scored as an
    empty output and counted as an error; the exception type is kept for the report.
    """
    ctx = DocContext(case)
    result = CaseResult()
    for key in keys:
        system = REGISTRY[key]
        out, failed = Output(), False
        started = time.perf_counter()
        try:
            with cpu_limit(DOC_TIMEOUT_S):
                out = system.run(ctx)
        except Exception as exc:  # noqa: BLE001 - any failure is one error
            failed = True
            label = type(exc).__name__
            documented = system.is_subject and isinstance(exc, ArticlenormError)
            result.errors[key] = f"={label}" if documented else label
        elapsed = time.perf_counter() - started
        result.contribs[key] = score(case, system, out, error=failed)
        result.contribs[key]["seconds"] = (elapsed, 1.0)
    return result


def _work(task: tuple[Case, tuple[str, ...]]) -> CaseResult:
    case, keys = task
    return run_case(case, keys)


@dataclass
class DatasetRun:
    """Tallies of one dataset: per system key, plus case count and wall time."""

    dataset: str
    keys: tuple[str, ...]
    tallies: dict[str, Tally]
    cases: int
    seconds: float


def run_dataset(dataset: str, cases: Sequence[Case], keys: Sequence[str], jobs: int = 1) -> DatasetRun:
    """Score ``keys`` on ``cases``, printing progress to stderr."""
    key_tuple = tuple(keys)
    tallies = {key: Tally() for key in key_tuple}
    start = time.perf_counter()
    step = max(1, len(cases) // 10)
    for i, res in enumerate(parallel_map(_work, [(c, key_tuple) for c in cases], jobs), 1):
        for key, contribs in res.contribs.items():
            tallies[key].add(contribs)
        for key, label in res.errors.items():
            tallies[key].error_types[label] += 1
        if i % step == 0 or i == len(cases):
            elapsed = time.perf_counter() - start
            print(f"[{dataset}] {i}/{len(cases)} cases, {elapsed:.1f}s", file=sys.stderr)
    return DatasetRun(dataset, key_tuple, tallies, len(cases), time.perf_counter() - start)
