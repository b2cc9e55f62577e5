"""Many documents: :func:`normalize_many` (results in input order, one per input).

>>> from articlenorm.batch import normalize_many
>>> for result in normalize_many(paths, jobs=4):          # doctest: +SKIP
...     if isinstance(result, ErrorRecord): log(result.id, result.kind, result.message)
...     else: store(result)                                # an Article

One bad input never stops the others: it yields an :class:`ErrorRecord`
(input id, error kind, message) in its place.

Isolation and the timeout.  Unless ``jobs == 1`` and ``timeout=None``,
documents run in worker processes (:mod:`articlenorm.batch.pool`), one at a
time each, and a document over its deadline has its worker killed and
replaced: a pathological page costs at most ``timeout`` seconds and never
hangs the batch.  ``jobs=1, timeout=None`` runs in this process with no
limit at all (no process start-up, no pickling: for tests and small jobs).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Final

from ..config import DEFAULT_CONFIG, Config
from ..errors import ConfigError
from .pool import WorkerPool, WorkerStartError, default_jobs
from .types import ErrorRecord, Item, Result, WorkerCrashError, as_item
from .worker import Settings, normalize_item

if TYPE_CHECKING:
    from ..pipeline import Cleaner

__all__ = [
    "DEFAULT_TIMEOUT",
    "ErrorRecord",
    "Item",
    "Result",
    "WorkerCrashError",
    "WorkerStartError",
    "normalize_items",
    "normalize_many",
    "resolve_timeout",
]

log = logging.getLogger("articlenorm.batch")

#: Per-document wall-clock limit when neither the call nor ``Config.timeout``
#: sets one.  Real pages take 5-200 ms; the largest input allowed
#: (``Config.max_input_bytes``, 32 MiB of text) takes well under a minute on
#: one core in our growth runs, so 60 s only ever stops pathological input.
DEFAULT_TIMEOUT: Final = 60.0


class _Unset:
    def __repr__(self) -> str:
        return "<from Config.timeout, else DEFAULT_TIMEOUT>"


_UNSET: Final = _Unset()


def resolve_timeout(timeout: float | None | _Unset, config: Config) -> float | None:
    """The limit a batch uses: the argument if given (``None`` = no limit),
    else ``config.timeout``, else :data:`DEFAULT_TIMEOUT`."""
    if isinstance(timeout, _Unset):
        return config.timeout if config.timeout is not None else DEFAULT_TIMEOUT
    if timeout is not None and timeout <= 0:
        raise ConfigError("timeout must be positive seconds, or None for no limit")
    return timeout


def normalize_many(
    sources: Iterable[object],
    *,
    jobs: int | None = None,
    timeout: float | None | _Unset = _UNSET,
    config: Config | None = None,
    format: str = "auto",
    explain: bool = False,
    pipeline: Sequence[Cleaner] | None = None,
) -> Iterator[Result]:
    """Normalize every source; yield one ``Article`` or ``ErrorRecord`` per
    source, in input order, lazily (memory stays bounded on endless inputs).

    Args:
        sources: texts (``str``), ``bytes``, paths (``os.PathLike``), ``(id,
            source)`` pairs, :class:`Item` s, or mappings with ``id`` and
            ``html`` or ``text`` (JSON Lines records).  A path's id is the
            path; a bare text's id is its position.
        jobs: worker processes (default: the cores this process may use).
        timeout: seconds per document; default ``config.timeout``, else
            :data:`DEFAULT_TIMEOUT`; ``None`` for no limit.
        config, format, explain, pipeline: as for :func:`articlenorm.normalize`.
            A custom pipeline must be picklable to reach worker processes.

    Raises (before any result): ``ConfigError`` for bad arguments;
    ``WorkerStartError`` if worker processes cannot start.
    """
    for _, result in normalize_items(
        sources,
        jobs=jobs,
        timeout=timeout,
        config=config,
        format=format,
        explain=explain,
        pipeline=pipeline,
    ):
        yield result


def normalize_items(
    sources: Iterable[object],
    *,
    jobs: int | None = None,
    timeout: float | None | _Unset = _UNSET,
    config: Config | None = None,
    format: str = "auto",
    explain: bool = False,
    pipeline: Sequence[Cleaner] | None = None,
) -> Iterator[tuple[str, Result]]:
    """Like :func:`normalize_many`, but yield ``(input id, result)`` pairs."""
    config = config or DEFAULT_CONFIG
    limit = resolve_timeout(timeout, config)
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ConfigError(f"jobs must be at least 1, not {jobs}")
    from ..api import FORMATS

    if format not in FORMATS:
        raise ConfigError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    settings = Settings(config=config, format=format, explain=explain, pipeline=pipeline)
    if jobs == 1 and limit is None:
        yield from _in_process(sources, settings)
        return
    ids: deque[str] = deque()

    def feed() -> Iterator[Item | ErrorRecord]:
        for entry in _items(sources):
            ids.append(entry.id)
            yield entry

    with WorkerPool(jobs, settings) as pool:
        for result in pool.imap(feed(), limit):
            yield ids.popleft(), result


def _items(sources: Iterable[object]) -> Iterator[Item | ErrorRecord]:
    for position, obj in enumerate(sources):
        if isinstance(obj, ErrorRecord):  # an input that failed before it was a document
            yield obj
            continue
        try:
            yield as_item(obj, position)
        except (ConfigError, KeyError, TypeError) as exc:
            yield ErrorRecord.from_exception(_guess_id(obj, position), exc)


def _guess_id(obj: object, position: int) -> str:
    if isinstance(obj, dict) and obj.get("id") is not None:
        return str(obj["id"])
    return str(position)


def _in_process(sources: Iterable[object], settings: Settings) -> Iterator[tuple[str, Result]]:
    for entry in _items(sources):
        if isinstance(entry, ErrorRecord):
            yield entry.id, entry
        else:
            yield entry.id, normalize_item(entry, settings)
