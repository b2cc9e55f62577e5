"""Small timing and memory helpers for the speed benchmark (no pytest use)."""

from __future__ import annotations

import contextlib
import gc
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks.workers import DocTimeout, wall_limit


@dataclass
class PassResult:
    """Median wall and CPU time of the timed passes over a list of inputs."""

    seconds: float
    cpu_seconds: float
    docs: int
    errors: int

    @property
    def docs_per_s(self) -> float:
        """Throughput (wall clock)."""
        return self.docs / self.seconds if self.seconds > 0 else float("inf")


Job = tuple[Callable[[Any], object], Sequence[Any]]


def time_interleaved(jobs: Sequence[Job], *, repeats: int = 3, warmup: int = 5) -> list[PassResult]:
    """Time each (function, inputs) job over ``repeats`` full passes, interleaved.

    Every job is first warmed up on a few inputs; then round ``r`` runs pass ``r`` of
    every job in turn, so a change in machine load hits all jobs alike.  Reports the
    median wall time and the median process CPU time per job.  Each call runs inside
    try/except: a failing input still costs its time and counts in ``errors``.
    """
    for fn, inputs in jobs:
        for item in inputs[:warmup]:
            _call(fn, item)
    walls: list[list[float]] = [[] for _ in jobs]
    cpus: list[list[float]] = [[] for _ in jobs]
    errors = [0 for _ in jobs]
    for _ in range(repeats):
        for k, (fn, inputs) in enumerate(jobs):
            gc.collect()
            errors[k] = 0
            wall, cpu = time.perf_counter(), time.process_time()
            for item in inputs:
                errors[k] += not _call(fn, item)
            cpus[k].append(time.process_time() - cpu)
            walls[k].append(time.perf_counter() - wall)
    return [
        PassResult(statistics.median(walls[k]), statistics.median(cpus[k]), len(inputs), errors[k])
        for k, (_, inputs) in enumerate(jobs)
    ]


def _call(fn: Callable[[Any], object], item: Any) -> bool:
    try:
        fn(item)
    except DocTimeout:
        raise
    except Exception:  # noqa: BLE001 - counted as an error by the caller
        return False
    return True


def peak_memory(
    fn: Callable[[Any], object], inputs: Sequence[Any], limit_s: float | None = None
) -> int | None:
    """Largest tracemalloc peak (bytes) of one call over ``inputs``.

    tracemalloc sees Python allocations only: memory that C libraries such as lxml
    allocate themselves is not counted.  With ``limit_s`` (wall seconds for the whole
    measurement) the result is None when the limit is hit.
    """
    gc.collect()
    tracemalloc.start()
    worst = 0
    try:
        with wall_limit(limit_s) if limit_s else contextlib.nullcontext():
            for item in inputs:
                tracemalloc.reset_peak()
                base = tracemalloc.get_traced_memory()[0]
                _call(fn, item)
                worst = max(worst, tracemalloc.get_traced_memory()[1] - base)
    except DocTimeout:
        return None
    finally:
        tracemalloc.stop()
    return worst


def time_once(fn: Callable[[], object], limit_s: float) -> tuple[float, float] | None:
    """(wall, CPU) seconds of one call, or None if it raised or ran over ``limit_s`` wall."""
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        with wall_limit(limit_s):
            fn()
    except Exception:  # noqa: BLE001 - DocTimeout or a failure: no time to report
        return None
    return time.perf_counter() - wall, time.process_time() - cpu


def import_seconds(module: str, runs: int = 5, path_first: str | None = None) -> float | None:
    """Median time of ``import module`` in a fresh interpreter (None if it fails).

    ``path_first`` is put first on the child's ``sys.path`` (the folder the measured
    package was imported from in this process).
    """
    code = (
        "import sys, time\n"
        f"sys.path.insert(0, {path_first!r}) if {path_first!r} else None\n"
        "t = time.perf_counter()\n"
        f"import {module}\n"
        "print(time.perf_counter() - t)\n"
    )
    samples: list[float] = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=dict(os.environ)
        )
        if proc.returncode != 0:
            return None
        samples.append(float(proc.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def command_seconds(argv: Sequence[str], runs: int = 5, path_first: str | None = None) -> float | None:
    """Median wall time of running ``argv`` (a whole process: interpreter start,
    imports, work, exit) after one untimed run that warms the file cache; None
    if it fails.  ``path_first`` goes first on the child's ``PYTHONPATH``."""
    env = dict(os.environ)
    if path_first:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (path_first, env.get("PYTHONPATH"))))
    samples: list[float] = []
    for k in range(runs + 1):
        start = time.perf_counter()
        proc = subprocess.run(list(argv), capture_output=True, check=False, env=env)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            return None
        if k:
            samples.append(elapsed)
    return statistics.median(samples)
