"""WARC files -> batch items: one :class:`Item` per HTML ``response`` record.

:func:`read` streams a plain or gzip-compressed WARC file (``.warc``,
``.warc.gz``) and yields, for every ``response`` record whose HTTP
``Content-Type`` is HTML (or, with no type, whose payload sniffs as HTML),
one ``Item(id=WARC-Record-ID, source=payload, format="html",
url=WARC-Target-URI, charset=<HTTP charset>)``.  Other records (``request``,
``warcinfo``, ``metadata``, ``revisit``, non-HTML responses ...) yield
nothing; they are counted in :class:`WarcStats`.  A record that cannot be read
yields an :class:`ErrorRecord` in its place and the file goes on.

Two layers, so that one damaged record never ends the file:

* *Framing* (here, with the standard library): the file is read in 64 KiB
  chunks, gzip members are decompressed one at a time (WARC writers compress
  each record as its own member), and records are cut at their WARC
  ``Content-Length``.  A corrupt or truncated member becomes an error record
  (keyed by the record's id when its header survived, else ``FILE@OFFSET``)
  and reading resumes at the next gzip member header found after it.  At most
  one record (capped at ``max_record_bytes``) is in memory at a time, so
  memory does not grow with the file.
* *Parsing* (warcio, the maintained WARC library): each framed record's WARC
  and HTTP headers are parsed and its payload is decoded from chunked
  transfer-encoding and gzip/deflate/brotli content-encoding.

The payload is handed on undecoded (bytes) with the HTTP charset, so the
article for a record equals ``normalize(payload, format="html",
url=target_uri, charset=http_charset)``.
"""

from __future__ import annotations

import io
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from ..config import DEFAULT_CONFIG
from ..errors import ConfigError, DecodeError, InputError, InputTooLargeError, UnreadableInputError
from ..loading import looks_like_html
from .types import ErrorRecord, Item

if TYPE_CHECKING:
    import os

__all__ = ["HTML_TYPES", "WARC_SUFFIXES", "WarcStats", "is_warc_file", "read"]

WARC_SUFFIXES = (".warc", ".warc.gz")
#: HTTP content types read as HTML pages.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_CHUNK = 1 << 16
_GZIP_MAGIC = b"\x1f\x8b\x08"
#: A WARC header block longer than this is not a header (a damaged file).
_MAX_HEADER_BYTES = 1 << 20
#: How much of a damaged member is decompressed again to find its record's id.
_SALVAGE_BYTES = 1 << 14
_RECORD_ID = re.compile(rb"^WARC-Record-ID:[ \t]*(\S+)", re.IGNORECASE | re.MULTILINE)
_TYPE = re.compile(rb"^WARC-Type:[ \t]*(\S+)", re.IGNORECASE | re.MULTILINE)
_LENGTH = re.compile(rb"^Content-Length:[ \t]*(\d+)", re.IGNORECASE | re.MULTILINE)


@dataclass
class WarcStats:
    """Records of the WARC files read that gave no document, by reason:
    the WARC type (``request``, ``warcinfo``, ``metadata``, ``revisit`` ...)
    or ``non-html`` for a response that is not an HTML page."""

    passed_over: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """``"12 WARC records passed over (6 request, 5 non-html, 1 warcinfo)"``, or ``""``."""
        total = sum(self.passed_over.values())
        if not total:
            return ""
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.passed_over.items()))
        return f"{total} WARC records passed over ({kinds})"


def is_warc_file(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def read(
    path: str | os.PathLike[str],
    *,
    max_record_bytes: int | None = None,
    stats: WarcStats | None = None,
) -> Iterator[Item | ErrorRecord]:
    """Yield one :class:`Item` (or :class:`ErrorRecord`) per HTML response record of the WARC
    file at ``path``, lazily, in file order (see the module doc).

    ``max_record_bytes`` (default ``Config.max_input_bytes``) caps one record's
    decompressed size: a larger record becomes a ``too-large`` error record.
    ``stats`` collects the records passed over.  A file that cannot be opened
    gives one ``unreadable`` error record; without warcio installed this raises
    ``ConfigError`` (``pip install 'articlenorm[warc]'``).
    """
    _require_warcio()
    limit = DEFAULT_CONFIG.max_input_bytes if max_record_bytes is None else max_record_bytes
    return _read(str(path), limit, stats if stats is not None else WarcStats())


def _read(name: str, limit: int, stats: WarcStats) -> Iterator[Item | ErrorRecord]:
    try:
        fh = open(name, "rb")  # noqa: SIM115 - closed below, after the lazy read
    except OSError as exc:
        yield ErrorRecord.from_exception(name, UnreadableInputError(f"{name}: cannot read ({exc.strerror})"))
        return
    with fh:
        gzipped = fh.read(3) == _GZIP_MAGIC
        fh.seek(0)
        stream: _Stream = _GzipStream(fh) if gzipped else _PlainStream(fh)
        for raw in _frames(stream, name, limit):
            if isinstance(raw, ErrorRecord):
                yield raw
            else:
                entry = _parse(raw, name, stats)
                if entry is not None:
                    yield entry


def _require_warcio() -> None:
    try:
        import warcio  # noqa: F401
    except ImportError as exc:
        raise ConfigError("reading WARC files needs warcio: pip install 'articlenorm[warc]'") from exc


# -- framing -------------------------------------------------------------------------------------


class _Damaged(Exception):
    """The compressed stream is corrupt or ends early at ``offset``."""

    def __init__(self, offset: int, reason: str, prefix: bytes = b"") -> None:
        super().__init__(reason)
        self.offset = offset
        self.reason = reason
        self.prefix = prefix  # what could be decompressed of the damaged member


class _Stream:
    """A byte stream records are cut from: ``read(n)`` (fewer bytes only at
    the end), ``readline``, ``mark()`` (the file offset a record starting here
    is reported at) and ``resync()`` (after damage: skip to the next place a
    record can start; only compressed files have one)."""

    def read(self, n: int) -> bytes:
        raise NotImplementedError

    def mark(self) -> int:
        """The file offset of the next byte (of its gzip member, when compressed)."""
        raise NotImplementedError

    def readline(self, limit: int) -> bytes:
        """One line, with its end; at most ``limit`` bytes; ``b""`` at the end."""
        raise NotImplementedError

    def resync(self) -> bool:
        return False


class _PlainStream(_Stream):
    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh

    def read(self, n: int) -> bytes:
        return self.fh.read(n)

    def mark(self) -> int:
        return self.fh.tell()

    def readline(self, limit: int) -> bytes:
        return self.fh.readline(limit)


class _GzipStream(_Stream):
    """Gzip members decompressed one after another; damage raises :class:`_Damaged`."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.pending = b""  # compressed bytes read from the file, not yet fed
        self.pending_at = 0  # file offset of pending[0]
        self.out = bytearray()  # decompressed bytes not yet read
        self.member_at = 0
        self.inflater: zlib._Decompress | None = None

    def mark(self) -> int:
        if not self.out and self.inflater is None:
            return self.pending_at  # between members: the next one starts here
        return self.member_at

    def readline(self, limit: int) -> bytes:
        while True:
            end = self.out.find(b"\n")
            if end != -1 or len(self.out) >= limit or not self._fill():
                break
        n = end + 1 if end != -1 else min(len(self.out), limit)
        return self.read(n)

    def _fill(self) -> bool:
        """Decompress more into ``out``; False at a clean end of the file."""
        while True:
            if not self.pending:
                self.pending_at = self.fh.tell()
                self.pending = self.fh.read(_CHUNK)
                if not self.pending:
                    if self.inflater is not None:
                        self.inflater = None
                        raise _Damaged(
                            self.member_at,
                            "the file ends inside a gzip member (truncated)",
                            self._salvage(self.member_at),
                        )
                    return False
            if self.inflater is None:
                self.member_at = self.pending_at
                self.inflater = zlib.decompressobj(31)
            inflater = self.inflater
            try:
                produced = inflater.decompress(self.pending, _CHUNK)
            except zlib.error as exc:
                self.inflater = None
                raise _Damaged(
                    self.member_at, f"corrupt gzip member ({exc})", self._salvage(self.member_at)
                ) from None
            if inflater.eof:
                rest = inflater.unused_data
                self.inflater = None
            else:
                rest = inflater.unconsumed_tail
            self.pending_at += len(self.pending) - len(rest)
            self.pending = rest
            if produced:
                self.out += produced
                return True
            if inflater.eof:
                continue  # an empty member

    def _salvage(self, at: int) -> bytes:
        """What decompresses of the member at ``at`` before its damage (its WARC
        header, usually: enough to name the record in the error)."""
        here = self.fh.tell()
        self.fh.seek(at)
        inflater = zlib.decompressobj(31)
        got = bytearray()
        try:
            while len(got) < _SALVAGE_BYTES and not inflater.eof:
                piece = self.fh.read(32)  # small steps: a failing call gives nothing back
                if not piece:
                    break
                got += inflater.decompress(piece, _SALVAGE_BYTES)
        except zlib.error:
            pass  # the damage: keep what came before it
        self.fh.seek(here)
        return bytes(got)

    def read(self, n: int) -> bytes:
        while len(self.out) < n and self._fill():
            pass
        data = bytes(self.out[:n])
        del self.out[:n]
        return data

    def resync(self) -> bool:
        """Skip to the next gzip member header after the damaged member's start."""
        self.out.clear()
        self.inflater = None
        self.fh.seek(self.member_at + 1)
        self.pending_at = self.member_at + 1
        tail = b""
        while True:
            chunk = self.fh.read(_CHUNK)
            if not chunk:
                self.pending = b""
                return False
            window = tail + chunk
            hit = window.find(_GZIP_MAGIC)
            start = self.fh.tell() - len(window)
            if hit != -1:
                self.fh.seek(start + hit)
                self.pending = b""
                self.member_at = start + hit
                return True
            tail = window[-2:]


@dataclass(frozen=True, slots=True)
class _Raw:
    """One framed record: its WARC header block and its content block."""

    offset: int
    header: bytes
    block: bytes


def _frames(stream: _Stream, name: str, limit: int) -> Iterator[_Raw | ErrorRecord]:
    goes_on = "at the next gzip member" if isinstance(stream, _GzipStream) else "no further (plain WARC)"
    while True:
        header = b""
        offset = stream.mark()
        try:
            found = _read_header(stream)
            if found is None:
                return
            offset, header = found
            length = _content_length(header, offset)
            if length > limit:
                _skip(stream, length)
                yield _error(
                    header,
                    offset,
                    name,
                    InputTooLargeError(
                        f"{name}: the WARC record at offset {offset} holds {length} bytes, over the "
                        f"{limit}-byte limit (Config.max_input_bytes / --max-input-mb)"
                    ),
                )
                continue
            block = stream.read(length)
            if len(block) < length:
                raise _Damaged(offset, f"the file ends inside the record ({len(block)} of {length} bytes)")
            yield _Raw(offset, header, block)
        except _Damaged as exc:
            yield _error(
                header or exc.prefix,
                exc.offset,
                name,
                InputError(
                    f"{name}: the WARC record at offset {exc.offset} is damaged: {exc.reason}; "
                    f"reading goes on {goes_on}"
                ),
            )
            if not _resync(stream):
                return


def _resync(stream: _Stream) -> bool:
    """Find the next readable record after damage (a gzip member that starts
    with ``WARC/``); a false member header inside damaged data is skipped."""
    while isinstance(stream, _GzipStream) and stream.resync():
        try:
            if stream.read(5) == b"WARC/":
                stream.out[:0] = b"WARC/"
                return True
        except _Damaged:
            continue
    return False


def _read_header(stream: _Stream) -> tuple[int, bytes] | None:
    """``(offset, WARC header block)`` up to its blank line; None at the end of the file.
    Blank lines before it (the previous record's closing CRLF CRLF) are skipped."""
    head = bytearray()
    offset = stream.mark()
    while True:
        if not head:
            offset = stream.mark()
        line = stream.readline(_MAX_HEADER_BYTES)
        if not line:
            if head:
                raise _Damaged(offset, "the file ends inside the WARC header")
            return None
        if not head and not line.strip():
            continue
        head += line
        if not line.strip():
            if not head.startswith(b"WARC/"):
                raise _Damaged(offset, f"not a WARC record header: {bytes(head[:40])!r}")
            return offset, bytes(head)
        if len(head) > _MAX_HEADER_BYTES:
            raise _Damaged(offset, "a WARC header longer than 1 MiB")


def _content_length(header: bytes, offset: int) -> int:
    m = _LENGTH.search(header)
    if m is None:
        raise _Damaged(offset, "the WARC header has no Content-Length")
    return int(m.group(1))


def _skip(stream: _Stream, length: int) -> None:
    while length > 0:
        got = stream.read(min(length, _CHUNK))
        if not got:
            return
        length -= len(got)


def _error(header: bytes, offset: int, name: str, exc: Exception) -> ErrorRecord:
    """An error record keyed by the record's id if ``header`` (or what survived of
    it) names one, else by ``FILE@OFFSET``."""
    head = header.split(b"\r\n\r\n", 1)[0] if header.startswith(b"WARC/") else b""
    m = _RECORD_ID.search(head)
    record_id = m.group(1).decode("utf-8", "replace") if m else f"{name}@{offset}"
    return ErrorRecord.from_exception(record_id, exc)


# -- parsing -------------------------------------------------------------------------------------


def _parse(raw: _Raw, name: str, stats: WarcStats) -> Item | ErrorRecord | None:
    m = _TYPE.search(raw.header)
    kind = m.group(1).decode("ascii", "replace").lower() if m else "unknown"
    if kind != "response":
        stats.passed_over[kind] += 1
        return None
    from warcio.archiveiterator import ArchiveIterator

    records = iter(ArchiveIterator(io.BytesIO(raw.header + raw.block + b"\r\n\r\n")))
    try:
        record = next(records)
        http = record.http_headers
        content_type = http.get_header("Content-Type") if http is not None else None
        payload = record.content_stream().read()
    except Exception as exc:  # warcio raises many types for damaged HTTP framing or encodings
        return _error(
            raw.header,
            raw.offset,
            name,
            DecodeError(
                f"{name}: the HTTP payload of the WARC record at offset {raw.offset} cannot be decoded "
                f"({type(exc).__name__}: {exc})"
            ),
        )
    finally:
        # The iterator's generator refers back to it: closing it breaks the cycle, so the
        # record's buffers are freed now rather than at the next garbage collection.
        records.close()
    media, charset = _media_type(content_type)
    if media is None and not looks_like_html(payload) and payload.strip():
        stats.passed_over["non-html"] += 1
        return None
    if media is not None and media not in HTML_TYPES:
        stats.passed_over["non-html"] += 1
        return None
    record_id = record.rec_headers.get_header("WARC-Record-ID") or f"{name}@{raw.offset}"
    url = record.rec_headers.get_header("WARC-Target-URI")
    return Item(record_id, payload, format="html", url=url or None, charset=charset)


def _media_type(content_type: str | None) -> tuple[str | None, str | None]:
    """``"text/html; charset=UTF-8"`` -> ``("text/html", "UTF-8")``."""
    if not content_type or not content_type.strip():
        return None, None
    media, *params = content_type.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \t\"'"):
            charset = value.strip(" \t\"'")
    return media.strip().lower(), charset
