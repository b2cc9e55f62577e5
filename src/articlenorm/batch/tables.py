"""Parquet tables: batch inputs (``*.parquet`` with ``id``/``html``/``text``/``url``
columns) and the ``-o out.parquet`` output.  Needs pyarrow (``pip install
'articlenorm[parquet]'``), imported only here.

Output layout.  A Parquet file is readable only once its footer is written, at
close: a run killed before that would lose everything.  So ``out.parquet`` is a
*directory* of part files (the layout Spark, Dask, pandas, DuckDB and
``pyarrow.parquet.read_table`` all read as one table): every
:data:`ROWS_PER_PART` records (or :data:`SECONDS_PER_PART` seconds) the open
row group is written as ``part-NNNNN.parquet`` under a temporary name, fsynced
and renamed into place.  A crash loses at most the open group, and
``--resume`` reads the ids of the complete parts (:func:`parquet_done_ids`).

One row per record, with the columns of the output schema (docs/schema.json):
``input``, the article's fields (nested ones as structs and lists,
``provenance`` as a map) and ``error``, a struct ``{kind, type, message}`` set
only on error rows (whose article columns are null).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, InputError, UnreadableInputError
from .types import CONTENT_KEYS, ErrorRecord, Item

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "ROWS_PER_PART",
    "TABLE_SUFFIXES",
    "ParquetOutput",
    "arrow_schema",
    "count_table",
    "is_table_file",
    "parquet_done_ids",
    "read_table",
]

TABLE_SUFFIXES = (".parquet",)
#: Records per part file (one row group each).  A part of 1,000 articles is
#: 1-5 MB compressed: big enough for efficient Parquet, small enough that a
#: crash loses little work (``--resume`` redoes at most this many documents).
ROWS_PER_PART = 1000
#: A part is also closed when it has been open this long, so a slow run (few
#: docs/s) still saves its work every minute.
SECONDS_PER_PART = 60.0
#: Rows read from an input table at a time.
_READ_BATCH = 256
_PART_GLOB = "part-*.parquet"


def is_table_file(name: str) -> bool:
    return name.lower().endswith(TABLE_SUFFIXES)


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise ConfigError(
            "Parquet input and output need pyarrow: pip install 'articlenorm[parquet]'"
        ) from exc
    return pyarrow


# -- input ---------------------------------------------------------------------------------------


def read_table(path: str | os.PathLike[str]) -> Iterator[Item | ErrorRecord]:
    """One :class:`Item` per row of a Parquet table with an ``html`` or ``text``
    column (string or binary), an optional ``id`` (default ``FILE:ROW``, rows
    counted from 1) and ``url``.  A row with neither content becomes an
    ``input`` error record; an unreadable file one ``unreadable`` record."""
    _pyarrow()
    return _read_table(str(path))


def _read_table(name: str) -> Iterator[Item | ErrorRecord]:
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(name)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        yield ErrorRecord.from_exception(
            name, UnreadableInputError(f"{name}: not a readable Parquet file ({exc})")
        )
        return
    with table:
        present = set(table.schema_arrow.names)
        wanted = [c for c in ("id", *CONTENT_KEYS, "url") if c in present]
        if not any(key in present for key in CONTENT_KEYS):
            yield ErrorRecord.from_exception(
                name,
                InputError(f"{name}: the table has no 'html' or 'text' column (columns: {sorted(present)})"),
            )
            return
        row = 0
        for batch in table.iter_batches(batch_size=_READ_BATCH, columns=wanted):
            for record in batch.to_pylist():
                row += 1
                yield _row_item(record, f"{name}:{row}")


def _row_item(record: dict[str, Any], where: str) -> Item | ErrorRecord:
    item_id = str(record["id"]) if record.get("id") is not None else where
    url = record.get("url")
    for key in CONTENT_KEYS:
        value = record.get(key)
        if isinstance(value, (str, bytes)):
            return Item(item_id, value, format=key, url=url if isinstance(url, str) else None)
    return ErrorRecord.from_exception(
        item_id, InputError(f"{where}: the row has no 'html' or 'text' value (both are null)")
    )


def count_table(path: str) -> int:
    """Rows in a Parquet table, from its footer (nothing else is read)."""
    import pyarrow.parquet as pq

    with pq.ParquetFile(path) as table:
        return int(table.metadata.num_rows)


# -- output --------------------------------------------------------------------------------------


def arrow_schema() -> pa.Schema:
    """The output table's schema: docs/schema.json as Arrow types."""
    pa = _pyarrow()
    string, integer = pa.string(), pa.int64()
    caption = pa.struct([("text", string), ("credit", string)])
    quote = pa.struct(
        [
            ("text", string),
            ("speaker", string),
            ("speaker_mention", string),
            ("paragraph", integer),
            ("start", integer),
            ("end", integer),
            ("partial", pa.bool_()),
        ]
    )
    removal = pa.struct(
        [
            ("block", integer),
            ("text", string),
            ("cleaner", string),
            ("family", string),
            ("rule", string),
            ("reason", string),
            ("role", string),
            ("start", integer),
            ("end", integer),
        ]
    )
    edit = pa.struct(
        [
            ("block", integer),
            ("cleaner", string),
            ("family", string),
            ("rule", string),
            ("reason", string),
            ("before", string),
            ("after", string),
        ]
    )
    error = pa.struct([("kind", string), ("type", string), ("message", string)])
    return pa.schema(
        [
            ("input", string),
            ("schema", string),
            ("headline", string),
            ("byline", string),
            ("authors", pa.list_(string)),
            ("date", string),
            ("modified", string),
            ("title", string),
            ("body", string),
            ("paragraphs", pa.list_(string)),
            ("captions", pa.list_(caption)),
            ("quotes", pa.list_(quote)),
            ("language", string),
            ("language_confidence", pa.float64()),
            ("url", string),
            ("source_format", string),
            ("encoding", string),
            ("provenance", pa.map_(string, string)),
            ("removed", pa.list_(removal)),
            ("edits", pa.list_(edit)),
            ("error", error),
        ]
    )


class ParquetOutput:
    """Rows for ``out.parquet``, saved part by part (see the module doc).

    ``resume=False`` empties the directory of earlier parts (only files named
    ``part-*.parquet`` and our temporary files); ``resume=True`` keeps them
    and numbers new parts after them.  Temporary files a crash left behind
    are removed either way.
    """

    def __init__(
        self,
        path: str,
        *,
        resume: bool,
        rows_per_part: int = ROWS_PER_PART,
        seconds_per_part: float = SECONDS_PER_PART,
    ) -> None:
        self._pa = _pyarrow()
        self.directory = Path(path)
        if self.directory.exists() and not self.directory.is_dir():
            raise ConfigError(
                f"{path} is a file; Parquet output is a directory of part files (see docs/batch.md): "
                f"remove it or name another output"
            )
        self.directory.mkdir(parents=True, exist_ok=True)
        for leftover in self.directory.glob(".part-*.tmp"):
            leftover.unlink()
        parts = sorted(self.directory.glob(_PART_GLOB))
        if not resume:
            for part in parts:
                part.unlink()
            parts = []
        self.next_part = max((_part_number(p) for p in parts), default=-1) + 1
        self.rows_per_part = rows_per_part
        self.seconds_per_part = seconds_per_part
        self.schema = arrow_schema()
        self.rows: list[dict[str, Any]] = []
        self.opened = time.monotonic()

    def add(self, record: dict[str, Any]) -> None:
        """Add one record as the CLI's JSON writes it (``{"input", ...article}``
        or ``{"input", "error"}``); write a part when the group is full."""
        if not self.rows:
            self.opened = time.monotonic()
        self.rows.append(record)
        if len(self.rows) >= self.rows_per_part or time.monotonic() - self.opened >= self.seconds_per_part:
            self.flush()

    def flush(self) -> None:
        """Write the open group as the next part file (nothing if empty)."""
        if not self.rows:
            return
        import pyarrow.parquet as pq

        table = self._pa.Table.from_pylist(self.rows, schema=self.schema)
        name = f"part-{self.next_part:05d}.parquet"
        tmp = self.directory / f".{name}.tmp"
        pq.write_table(table, tmp, row_group_size=len(self.rows), compression="zstd")
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.directory / name)
        self.next_part += 1
        self.rows = []

    def close(self) -> None:
        self.flush()


def _part_number(path: Path) -> int:
    try:
        return int(path.stem.removeprefix("part-"))
    except ValueError:
        return -1


def parquet_done_ids(path: str) -> set[str]:
    """The ``input`` ids in the complete part files of a Parquet output directory."""
    directory = Path(path)
    if not directory.is_dir():
        return set()
    import pyarrow.parquet as pq

    _pyarrow()
    ids: set[str] = set()
    for part in sorted(directory.glob(_PART_GLOB)):
        column = pq.read_table(part, columns=["input"]).column("input")
        ids.update(value for value in column.to_pylist() if isinstance(value, str))
    return ids
