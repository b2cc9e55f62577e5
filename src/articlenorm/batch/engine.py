"""What every cluster engine (Dask, Spark, datatrove) runs on its workers.

One function, :func:`run_items`, turns a chunk of inputs into ``(id,
Article | ErrorRecord)`` pairs in order, each document through
:func:`articlenorm.batch.worker.normalize_item` (the one per-document function)
and every failure as an :class:`~articlenorm.batch.types.ErrorRecord` (the one
error shape); :func:`to_record` is the one JSON record of a result.  So the
engines differ only in how they split the work, never in what a document
gives.

With a timeout, documents run in an isolated worker process
(:mod:`articlenorm.batch.pool`) that is killed past the deadline.  The
engine's own worker (a Dask worker thread, a Spark Python worker, a datatrove
task) keeps such processes between chunks (:func:`_pool`), so a chunk pays no
interpreter start-up.
"""

from __future__ import annotations

import atexit
import pickle
import threading
from collections.abc import Iterable
from typing import Any

from . import _items
from .pool import WorkerPool
from .types import ErrorRecord, Result
from .worker import Settings, normalize_item

__all__ = ["run_items", "to_record"]


def to_record(item_id: str, result: Result) -> dict[str, Any]:
    """The JSON record the CLI writes for one result (``input`` first)."""
    if isinstance(result, ErrorRecord):
        return result.to_dict()
    return {"input": item_id, **result.to_dict()}


_POOLS: dict[bytes, list[WorkerPool]] = {}
_POOLS_LOCK = threading.Lock()


def _pool(settings: Settings) -> WorkerPool:
    """An idle one-process pool for ``settings`` (each engine thread takes its
    own, so threads never share a worker process)."""
    key = pickle.dumps(settings)
    with _POOLS_LOCK:
        idle = _POOLS.setdefault(key, [])
        if idle:
            return idle.pop()
    return WorkerPool(1, settings)


def _release(settings: Settings, pool: WorkerPool) -> None:
    with _POOLS_LOCK:
        _POOLS.setdefault(pickle.dumps(settings), []).append(pool)


@atexit.register
def _close_pools() -> None:
    with _POOLS_LOCK:
        for pools in _POOLS.values():
            for pool in pools:
                pool.close()
        _POOLS.clear()


def run_items(items: Iterable[object], settings: Settings, timeout: float | None) -> list[tuple[str, Result]]:
    """``(id, result)`` for each input (anything ``normalize_many`` takes), in order.

    ``timeout=None`` runs in this process; otherwise in a kept worker process
    with that per-document limit.  Never raises for a document: a bad one is
    an ``ErrorRecord`` in its place.
    """
    entries = list(_items(items))
    if timeout is None:
        return [(e.id, e if isinstance(e, ErrorRecord) else normalize_item(e, settings)) for e in entries]
    pool = _pool(settings)
    try:
        results = list(pool.imap(entries, timeout))
    except BaseException:
        pool.close()
        raise
    _release(settings, pool)
    return [(e.id, r) for e, r in zip(entries, results, strict=True)]
