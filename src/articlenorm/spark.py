"""Normalize a column of a Spark DataFrame (``pip install 'articlenorm[spark]'``).

>>> from articlenorm.spark import normalize_column
>>> articles = pages.withColumn(                                  # doctest: +SKIP
...     "article", normalize_column("html", id="warc_id", url="url", format="html"))
>>> articles.select("article.headline", "article.error.kind")    # doctest: +SKIP

:func:`normalize_column` gives a column of structs (:data:`SCHEMA`): the main
fields of the article, ``error`` (``null`` for an article, else the error
record's ``kind``, ``type`` and ``message``) and ``record`` (the JSON record
the command line writes, with every field).  A bad row becomes an error
struct in its place; it never fails the task or the job.

It is a pandas UDF: Spark hands each Python worker Arrow batches of rows,
and each batch goes through :func:`articlenorm.batch.engine.run_items`, the
runner Dask and datatrove use, so a row gives exactly what
``normalize_many`` gives for it (the same per-document function and error
records).  With a timeout (the default: ``Config.timeout``, else 60 s) the
documents run in an isolated worker process that each Spark Python worker
keeps between batches, killed past the deadline, so a pathological page
costs at most the timeout.

Spark is imported only here, and this module only on use.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .batch import _UNSET, _Unset, resolve_timeout
from .batch.engine import run_items, to_record
from .batch.types import ErrorRecord, Item
from .batch.worker import Settings
from .config import DEFAULT_CONFIG, Config
from .errors import ConfigError
from .loading import FORMATS

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import Column, DataFrame, SparkSession
    from pyspark.sql.types import StructType

    from .pipeline import Cleaner

__all__ = ["FIELDS", "normalize_column", "normalize_warc", "schema"]

#: The struct's fields, in order, with their Spark SQL types.  ``record``
#: holds everything else (quotes, provenance, the audit trail) as JSON.
FIELDS: tuple[tuple[str, str], ...] = (
    ("input", "string"),
    ("error", "struct<kind:string,type:string,message:string>"),
    ("headline", "string"),
    ("byline", "string"),
    ("authors", "array<string>"),
    ("date", "string"),
    ("modified", "string"),
    ("title", "string"),
    ("body", "string"),
    ("paragraphs", "array<string>"),
    ("captions", "array<struct<text:string,credit:string>>"),
    ("language", "string"),
    ("url", "string"),
    ("source_format", "string"),
    ("encoding", "string"),
    ("record", "string"),
)
_ARTICLE_FIELDS = tuple(name for name, _ in FIELDS[2:-1])


def schema() -> StructType:
    """The Spark type of :func:`normalize_column`'s struct (:data:`FIELDS`)."""
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    def strings(*names: str) -> StructType:
        return StructType([StructField(n, StringType()) for n in names])

    types = {
        "string": StringType(),
        "array<string>": ArrayType(StringType()),
        "struct<kind:string,type:string,message:string>": strings("kind", "type", "message"),
        "array<struct<text:string,credit:string>>": ArrayType(strings("text", "credit")),
    }
    return StructType([StructField(name, types[kind]) for name, kind in FIELDS])


def _row(item_id: str | None, result: Any) -> dict[str, Any]:
    """One struct value (a dict with every field of :data:`FIELDS`)."""
    record = to_record(item_id or "", result)
    if isinstance(result, ErrorRecord):
        error = {"kind": result.kind, "type": result.type, "message": result.message}
        row: dict[str, Any] = {"input": item_id, "error": error, **dict.fromkeys(_ARTICLE_FIELDS)}
    else:
        data = result.to_dict()
        row = {"input": item_id, "error": None, **{name: data.get(name) for name in _ARTICLE_FIELDS}}
    row["record"] = json.dumps({**record, "input": item_id}, ensure_ascii=False)
    return row


def _batch(
    contents: pd.Series,
    ids: pd.Series | None,
    urls: pd.Series | None,
    settings: Settings,
    timeout: float | None,
) -> pd.DataFrame:
    """One Arrow batch of rows -> one struct per row, in order."""
    import pandas as pd

    items: list[object] = []
    row_ids: list[str | None] = []
    for position, content in enumerate(contents):
        raw_id: object = None if ids is None else ids.iat[position]
        item_id = None if raw_id is None or raw_id is pd.NA or raw_id != raw_id else str(raw_id)  # NaN != NaN
        url = None if urls is None else urls.iat[position]
        row_ids.append(item_id)
        key = item_id if item_id is not None else str(position)
        if isinstance(content, (bytes, bytearray)):
            content = bytes(content)
        if not isinstance(content, (str, bytes)):
            # A null (or non-text) cell: an error record like any other bad input.
            items.append(
                ErrorRecord(key, "empty", "EmptyInputError", "the cell is null: no text or HTML to normalize")
            )
            continue
        items.append(Item(key, content, url=url if isinstance(url, str) and url else None))
    results = run_items(items, settings, timeout)
    rows = [_row(item_id, result) for item_id, (_, result) in zip(row_ids, results, strict=True)]
    return pd.DataFrame(rows, columns=[name for name, _ in FIELDS])


def normalize_column(
    content: str | Column,
    *,
    id: str | Column | None = None,
    url: str | Column | None = None,
    format: str = "auto",
    timeout: float | None | _Unset = _UNSET,
    config: Config | None = None,
    explain: bool = False,
    pipeline: Sequence[Cleaner] | None = None,
) -> Column:
    """A column of article structs (:func:`schema`) from a column of HTML or text.

    Args:
        content: the column holding each page (``string`` or ``binary``: bytes
            are decoded as ``normalize()`` decodes them).
        id: a column naming each row; it becomes the struct's ``input`` (and
            the record's).  Without it ``input`` is null.
        url: a column with each page's address, if known.
        format: ``"html"``, ``"text"`` or ``"auto"`` (sniff each row).
        timeout: seconds per document (``None``: no limit, run in the Spark
            Python worker itself); default ``Config.timeout``, else 60 s.
        config, explain, pipeline: as for :func:`articlenorm.normalize`
            (a pipeline must be picklable).
    """
    from pyspark.sql import functions as F
    from pyspark.sql.functions import pandas_udf

    if format not in FORMATS:
        raise ConfigError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    settings = Settings(config=config or DEFAULT_CONFIG, format=format, explain=explain, pipeline=pipeline)
    limit = resolve_timeout(timeout, settings.config)
    has_id, has_url = id is not None, url is not None

    def run(contents: pd.Series, ids: pd.Series, urls: pd.Series) -> pd.DataFrame:
        return _batch(contents, ids if has_id else None, urls if has_url else None, settings, limit)

    # Spark reads the UDF's kind (Series -> DataFrame: a scalar pandas UDF
    # returning a struct) from the hints, which must be real types here.
    import pandas as pd

    run.__annotations__ = {"contents": pd.Series, "ids": pd.Series, "urls": pd.Series, "return": pd.DataFrame}
    udf = pandas_udf(run, returnType=schema())  # type: ignore[call-overload]
    null = F.lit(None).cast("string")
    return udf(
        _column(content), _column(id) if id is not None else null, _column(url) if url is not None else null
    )


#: WARC records normalized per call of the runner on an executor (one
#: worker round trip each; memory stays that of a few pages).
WARC_BATCH = 64


def normalize_warc(
    spark: SparkSession,
    paths: Sequence[str],
    *,
    timeout: float | None | _Unset = _UNSET,
    config: Config | None = None,
    explain: bool = False,
    pipeline: Sequence[Cleaner] | None = None,
    max_record_bytes: int | None = None,
) -> DataFrame:
    """A DataFrame of article rows (the columns of :func:`schema`) from WARC files.

    Each file is one task: an executor streams it with
    :func:`articlenorm.warc.read` (``pip install 'articlenorm[warc]'`` on the
    executors) and normalizes its HTML response records in batches through
    the same runner as :func:`normalize_column`, so a record gives exactly
    what ``normalize_many(articlenorm.warc.read(path))`` gives for it: an
    article keyed by its ``WARC-Record-ID`` with the URL and HTTP charset of
    the record, or an error record (a damaged gzip member, an empty payload).
    ``paths`` must be readable from the executors (a shared file system, or
    local files with ``local[N]``).
    """
    settings = Settings(config=config or DEFAULT_CONFIG, format="html", explain=explain, pipeline=pipeline)
    limit = resolve_timeout(timeout, settings.config)
    files = [str(p) for p in paths]
    names = [name for name, _ in FIELDS]

    def file_rows(path: str) -> Iterator[tuple[Any, ...]]:
        from .batch.warc import read

        batch: list[Item | ErrorRecord] = []
        for item in read(path, max_record_bytes=max_record_bytes):
            batch.append(item)
            if len(batch) >= WARC_BATCH:
                yield from _warc_rows(batch, names, settings, limit)
                batch = []
        if batch:
            yield from _warc_rows(batch, names, settings, limit)

    rdd = spark.sparkContext.parallelize(files, numSlices=max(1, len(files))).flatMap(file_rows)
    return spark.createDataFrame(rdd, schema=schema())


def _warc_rows(
    batch: Sequence[Item | ErrorRecord], names: Sequence[str], settings: Settings, timeout: float | None
) -> Iterator[tuple[Any, ...]]:
    for item_id, result in run_items(batch, settings, timeout):
        row = _row(item_id, result)
        yield tuple(row[name] for name in names)


def _column(col: str | Column) -> Column:
    from pyspark.sql import functions as F

    return F.col(col) if isinstance(col, str) else col
