"""Input preparation shared by the peers: HTML decoding, text dumps, line wrapping."""

from __future__ import annotations

import codecs
import html
import re

import charset_normalizer

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_XML_DECL = re.compile(r"^\s*<\?xml.*?\?>", re.IGNORECASE | re.DOTALL)
# Browsers treat these labels as windows-1252 (WHATWG Encoding Standard).
# Names as normalised by ``codecs.lookup``.
_LATIN1_NAMES = frozenset({"iso8859-1", "latin-1", "ascii", "cp1252"})


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", errors="ignore").strip().lower()
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """Decode HTML bytes robustly: BOM, then the declared charset, then charset-normalizer.

    A page that declares a Latin-1 family charset but is valid UTF-8 with non-ASCII
    bytes is decoded as UTF-8 (common in old news pages); Latin-1 labels decode as
    windows-1252, like browsers do.  Nothing raises: the last resort is UTF-8 with
    replacement characters.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = _declared_charset(data[:4096])
    if declared is not None:
        if declared in _LATIN1_NAMES:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode("cp1252", errors="replace")
            return text
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")


def strip_xml_declaration(text: str) -> str:
    """Drop a leading ``<?xml ...?>`` declaration (lxml refuses it in ``str`` input)."""
    return _XML_DECL.sub("", text, count=1)


def inscriptis_dump(markup: str) -> str:
    """The raw full-page text dump (navigation and all) made by ``inscriptis.get_text``."""
    import inscriptis

    return inscriptis.get_text(strip_xml_declaration(markup)) or ""


def lines_as_html(text: str) -> str:
    """Wrap each non-blank input line in ``<p>`` (escaped) so HTML extractors can run."""
    paras = [f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip()]
    return "<html><body>\n" + "\n".join(paras) + "\n</body></html>"


_HTML_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_META_LANG = re.compile(r"<meta[^>]+content-language[^>]+content\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def declared_language(markup: str) -> str | None:
    """The ISO 639-1 code declared by ``<html lang>`` or a content-language meta tag."""
    head = markup[:20000]
    match = _HTML_LANG.search(head) or _META_LANG.search(head)
    return match.group(1).lower() if match else None


def detect_language(text: str) -> str | None:
    """Detect the language of ``text`` with langdetect (seeded; None when unsure)."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    sample = text[:5000]
    if len(sample.split()) < 5:
        return None
    try:
        return str(detect(sample))
    except LangDetectException:
        return None
