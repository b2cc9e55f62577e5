"""Small WARC files for tests and benchmarks, written by hand (WARC 1.1, one gzip
member per record when compressed), so tests need no WARC writer library.

>>> from articlenorm.testing.warc import http_response, warc_file, warc_record
>>> page = b"<html><body><article><h1>Ferry</h1><p>...</p></article></body></html>"
>>> record = warc_record("response", "https://example.org/ferry", http_response(page))
>>> data = warc_file([record], gzip=True)          # bytes of a .warc.gz file
"""

from __future__ import annotations

import gzip as _gzip
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["WarcRecord", "chunked", "http_response", "members", "warc_file", "warc_record"]


@dataclass(frozen=True, slots=True)
class WarcRecord:
    """One record's id and its bytes (headers, block, closing CRLF CRLF)."""

    id: str
    data: bytes


def http_response(
    body: bytes,
    *,
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
    headers: Sequence[tuple[str, str]] = (),
) -> bytes:
    """An HTTP/1.1 response: status line, headers, body (sent as given: use
    :func:`chunked` or gzip it yourself and say so in ``headers``).  A
    ``Content-Length`` is added unless ``headers`` has a ``Transfer-Encoding``."""
    lines = [f"HTTP/1.1 {status}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.extend(f"{key}: {value}" for key, value in headers)
    if not any(key.lower() == "transfer-encoding" for key, _ in headers):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def chunked(body: bytes, size: int = 100) -> bytes:
    """``body`` in HTTP chunked transfer-encoding, ``size`` bytes a chunk."""
    parts = [
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def warc_record(
    kind: str,
    url: str | None,
    block: bytes,
    *,
    record_id: str | None = None,
    content_type: str | None = None,
) -> WarcRecord:
    """A WARC record of type ``kind`` (``response``, ``request``, ``warcinfo``,
    ``metadata``, ``revisit`` ...) holding ``block``.  The content type
    defaults to ``application/http; msgtype=response`` (or ``request``) for
    HTTP records; the id to a fresh ``<urn:uuid:...>``."""
    record_id = record_id or f"<urn:uuid:{uuid.uuid4()}>"
    if content_type is None:
        msgtype = "request" if kind == "request" else "response"
        content_type = (
            f"application/http; msgtype={msgtype}" if kind in ("request", "response") else "text/plain"
        )
    lines = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: {record_id}",
        "WARC-Date: 2024-05-01T12:00:00Z",
    ]
    if url is not None:
        lines.append(f"WARC-Target-URI: {url}")
    lines += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    header = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return WarcRecord(record_id, header + block + b"\r\n\r\n")


def warc_file(records: Iterable[WarcRecord], *, gzip: bool = False) -> bytes:
    """The bytes of a WARC file: the records in order, each its own gzip member with ``gzip``."""
    if gzip:
        return b"".join(_gzip.compress(record.data, mtime=0) for record in records)
    return b"".join(record.data for record in records)


def members(records: Iterable[WarcRecord]) -> list[bytes]:
    """Each record as its own gzip member (to build damaged files from)."""
    return [_gzip.compress(record.data, mtime=0) for record in records]
