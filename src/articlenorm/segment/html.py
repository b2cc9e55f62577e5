"""HTML -> blocks, via trafilatura's structured extraction.

trafilatura finds the main content and returns it as XML in which headings,
paragraphs, list items, quotes, tables and figures keep their roles.  Each
such element becomes one block (kind from the element, link density from its
``<ref>`` children), and the page metadata trafilatura reads (title, author,
date, language, canonical URL) comes back beside the blocks.  The same cleaner
pipeline as for plain text then judges the blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import ExtractionError
from ..model import Block, BlockKind

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["PageMeta", "segment_html"]

_KINDS = {
    "head": BlockKind.HEADING,
    "p": BlockKind.PARAGRAPH,
    "item": BlockKind.LIST_ITEM,
    "quote": BlockKind.QUOTE,
    "code": BlockKind.CODE,
    "row": BlockKind.TABLE,
}
_CONTAINERS = {"list", "table", "div", "body", "main", "quote"}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Metadata read from the page itself (``None`` where the page says nothing)."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    url: str | None = None
    sitename: str | None = None


def _text(el: _Element) -> str:
    return _SPACES.sub(" ", "".join(el.itertext())).strip()


def _link_chars(el: _Element) -> int:
    return sum(len("".join(r.itertext()).strip()) for r in el.iter("ref"))


def _walk(el: _Element, out: list[tuple[BlockKind, str, float, int]], group: int) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _KINDS and not (tag == "quote" and any(c.tag in _KINDS for c in child)):
            if tag == "row":
                text = " | ".join(_text(c) for c in child if isinstance(c.tag, str))
            else:
                text = _text(child)
            if text:
                density = _link_chars(child) / max(1, len(text))
                out.append((_KINDS[tag], text, min(1.0, density), group))
        elif tag == "graphic":
            continue  # images without a caption carry no text for the body
        elif tag in _CONTAINERS or len(child):
            _walk(child, out, group + 1)


def segment_html(html: str, *, url: str | None = None) -> tuple[list[Block], PageMeta]:
    """Extract the main content of ``html`` as blocks, plus the page metadata.

    Raises ``ExtractionError`` when trafilatura finds no main content.
    """
    import trafilatura

    try:
        doc: Any = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=True,
            include_formatting=True,
            include_links=True,
        )
    except (ValueError, TypeError, RecursionError) as exc:  # malformed markup
        raise ExtractionError(f"the HTML could not be parsed for extraction ({exc})") from exc
    meta = PageMeta()
    if doc is None or doc.body is None:
        raise ExtractionError(
            "no main content found in this HTML page (trafilatura returned nothing); "
            "if the page is a listing, a login wall or a script-rendered app, there is no "
            "article text to extract"
        )
    meta = PageMeta(
        title=doc.title or None,
        author=doc.author or None,
        date=doc.date or None,
        language=doc.language or None,
        url=doc.url or url,
        sitename=doc.sitename or None,
    )
    raw: list[tuple[BlockKind, str, float, int]] = []
    _walk(doc.body, raw, 0)
    blocks = [
        Block(i, text, kind, None, None, group, link_density=density)
        for i, (kind, text, density, group) in enumerate(raw)
    ]
    return blocks, meta
