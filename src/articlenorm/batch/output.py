"""Crash-safe JSON Lines output and ``--resume``.

Each record is one line, handed to the kernel in one ``write`` call on a file
opened with ``O_APPEND``: once written it survives the process being killed
(SIGKILL, Ctrl-C, an out-of-memory kill), and no other record is ever
rewritten.  The only damage a crash can leave is a *partial last line* (a
power loss mid-write, or a disk filling up); :func:`open_output` with
``resume=True`` cuts such a tail off before appending, so the file is always
a sequence of complete records.

``fsync`` runs every :data:`SYNC_EVERY_S` seconds and at the end: a process
crash loses nothing (the data is in the page cache), a machine crash loses
at most that many seconds of records, which ``--resume`` then redoes.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

__all__ = ["RecordWriter", "done_ids", "dump_line", "open_output"]

#: Seconds between fsyncs.  Syncing every record would cost a disk flush per
#: document (milliseconds each); 5 s bounds what a power loss can take.
SYNC_EVERY_S = 5.0
_PREFIX = '{"input": '


def dump_line(record: dict[str, Any]) -> bytes:
    """``record`` as one UTF-8 JSON line.  Text with lone surrogates (possible
    in decoded input) cannot be UTF-8: such a record is written with ASCII
    escapes instead, which JSON readers turn back into the same string."""
    try:
        return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record) + "\n").encode("ascii")


class RecordWriter:
    """Appends whole lines to an open file descriptor (see the module doc)."""

    def __init__(self, fd: int, *, sync: bool = True) -> None:
        self.fd = fd
        self.sync = sync
        self._last_sync = time.monotonic()

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:  # os.write may write less than asked (signals, pipes)
            view = view[os.write(self.fd, view) :]
        if self.sync and time.monotonic() - self._last_sync > SYNC_EVERY_S:
            self.flush()

    def flush(self) -> None:
        if self.sync:
            try:
                os.fsync(self.fd)
            except OSError:  # a pipe or terminal: nothing to sync
                self.sync = False
            self._last_sync = time.monotonic()

    def close(self) -> None:
        self.flush()
        os.close(self.fd)


def open_output(path: str, *, resume: bool) -> RecordWriter:
    """Open ``path`` for records: truncate it, or with ``resume`` keep its
    complete lines and append after them."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
    if resume:
        _drop_partial_tail(Path(path))
    else:
        flags |= os.O_TRUNC
    return RecordWriter(os.open(path, flags, 0o666))


def _drop_partial_tail(path: Path) -> None:
    """Cut everything after the last newline (a record cut short by a crash)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        return
    with path.open("rb+") as fh:
        block = 1 << 16
        end = size
        while end > 0:
            start = max(0, end - block)
            fh.seek(start)
            chunk = fh.read(end - start)
            nl = chunk.rfind(b"\n")
            if nl != -1:
                keep = start + nl + 1
                if keep != size:
                    fh.truncate(keep)
                return
            end = start
        fh.truncate(0)  # not one complete line


def done_ids(path: str) -> set[str]:
    """The ``input`` ids of the complete records in an output file."""
    ids: set[str] = set()
    decoder = json.JSONDecoder()
    try:
        fh = open(path, encoding="utf-8", errors="surrogateescape")  # noqa: SIM115
    except FileNotFoundError:
        return ids
    with fh:
        for line in fh:
            if not line.endswith("\n"):
                break  # a partial last line: not done
            try:
                if line.startswith(_PREFIX):  # fast path: our own records start with the id
                    value, _ = decoder.raw_decode(line, len(_PREFIX))
                else:
                    value = json.loads(line).get("input")
            except (ValueError, AttributeError):
                continue
            if isinstance(value, str):
                ids.add(value)
    return ids
