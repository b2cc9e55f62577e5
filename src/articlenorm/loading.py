"""The front end: ``str`` / ``bytes`` / path  ->  decoded text  ->  blocks.

:func:`load` is the one way in, used by :func:`articlenorm.normalize`, the
report and :func:`articlenorm.explain.replay`: read, decode, repair the
encoding (ftfy) and segment, returning a :class:`Loaded`.

Bytes are decoded in this order: a byte-order mark; the charset the caller
passes (an HTTP ``Content-Type`` charset); strict UTF-8; the page's own
``<meta charset>``; then detection over the whole document (charset-normalizer).
Strict UTF-8 goes before ``<meta>`` on purpose: pages that declare ISO-8859-1
but are stored as UTF-8 are common in crawls (see the l3s-gn1 README), while
non-UTF-8 text that happens to be valid UTF-8 is vanishingly rare.

Binary data, empty input and oversized input raise typed errors that say what
was found.  Gzip input is accepted and decompressed with a size cap (no
decompression bombs).
"""

from __future__ import annotations

import codecs
import dataclasses
import logging
import os
import re
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, Union

from .config import DEFAULT_CONFIG, Config
from .errors import (
    BinaryInputError,
    ConfigError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    UnreadableInputError,
)
from .model import Block, Edit
from .repair import repair_text, replay_repairs
from .segment.text import segment_text

if TYPE_CHECKING:
    from bs4 import Tag
    from lxml.etree import _Element, _ElementTree

    from .metadata import PageMeta

__all__ = [
    "FORMATS",
    "Loaded",
    "Source",
    "decode_bytes",
    "load",
    "looks_like_html",
    "read_source",
    "serialize_markup",
]

log = logging.getLogger("articlenorm")

#: What ``format=`` may say: sniff for HTML tags, or force one reading.
FORMATS = ("auto", "text", "html")

#: What ``load()`` and ``normalize()`` take: the text itself, bytes, a path,
#: or a page a scraper already parsed (a ``bs4.BeautifulSoup`` / ``bs4.Tag``,
#: an lxml element or ``ElementTree``; see :func:`serialize_markup`).
Source: TypeAlias = Union[str, bytes, "os.PathLike[str]", "Tag", "_Element", "_ElementTree"]  # noqa: UP007

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x7fELF", "an ELF executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})""", re.IGNORECASE
)
# WHATWG: these labels mean windows-1252 in browsers, and pages rely on it.
_LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}
_HTML_SNIFF = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|script)[\s>/]", re.IGNORECASE
)


#: Named in the error for a source of any other type.
ACCEPTED = (
    "str (the text or HTML itself), bytes, a path (os.PathLike), a bs4.BeautifulSoup or bs4.Tag, "
    "or an lxml element or ElementTree"
)


def serialize_markup(source: object) -> tuple[str, str | None] | None:
    """``(html, encoding)`` for a parsed page from a scraper, ``None`` for anything else.

    A ``bs4.BeautifulSoup`` / ``bs4.Tag`` or an lxml element / ``ElementTree``
    is serialized back to HTML, which is then read as the page's HTML (the
    article equals the one for the page's bytes).  ``encoding`` is the one the
    scraper decoded the page's bytes with, where it recorded it
    (``BeautifulSoup.original_encoding``; ``None`` for a soup made from a
    ``str`` and for lxml, whose ``docinfo.encoding`` repeats the page's
    declaration rather than the codec used), so ``Article.encoding`` says
    what it says for the bytes.  Neither library is imported here: an object of theirs can exist
    only once its module is loaded.
    """
    bs4 = sys.modules.get("bs4")
    if bs4 is not None and isinstance(source, bs4.Tag):  # BeautifulSoup is a Tag
        root = source if source.parent is None else list(source.parents)[-1]
        return source.decode(), _codec_name(getattr(root, "original_encoding", None))
    etree = sys.modules.get("lxml.etree")
    if etree is not None and isinstance(source, (etree._Element, etree._ElementTree)):
        html = etree.tostring(source, encoding="unicode", method="html")
        # lxml's docinfo.encoding repeats the page's declaration (also for a
        # tree parsed from a str), not the codec that decoded it: no claim.
        return html, None
    return None


def _codec_name(label: object) -> str | None:
    """A scraper's encoding label as :func:`decode_bytes` names the same codec."""
    if not isinstance(label, str) or not label.strip():
        return None
    name = label.strip().lower()
    return _LABEL_ALIASES.get(name, name)


def read_source(source: Source, config: Config) -> tuple[str | bytes, str | None]:
    """Return ``(data, origin)``: the text or bytes of ``source`` and its path.

    ``str`` is taken as the text itself, never as a file name (a path must be
    a ``pathlib.Path`` or other ``os.PathLike``), so no input string can make
    the library open a file.
    """
    if isinstance(source, str):
        return source, None
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None
    if isinstance(source, os.PathLike):
        path = Path(source)
        try:
            size = path.stat().st_size
            if path.is_dir():
                raise UnreadableInputError(f"{path}: is a directory, not a file")
            if size > config.max_input_bytes:
                raise InputTooLargeError(_too_large(str(path), size, config))
            with path.open("rb") as fh:
                # Sized by the file, not the limit: read(n) sets aside n bytes
                # first (32 MiB for every file, however small).  A file that
                # grew since stat(), or reports no size, is read on to the limit.
                data = fh.read(min(size, config.max_input_bytes) + 1)
                if len(data) > size:
                    data += fh.read(config.max_input_bytes + 1 - len(data))
        except OSError as exc:
            raise UnreadableInputError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
        return data, str(path)
    raise ConfigError(
        f"normalize() takes {ACCEPTED}; not a {type(source).__module__}.{type(source).__name__}"
    )


def _too_large(what: str, size: int | None, config: Config) -> str:
    how_big = "" if size is None else f"{size / 1_048_576:.1f} MiB, "
    return (
        f"{what}: input is {how_big}over Config.max_input_bytes "
        f"({config.max_input_bytes / 1_048_576:.1f} MiB); raise the limit with "
        f"Config(max_input_bytes=...) if such inputs are expected"
    )


def _gunzip(data: bytes, limit: int, origin: str) -> bytes:
    out = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        result = out.decompress(data, limit + 1)
    except zlib.error as exc:
        raise DecodeError(f"{origin}: looks gzip-compressed but cannot be decompressed ({exc})") from exc
    if len(result) > limit:
        raise InputTooLargeError(
            f"{origin}: gzip input expands to more than Config.max_input_bytes "
            f"({limit / 1_048_576:.1f} MiB); refusing to decompress further"
        )
    return result


def _utf16_without_bom(data: bytes) -> str | None:
    """Detect BOM-less UTF-16 by its NUL pattern (ASCII-range text in UTF-16
    has a zero byte in every other position)."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.6 and even < 0.1:
        return "utf-16-le"
    if even > 0.6 and odd < 0.1:
        return "utf-16-be"
    return None


def decode_bytes(
    data: bytes, config: Config, *, charset: str | None = None, origin: str = "<bytes>"
) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding_used)``.  See the module doc."""
    if len(data) > config.max_input_bytes:
        raise InputTooLargeError(_too_large(origin, len(data), config))
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, config.max_input_bytes, origin)
    if not data.strip():
        raise EmptyInputError(f"{origin}: input is empty (no text at all)")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], enc, origin), enc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"{origin}: input is {what}, not text or HTML")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, origin), utf16
    if data.count(0) > max(8, len(data) // 100):
        raise BinaryInputError(
            f"{origin}: input is binary data ({data.count(0)} NUL bytes in {len(data)}), not text or HTML"
        )
    tried: list[str] = []
    for label in (charset, "utf-8", _declared_charset(data)):
        if not label:
            continue
        enc = _LABEL_ALIASES.get(label.lower(), label)
        if enc in tried:
            continue
        tried.append(enc)
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise BinaryInputError(
            f"{origin}: no text encoding fits these bytes (tried {', '.join(tried)} and "
            f"detection); is it binary data?"
        )
    return str(best), best.encoding


def _strict(data: bytes, enc: str, origin: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        # A BOM promised this encoding; keep what can be read, mark the rest.
        if exc.end - exc.start > len(data) // 10:
            raise DecodeError(f"{origin}: starts with a {enc} byte-order mark but is not {enc}") from exc
        return data.decode(enc, errors="replace")


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii").strip().lower() if m else None


def looks_like_html(data: str | bytes) -> bool:
    """Sniff whether input is an HTML page (used by ``format="auto"``)."""
    head = data[:4096]
    if isinstance(head, str):
        head = head.encode("utf-8", "ignore")
    return _HTML_SNIFF.search(head) is not None


@dataclass(frozen=True, slots=True)
class Loaded:
    """An input read, decoded, repaired and cut into blocks (see :func:`load`).

    ``text`` is what the blocks were cut from: the decoded and
    encoding-repaired text (plain-text input; block offsets point into it) or
    the decoded HTML.  ``kind`` is ``"text"`` or ``"html"``; ``meta`` what an
    HTML page declares about itself (``None`` for text); ``fixes`` the encoding
    repairs (only with ``explain``); ``encoding`` the charset the bytes were
    decoded with (``None`` for ``str`` input); ``origin`` names the input in
    messages (a path, ``"<bytes>"``, ``"<text>"``); ``url`` is the caller's.
    """

    text: str
    blocks: tuple[Block, ...]
    kind: str
    meta: PageMeta | None
    fixes: tuple[Edit, ...]
    encoding: str | None
    origin: str
    url: str | None = None


def load(
    source: Source,
    *,
    format: str = "auto",
    url: str | None = None,
    config: Config | None = None,
    explain: bool = False,
    charset: str | None = None,
    repairs: Sequence[Edit] | None = None,
    candidates: bool = False,
) -> Loaded:
    """Read, decode, repair and segment ``source`` (arguments as for
    :func:`articlenorm.normalize`; a scraper's bs4 or lxml object is read as
    its HTML, see :func:`serialize_markup`).

    ``repairs``: replay these recorded encoding repairs (an article's
    ``edits``) instead of running ftfy; :func:`articlenorm.explain.replay`
    uses it to rebuild a body from the records alone.

    ``candidates``: HTML only, add the candidate blocks of
    :mod:`articlenorm.segment.candidates` (text trafilatura's recall setting
    keeps and the extraction does not).  Only for a pipeline whose
    :class:`~articlenorm.cleaners.Scorer` judges them: no other step drops them.
    :func:`articlenorm.normalize` asks for them when its pipeline has such a step.

    Raises:
        articlenorm.InputError: unreadable, empty, binary, undecodable or too large input,
            or HTML too complex to parse in proportion to its size (``MarkupTooComplexError``).
        articlenorm.ExtractionError: HTML with no main content.
        articlenorm.ConfigError: a bad ``format`` or a source of another type.
    """
    config = config or DEFAULT_CONFIG
    if format not in FORMATS:
        raise ConfigError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    encoding: str | None = None
    name: str | None
    parsed = serialize_markup(source)
    if parsed is not None:  # a scraper's tree: its HTML, decoded as the scraper did
        data: str | bytes = parsed[0]
        name, encoding = f"<{type(source).__name__}>", parsed[1]
        format = "html" if format == "auto" else format
    else:
        data, name = read_source(source, config)
    origin = name or ("<bytes>" if isinstance(data, bytes) else "<text>")
    if isinstance(data, bytes):
        text, encoding = decode_bytes(data, config, charset=charset, origin=origin)
    else:
        text = data
        too_big = len(text) > config.max_input_bytes // 4 and (
            len(text.encode("utf-8", "surrogatepass")) > config.max_input_bytes
        )
        if too_big:
            raise InputTooLargeError(_too_large(origin, None, config))
    del data  # decoded: the bytes (a path's are ours alone) can go before segmenting
    if not text.strip():
        raise EmptyInputError(f"{origin}: input is empty (no text at all)")
    kind = format if format != "auto" else ("html" if looks_like_html(text) else "text")
    log.debug("load %s as %s (%d chars)", origin, kind, len(text))

    meta: PageMeta | None = None
    fixes: tuple[Edit, ...] = ()
    if kind == "text":
        if repairs is not None:
            text = replay_repairs(text, repairs)
        elif config.repair_encoding:
            text, fixes = repair_text(text, explain=explain)
        blocks = segment_text(text)
    else:
        from .segment.html import segment_html  # lxml, trafilatura: only for HTML

        blocks, meta = segment_html(text, url=url, candidates=candidates)
        if config.repair_encoding:
            blocks, fixes = _repair_blocks(blocks, explain)
    if not blocks:
        raise EmptyInputError(f"{origin}: input has no text blocks (only markup or whitespace)")
    return Loaded(text, tuple(blocks), kind, meta, fixes, encoding, origin, url)


def _repair_blocks(blocks: list[Block], explain: bool) -> tuple[list[Block], tuple[Edit, ...]]:
    """Encoding repair of HTML blocks, one block at a time (an ``Edit`` names its block)."""
    out: list[Block] = []
    edits: list[Edit] = []
    for block in blocks:
        fixed, steps = repair_text(block.text, explain=explain)
        fixed = " ".join(fixed.split("\n"))
        if fixed != block.text:
            edits.extend(dataclasses.replace(e, block=block.index) for e in steps)
            block = dataclasses.replace(block, text=fixed)
        out.append(block)
    return out, tuple(edits)
