"""The harness's one worker pool and its time limits, shared by every script."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def parallel_map(
    fn: Callable[[T], R],
    tasks: Iterable[T],
    jobs: int,
    *,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
    chunksize: int = 1,
) -> Iterator[R]:
    """``map(fn, tasks)`` over ``jobs`` worker processes, results in task order.

    ``jobs <= 1`` runs in this process (no pool, easy to debug and profile).
    ``fn`` must be a module-level function (it is pickled to the workers).
    ``initializer(*initargs)`` runs once in each worker (in this process when
    ``jobs <= 1``) before any task: warming caches, patching a threshold.
    """
    if jobs <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(fn, tasks)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=initializer, initargs=initargs) as pool:
        yield from pool.map(fn, tasks, chunksize=chunksize)


class DocTimeout(Exception):
    """Raised inside a :func:`cpu_limit` or :func:`wall_limit` block that ran over its time."""


def _raise_timeout(signum: int, frame: FrameType | None) -> None:
    raise DocTimeout("over the time limit")


@contextmanager
def _limit(timer: int, signum: int, seconds: float) -> Iterator[None]:
    previous = signal.signal(signum, _raise_timeout)
    signal.setitimer(timer, seconds)
    try:
        yield
    finally:
        signal.setitimer(timer, 0)
        signal.signal(signum, previous)


def cpu_limit(seconds: float) -> AbstractContextManager[None]:
    """Raise :class:`DocTimeout` in the block after ``seconds`` of CPU time
    (``ITIMER_PROF``), so other load on the machine does not trip it.
    Main thread only (signals)."""
    return _limit(signal.ITIMER_PROF, signal.SIGPROF, seconds)


def wall_limit(seconds: float) -> AbstractContextManager[None]:
    """Raise :class:`DocTimeout` in the block after ``seconds`` of wall time
    (``ITIMER_REAL``).  Main thread only (signals)."""
    return _limit(signal.ITIMER_REAL, signal.SIGALRM, seconds)
