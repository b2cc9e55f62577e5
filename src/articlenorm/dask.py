"""Normalize on a Dask cluster (``pip install 'articlenorm[dask]'``).

* :func:`normalize_bag` - a ``dask.bag`` of sources -> a bag of ``Article``
  or :class:`~articlenorm.batch.ErrorRecord` (or of JSON-ready dicts with
  ``records=True``), partition by partition.
* :func:`normalize_dataframe` - a ``dask.dataframe`` with an id column and an
  ``html`` or ``text`` column -> a dataframe with one row per input.
* :func:`normalize_on_cluster` - what ``articlenorm --dask ADDRESS`` uses:
  stream items to a scheduler in chunks, get results back in input order.

Every Dask task runs its documents through the same isolated worker
processes as a local batch (:mod:`articlenorm.batch.pool`), so the
per-document timeout holds on the cluster too.  Each Dask worker process
keeps its pools between tasks, so a task pays no interpreter start-up.  The
per-chunk runner, the per-document function and the error records are the
ones Spark and datatrove use too (:mod:`articlenorm.batch.engine`).  A bag
of bare strings gets ids by position inside each partition; give ``(id,
source)`` pairs or records to keep real ids.

Paths are opened on the Dask workers: they must see the same files (a
shared filesystem).  Otherwise send the content (records with ``html`` or
``text``).

Dask is imported only here, and this module only on use: ``import
articlenorm`` never loads it.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .batch import _UNSET, _Unset, resolve_timeout
from .batch.engine import run_items, to_record
from .batch.types import Item, Result
from .batch.worker import Settings
from .config import DEFAULT_CONFIG, Config
from .model import Article

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

    from .pipeline import Cleaner

__all__ = ["normalize_bag", "normalize_dataframe", "normalize_on_cluster", "to_record"]

#: Documents per task sent by normalize_on_cluster.  Real pages take ~20 ms,
#: so a 256-document task runs for seconds: long enough that scheduling
#: overhead (~1 ms a task) is noise, short enough to spread over workers and
#: to lose little work when a Dask worker dies.
CHUNK = 256
#: Tasks in flight per Dask worker thread: enough to keep it busy while
#: results travel back, few enough that the client holds little in memory.
IN_FLIGHT_PER_THREAD = 2

#: Columns of normalize_dataframe's result.
COLUMNS = (
    "input",
    "error_kind",
    "error_message",
    "headline",
    "byline",
    "date",
    "language",
    "body",
    "record",
)


# -- worker side -------------------------------------------------------------

#: The shared worker-side runner (articlenorm.batch.engine), as Dask tasks call it.
_run = run_items


def _partition(part: Iterable[object], settings: Settings, timeout: float | None, records: bool) -> list[Any]:
    pairs = _run(part, settings, timeout)
    if records:
        return [to_record(i, r) for i, r in pairs]
    return [r for _, r in pairs]


# -- client side -------------------------------------------------------------


def _settings(
    config: Config | None, format: str, explain: bool, pipeline: Sequence[Cleaner] | None
) -> Settings:
    return Settings(config=config or DEFAULT_CONFIG, format=format, explain=explain, pipeline=pipeline)


def normalize_bag(
    bag: dask.bag.Bag,
    *,
    timeout: float | None | _Unset = _UNSET,
    config: Config | None = None,
    format: str = "auto",
    explain: bool = False,
    pipeline: Sequence[Cleaner] | None = None,
    records: bool = False,
) -> dask.bag.Bag:
    """A lazy bag with one result per element of ``bag``, in the same order.

    Elements are whatever :func:`articlenorm.normalize_many` takes.  Results
    are ``Article`` / ``ErrorRecord`` objects, or with ``records=True`` the
    JSON-ready dicts the CLI writes (``{"input": id, ...}``).
    """
    settings = _settings(config, format, explain, pipeline)
    limit = resolve_timeout(timeout, settings.config)
    return bag.map_partitions(_partition, settings, limit, records)


def _frame_partition(
    df: Any, id_column: str, column: str, kind: str, settings: Settings, timeout: float | None
) -> Any:
    import pandas as pd

    items = [
        Item(str(i), v if isinstance(v, str) else "", format=kind)
        for i, v in zip(df[id_column], df[column], strict=True)
    ]
    rows = []
    for item_id, result in _run(items, settings, timeout):
        record = to_record(item_id, result)
        if isinstance(result, Article):
            row = [
                item_id,
                None,
                None,
                result.headline,
                result.byline,
                result.date,
                result.language,
                result.body,
            ]
        else:
            row = [item_id, result.kind, result.message, None, None, None, None, None]
        rows.append([*row, json.dumps(record, ensure_ascii=False)])
    return pd.DataFrame(rows, columns=list(COLUMNS), index=df.index, dtype=object)


def normalize_dataframe(
    df: dask.dataframe.DataFrame,
    *,
    id_column: str = "id",
    html_column: str | None = None,
    text_column: str | None = None,
    timeout: float | None | _Unset = _UNSET,
    config: Config | None = None,
    explain: bool = False,
    pipeline: Sequence[Cleaner] | None = None,
) -> dask.dataframe.DataFrame:
    """One row per input row, with the columns in :data:`COLUMNS`
    (``error_kind`` is null for an article; ``record`` is the full JSON record).

    Name exactly one content column: ``html_column`` or ``text_column``.
    """
    from .errors import ConfigError

    if (html_column is None) == (text_column is None):
        raise ConfigError("normalize_dataframe needs exactly one of html_column= or text_column=")
    column, kind = (html_column, "html") if html_column is not None else (text_column, "text")
    settings = _settings(config, "auto", explain, pipeline)
    limit = resolve_timeout(timeout, settings.config)
    import pandas as pd

    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})
    return df.map_partitions(_frame_partition, id_column, column, kind, settings, limit, meta=meta)


def normalize_on_cluster(
    items: Iterable[object],
    address: str,
    *,
    timeout: float | None | _Unset = _UNSET,
    config: Config | None = None,
    format: str = "auto",
    explain: bool = False,
    pipeline: Sequence[Cleaner] | None = None,
    chunk: int = CHUNK,
) -> Iterator[tuple[str, Result]]:
    """Send ``items`` to the Dask scheduler at ``address`` in chunks; yield
    ``(id, result)`` in input order as chunks finish (lazily: the client
    holds only the chunks in flight)."""
    from distributed import Client

    settings = _settings(config, format, explain, pipeline)
    limit = resolve_timeout(timeout, settings.config)
    with Client(address) as client:
        threads = max(1, sum(client.nthreads().values()))
        in_flight: deque[Any] = deque()
        source = iter(items)
        while True:
            while len(in_flight) < threads * IN_FLIGHT_PER_THREAD:
                batch = [x for _, x in zip(range(chunk), source, strict=False)]
                if not batch:
                    break
                in_flight.append(client.submit(_run, batch, settings, limit, pure=False))
            if not in_flight:
                return
            future = in_flight.popleft()
            try:
                yield from future.result()
            finally:
                future.release()
