"""Refuse markup no article has before it reaches the parser and trafilatura.

Some shapes of markup make the HTML work super-linear in the input size:

* **attributes in one tag**: libxml2 checks each attribute of a tag against
  all earlier ones, so one tag with k distinct attributes costs O(k^2)
  (a 2 MB page whose one tag carries 200,000 attributes parses for over
  100 s; 40,000 attributes take 2.3 s);
* **tags**: trafilatura and the cleaners do tens to hundreds of microseconds
  of work per element, so a page made of nothing but tags (``<b>x</b>``
  repeated) costs 10-60x a normal page of the same size;
* **children of one element**: trafilatura's main pass grows faster than
  linearly with the siblings under one parent (12,500 ``<b>`` in one ``<p>``:
  1.1 s; 50,000: 14 s);
* **nesting depth**: work per block walks its ancestors, and libxml2 drops
  whatever lies deeper than 255 levels.

:func:`check_markup` runs before parsing: two regular-expression passes over
the text, possessive (no backtracking) and each bounded by the next ``<``, so
linear in its length.  :func:`check_tree` runs on the parsed tree before
anything else walks it: one pass over the elements.  Both raise
:class:`~articlenorm.errors.MarkupTooComplexError` at once, so
``normalize()`` on ``n`` bytes never goes super-linear.

How the limits were chosen: ``python scripts/markup_stats.py
/work/shared/datasets/*/inputs`` over all 2,617 HTML pages of the dataset
folders (dragnet-train, l3s-gn1, readability-pages, trafilatura-eval: news,
blogs, forums, test pages up to 1.6 MB).  Each limit is 2.5-14 times the
largest value any of them has (numbers beside each), so no real article
comes near; beyond it the page is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import MarkupTooComplexError

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "MAX_ATTRIBUTES",
    "MAX_CHILDREN",
    "MAX_DEPTH",
    "MAX_TAGS",
    "MarkupScan",
    "check_markup",
    "check_tree",
    "scan_markup",
]

#: Attributes in one tag (as the scan counts them).  Largest in the
#: datasets: 70 (lxml's tree: 78).  At 1,000 distinct attributes libxml2
#: needs about 1 ms for the tag; at 40,000, 2.3 s.
MAX_ATTRIBUTES = 1_000
#: Tag starts (``<`` and a letter) in the page.  Largest: 10,534 (p99 3,145).
#: trafilatura and the cleaners do 50-160 microseconds of work per element,
#: so this also caps the work on a page that is nothing but tags (about 8 s).
MAX_TAGS = 50_000
#: Children of one element in the parsed tree.  Largest: 3,711 (p99 265).
MAX_CHILDREN = 20_000
#: Nesting depth of the parsed tree.  Largest: 98 (p99 35).  libxml2 stops
#: nesting at 255 levels and silently drops what lies deeper, so a tree this
#: deep has lost part of the page: refused rather than cut.
MAX_DEPTH = 250

#: A tag start: ``<`` and a letter (end tags, comments and ``<`` in text are not).
_TAG_START = re.compile(r"<[a-zA-Z]")
#: One attribute: a name, optionally ``=`` and a value (quoted or bare).  A
#: quoted value may not hold ``<`` or ``>`` (the attempt then ends there: at
#: worst a tag's attributes are under-counted, never over-counted).
_ATTRIBUTE = r"""\s++[^\s"'<>/=]++(?:\s*+=\s*+(?:"[^"<>]*+"|'[^'<>]*+'|[^\s"'<>]++))?+"""
#: Script and style bodies, up to their end tag (or the end of the page):
#: code there is not markup (``i<n ? a = b : c`` is no tag).
_SKIP = r"(?P<skip><(?:script|style)\b(?:[^<]++|<(?!/(?:script|style)\b))*+)"
#: A tag with more than MAX_ATTRIBUTES attributes, or a script/style body to
#: step over.  Possessive throughout, and no attribute can cross ``<`` or
#: ``>``, so an attempt ends at the next ``<`` at the latest and the search
#: is linear in the page's length.
_MANY_ATTRIBUTES = re.compile(
    rf"{_SKIP}|(?P<tag><[a-zA-Z][^\s<>]*+(?:{_ATTRIBUTE}){{{MAX_ATTRIBUTES + 1}}})", re.IGNORECASE
)
#: A necessary condition, seven times cheaper to test: a tag with more than
#: MAX_ATTRIBUTES attributes spans at least two characters per attribute
#: (a space and a name) without ``<`` or ``>``.  (5 of 300 dragnet-train
#: pages have such a span, all script code; the full check runs on those.)
_LONG_TAG = re.compile(rf"<[a-zA-Z][^<>]{{{2 * (MAX_ATTRIBUTES + 1)}}}")
#: Any tag with its attributes, or a script/style body (for scan_markup).
_TAG = re.compile(rf"{_SKIP}|(?P<tag><[a-zA-Z][^\s<>]*+(?:{_ATTRIBUTE})*+)", re.IGNORECASE)
_ONE_ATTRIBUTE = re.compile(_ATTRIBUTE)


@dataclass(frozen=True, slots=True)
class MarkupScan:
    """What :func:`scan_markup` counts (for the limits' statistics)."""

    tags: int
    max_attributes: int


def scan_markup(html: str) -> MarkupScan:
    """Count tag starts and the most attribute-like tokens in one tag
    (a Python loop over tags: for measuring pages, not for every call)."""
    most = 0
    for match in _TAG.finditer(html):
        if match.lastgroup == "tag":
            most = max(most, len(_ONE_ATTRIBUTE.findall(match.group())))
    return MarkupScan(sum(1 for _ in _TAG_START.finditer(html)), most)


def check_markup(html: str) -> None:
    """Raise :class:`MarkupTooComplexError` if the unparsed page has a tag
    with more than :data:`MAX_ATTRIBUTES` attributes or more than
    :data:`MAX_TAGS` tags.  Linear in ``len(html)``."""
    if html.count("<") > MAX_TAGS:  # cheap test first: most pages have far fewer
        tags = sum(1 for _ in _TAG_START.finditer(html))
        if tags > MAX_TAGS:
            raise MarkupTooComplexError(
                f"the HTML has {tags:,} tags; no article page has more than {MAX_TAGS:,} "
                f"(real pages have at most tens of thousands), and processing it would take "
                f"far longer than its size suggests. Refused before parsing"
            )
    if _LONG_TAG.search(html) is None:
        return
    many = next((m for m in _MANY_ATTRIBUTES.finditer(html) if m.lastgroup == "tag"), None)
    if many is not None:
        name = many.group()[1:].split(None, 1)[0][:40]
        raise MarkupTooComplexError(
            f"a <{name}> tag at character {many.start():,} has more than {MAX_ATTRIBUTES:,} "
            f"attributes; no article page has such a tag, and parsing it takes time that grows "
            f"with the square of that number. Refused before parsing"
        )


def check_tree(root: HtmlElement) -> None:
    """Raise :class:`MarkupTooComplexError` if an element of the parsed page
    has more than :data:`MAX_CHILDREN` children or lies deeper than
    :data:`MAX_DEPTH` levels.  One pass over the elements."""
    stack: list[tuple[HtmlElement, int]] = [(root, 1)]
    while stack:
        el, depth = stack.pop()
        children = len(el)
        if not children:
            continue
        if children > MAX_CHILDREN:
            raise MarkupTooComplexError(
                f"a <{el.tag}> element has {children:,} children; no article page has more than "
                f"{MAX_CHILDREN:,} under one element, and extraction time grows faster than their number"
            )
        if depth >= MAX_DEPTH:
            raise MarkupTooComplexError(
                f"the HTML nests elements more than {MAX_DEPTH} levels deep; no article page does, "
                f"and extraction time grows with the depth at every element"
            )
        stack.extend((child, depth + 1) for child in el)
