"""Command-line inputs -> batch items: files, directories, JSON Lines records.

* A file is one document; its id is the path as given.
* A directory is walked (sorted, so runs and ``--resume`` see the same order);
  every regular file in it is a document, id ``DIR/relative/path``.  Hidden
  entries (names starting with ``.``: ``.git``, editor swap files) are skipped,
  and so are FIFOs, sockets and devices (reading a FIFO would block forever).
* A file named ``*.jsonl`` / ``*.ndjson`` (or any input with ``--records``)
  holds one JSON object per line with ``id`` and ``html`` or ``text`` (and
  optionally ``url``).  A bad line becomes an error record
  (id ``FILE:LINE``), never the end of the run.
* A ``*.warc`` / ``*.warc.gz`` file gives one document per HTML response
  record (:mod:`articlenorm.batch.warc`); a ``*.parquet`` table one per row
  (:mod:`articlenorm.batch.tables`).  These suffixes win over ``--records``.

Symbolic links inside a directory are followed only when they stay inside
it; one pointing elsewhere is skipped (``follow_symlinks=True`` follows it,
and descends into linked directories, guarding against loops).
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..errors import ConfigError, InputError
from .tables import count_table, is_table_file, read_table
from .types import ErrorRecord, Item, as_item
from .warc import WarcStats, is_warc_file
from .warc import read as read_warc

__all__ = ["InputSpec", "count_inputs", "iter_inputs", "is_records_file"]

RECORD_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class InputSpec:
    """What to read, and how."""

    names: list[str]
    records: bool = False  # every input is JSON Lines records
    follow_symlinks: bool = False
    #: Called with a message for each entry skipped on purpose (symlinks out).
    on_skip: Callable[[str], None] = field(default=lambda message: None)
    #: The largest WARC record read (None: Config.max_input_bytes).
    max_record_bytes: int | None = None
    #: WARC records that gave no document (request, warcinfo, non-HTML ...).
    warc_stats: WarcStats = field(default_factory=WarcStats)


def is_records_file(name: str, spec: InputSpec) -> bool:
    return not _is_container(name) and (spec.records or name.lower().endswith(RECORD_SUFFIXES))


def _is_container(name: str) -> bool:
    return is_warc_file(name) or is_table_file(name)


def iter_inputs(spec: InputSpec) -> Iterator[Item | ErrorRecord]:
    """Every input document, lazily, in a stable order."""
    for name in spec.names:
        if name == "-":
            if spec.records:
                yield from _records(sys.stdin.buffer, "<stdin>")
            else:
                yield Item("-", sys.stdin.buffer.read())
        elif os.path.isdir(name):
            for path in _walk(name, spec):
                yield from _file(path, spec)
        else:
            yield from _file(name, spec)


def count_inputs(spec: InputSpec) -> int | None:
    """How many items :func:`iter_inputs` will give (None if unknowable, e.g.
    records on stdin).  Reads directories and record files a second time."""
    total = 0
    for name in spec.names:
        if name == "-":
            if spec.records:
                return None
            total += 1
        elif os.path.isdir(name):
            for path in _walk(name, spec, quiet=True):
                count = _count_file(path, spec)
                if count is None:
                    return None
                total += count
        else:
            count = _count_file(name, spec)
            if count is None:
                return None
            total += count
    return total


def _count_file(path: str, spec: InputSpec) -> int | None:
    if is_warc_file(path):
        return None  # only reading the whole file would tell
    if is_table_file(path):
        try:
            return count_table(path)
        except (OSError, ValueError):
            return 1
    if not is_records_file(path, spec):
        return 1
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1


def _file(path: str, spec: InputSpec) -> Iterator[Item | ErrorRecord]:
    if is_warc_file(path) or is_table_file(path):
        try:
            if is_warc_file(path):
                yield from read_warc(path, max_record_bytes=spec.max_record_bytes, stats=spec.warc_stats)
            else:
                yield from read_table(path)
        except ConfigError as exc:  # the optional library is missing: say so, go on
            yield ErrorRecord.from_exception(path, exc)
        return
    if not is_records_file(path, spec):
        yield Item(path, Path(path))
        return
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, after the lazy read
    except OSError as exc:
        yield ErrorRecord.from_exception(path, InputError(f"{path}: cannot read ({exc.strerror or exc})"))
        return
    with fh:
        yield from _records(fh, path)


def _records(fh: BinaryIO, origin: str) -> Iterator[Item | ErrorRecord]:
    for lineno, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(raw)
            if not isinstance(record, dict):
                raise ValueError(f"a JSON {type(record).__name__}, not an object")
            if record.get("id") is None:
                record = {**record, "id": where}
            yield as_item(record, lineno)
        except (ValueError, ConfigError) as exc:
            # json.JSONDecodeError and UnicodeDecodeError are ValueErrors.
            yield ErrorRecord.from_exception(
                where,
                InputError(
                    f"{where}: not a usable record ({exc}); each line must be a JSON object "
                    f'with "id" and "html" or "text"'
                ),
            )


def _walk(root: str, spec: InputSpec, *, quiet: bool = False) -> Iterator[str]:
    real_root = os.path.realpath(root)
    seen_dirs = {real_root}
    skip = (lambda m: None) if quiet else spec.on_skip
    yield from _walk_dir(root, real_root, spec, seen_dirs, skip)


def _walk_dir(
    directory: str, real_root: str, spec: InputSpec, seen: set[str], skip: Callable[[str], None]
) -> Iterator[str]:
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        skip(f"{directory}: cannot list the directory ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(directory, entry.name)
        try:
            is_link = entry.is_symlink()
            mode = os.stat(path).st_mode  # follows the link
        except OSError:
            skip(f"{path}: broken symbolic link or unreadable entry, skipped")
            continue
        if is_link and not spec.follow_symlinks:
            target = os.path.realpath(path)
            if stat.S_ISDIR(mode) or not _inside(target, real_root):
                skip(
                    f"{path}: symbolic link to {target}, outside the input directory or a directory; "
                    f"skipped (--follow-symlinks follows it)"
                )
                continue
        if stat.S_ISDIR(mode):
            real = os.path.realpath(path)
            if real in seen:
                continue  # a link loop, or a directory already walked
            seen.add(real)
            yield from _walk_dir(path, real_root, spec, seen, skip)
        elif stat.S_ISREG(mode):
            yield path


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def output_inside_inputs(output: str, names: Iterable[str]) -> str | None:
    """The input directory that would contain ``output``, if any."""
    real_out = os.path.realpath(output)
    for name in names:
        if name != "-" and os.path.isdir(name) and _inside(real_out, os.path.realpath(name)):
            return name
    return None
