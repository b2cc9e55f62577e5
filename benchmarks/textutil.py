"""Input preparation shared by the systems: decoding, text dumps, line wrapping, language.

Pages are decoded by articlenorm's own loader, so every system (and every text
made from a page) starts from the text articlenorm reads.
"""

from __future__ import annotations

import html
import re

from articlenorm.config import DEFAULT_CONFIG
from articlenorm.fields.language import detect_language
from articlenorm.loading import decode_bytes

__all__ = ["declared_language", "decode", "inscriptis_dump", "lines_as_html", "text_language"]

_XML_DECL = re.compile(r"^\s*<\?xml.*?\?>", re.IGNORECASE | re.DOTALL)


def decode(data: bytes) -> str:
    """Page bytes decoded as :func:`articlenorm.load` decodes them (BOM, UTF-8,
    ``<meta charset>``, detection); raises articlenorm's input errors."""
    return decode_bytes(data, DEFAULT_CONFIG)[0]


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


# The peers' setup reads the declared language with these two patterns, not with
# articlenorm's metadata (``load(...).meta.language``): that reader also takes
# JSON-LD and og:locale, ignores ``xml:lang`` and needs a page with main content,
# and it would pick another jusText stoplist on some trafilatura-eval pages,
# changing the jusText rows.  This is part of the peer's configuration.
_HTML_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_META_LANG = re.compile(r"<meta[^>]+content-language[^>]+content\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def declared_language(markup: str) -> str | None:
    """The ISO 639 code declared by ``<html lang>`` or a content-language meta tag."""
    head = markup[:20000]
    match = _HTML_LANG.search(head) or _META_LANG.search(head)
    return match.group(1).lower() if match else None


#: Characters of text given to language detection (what the harness has always used).
DETECT_CHARS = 5000


def text_language(text: str) -> str | None:
    """articlenorm's language detection (seeded langdetect) on the start of ``text``."""
    return detect_language(text, DETECT_CHARS)[0]
