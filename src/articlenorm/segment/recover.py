"""Putting back article paragraphs trafilatura left out.

trafilatura sometimes skips a paragraph in the middle of the article it
found (a short one, a numbered subheading, a paragraph in an inline wrapper).
Such a paragraph sits inside the same *main container* as the extracted text
(the deepest element holding most of it, see :mod:`.hints`); it is put back
in document order when it is not already in the extracted text, is not
mostly links and is not inside a box the page marks as something else
(an aside, a figure, a form, a hidden-in-print share bar ...).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import BlockKind
from ..textutil import is_prose
from .hints import element_words
from .xmlblocks import RawBlock, in_document_order, linked_chars, mark_position, squeeze

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["recover_blocks"]

#: What is put back: prose in paragraphs, list items and quotes.  Headings
#: and short lines are not (on the tune splits they were chart labels and
#: "Also in Travel" teaser heads far more often than lost subheadings).
_KINDS = {
    "p": BlockKind.PARAGRAPH,
    "li": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE,
}
#: Elements whose content is never article text to put back.
_BARRIERS = frozenset({"aside", "nav", "footer", "header", "form", "figure", "figcaption", "button", "table"})
#: Class/id words of boxes whose text is not the article's (kept in step with
#: cleaners/html_hints.py BOX_WORDS, plus navigation words).
_BOX_WORDS = frozenset(
    {"share", "social", "related", "recommended", "newsletter", "subscribe", "ad", "ads", "advert"}
    | {"sponsor", "promo", "comment", "comments", "bio", "tags", "breadcrumb", "nav", "menu", "footer"}
    | {"caption", "credit", "byline", "author", "meta", "date", "toolbar", "widget", "sidebar"}
)
#: The same, as parts of longer class names ("jp-relatedposts",
#: "sharedaddy"): putting text back is the riskier direction, so any class
#: that merely contains one of these blocks it.
_BOX_PARTS = re.compile(
    r"related|share|comment|sponsor|promo|newsletter|sidebar|widget|footer|teaser|recommend"
    r"|popular|trending|caption|credit|byline|author|navigation|menu|stream|feed|carousel|gallery"
)
#: A put-back block must not be mostly links (a link list inside the article
#: container is navigation, not text).
MAX_LINK_DENSITY = 0.3


def _blocked(el: HtmlElement, main: HtmlElement) -> bool:
    for node in (el, *el.iterancestors()):
        if node is main:
            return False
        if node.tag in _BARRIERS or element_words(node) & _BOX_WORDS:
            return True
        marks = f"{node.get('class') or ''} {node.get('id') or ''}".casefold()
        if _BOX_PARTS.search(marks):
            return True
    return True


def recover_blocks(raws: list[RawBlock], main: HtmlElement | None, mark: str) -> list[RawBlock]:
    """``raws`` with the main container's missing paragraphs put back."""
    if main is None:
        return raws
    sources = {r.source for r in raws if r.source is not None}
    extracted = "\n".join(squeeze(r.text) for r in raws)
    found: list[tuple[int, RawBlock]] = []
    taken: set[HtmlElement] = set()
    for el in main.iter(*_KINDS):
        if el in sources or any(a in taken or a in sources for a in el.iterancestors()):
            continue
        if any(d in sources for d in el.iterdescendants()):
            continue
        text = " ".join(el.text_content().split())
        key = squeeze(text)
        if not key or key in extracted or not is_prose(text):
            continue
        pos = mark_position(el, mark)
        if pos is None or _blocked(el, main):
            continue
        linked = linked_chars(el)
        if linked > MAX_LINK_DENSITY * len(text):
            continue
        taken.add(el)
        extracted += "\n" + key
        found.append((pos, RawBlock(_KINDS[el.tag], text, linked / len(text), 0, el)))
    if not found:
        return raws
    out: list[RawBlock] = []
    for raw, put_back in in_document_order(raws, found, mark):
        out.append(_in_group(raw, out) if put_back else raw)
    return out


def _in_group(raw: RawBlock, before: list[RawBlock]) -> RawBlock:
    group = before[-1].group if before else 0
    return RawBlock(raw.kind, raw.text, raw.link_density, group, raw.source)
