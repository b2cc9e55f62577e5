"""One pass over the parsed page that numbers its elements and collects the
ones the metadata readers and the caption finder look at.

Walking the tree once in Python and sorting elements into lists is cheaper
than one XPath query per field (each XPath walks the whole tree again, and
case-insensitive class tests in XPath 1.0 are slow).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["PageScan", "scan_page"]

#: Only the first few h2/h3 can be the headline (later ones are subheadings).
MAX_MINOR_HEADINGS = 5
_HEADLINE_MARK = re.compile(
    r"headline|entry-title|post-title|article-title|story-title|articletitle|storytitle|news-title", re.I
)
_BYLINE_MARK = re.compile(r"byline|author|contributor", re.I)
#: A label element whose own text is only a byline label ("Autor:", "Text:",
#: "By"); the name follows it.  German/English labels of the dev sets.
_BYLINE_LABEL = re.compile(r"^\s*(?:by|von|autor(?:in)?|author|text|written by|posted by)\s*:?\s*$", re.I)
#: Text this long is a sentence, not a byline label with a name.
MAX_LABEL_TEXT = 60
#: Text that opens with a byline label and goes on ("von Alexander Rosenkranz").
_TEXT_LABEL = re.compile(r"^\s*(?:by|von|par|door|por|di)\s+\S", re.I)
_TEXT_TAGS = frozenset(
    {
        "strong",
        "b",
        "em",
        "span",
        "h4",
        "h5",
        "h6",
        "dt",
        "label",
        "td",
        "th",
        "p",
        "div",
        "li",
        "small",
        "address",
    }
)
_CAPTION_MARK = re.compile(r"caption|bildunterschrift", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})


@dataclass(slots=True)
class PageScan:
    """Elements of one page, numbered in document order, sorted by use."""

    elements: list[HtmlElement] = field(default_factory=list)
    metas: list[HtmlElement] = field(default_factory=list)
    links: list[HtmlElement] = field(default_factory=list)
    scripts: list[HtmlElement] = field(default_factory=list)  # ld+json only
    title: HtmlElement | None = None
    h1: list[HtmlElement] = field(default_factory=list)
    minor_headings: list[HtmlElement] = field(default_factory=list)  # first h2s, h3s
    marked_headlines: list[HtmlElement] = field(default_factory=list)
    times: list[HtmlElement] = field(default_factory=list)
    bylines: list[HtmlElement] = field(default_factory=list)
    captions: list[HtmlElement] = field(default_factory=list)  # figcaption + caption classes
    hidden: list[HtmlElement] = field(default_factory=list)  # hidden by attribute or inline style


def scan_page(tree: HtmlElement, mark: str | None = None) -> PageScan:
    """Collect the page's interesting elements; number every element with
    the attribute ``mark`` when one is given."""
    scan = PageScan()
    minor = {"h2": 0, "h3": 0}
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if mark is not None:
            el.set(mark, str(len(scan.elements)))
        scan.elements.append(el)
        if tag == "meta":
            scan.metas.append(el)
            continue
        if tag == "link":
            scan.links.append(el)
            continue
        if tag == "script":
            if "ld+json" in (el.get("type") or "").casefold():
                scan.scripts.append(el)
            continue
        if tag == "title":
            if scan.title is None:
                scan.title = el
            continue
        if tag in _SKIP:
            continue
        style = el.get("style")
        if el.get("hidden") is not None or (style and _HIDDEN_STYLE.search(style)):
            scan.hidden.append(el)
        if tag == "h1":
            scan.h1.append(el)
        elif tag in minor and minor[tag] < MAX_MINOR_HEADINGS:
            minor[tag] += 1
            scan.minor_headings.append(el)
        elif tag == "time":
            scan.times.append(el)
        elif tag == "figcaption":
            scan.captions.append(el)
        itemprop = el.get("itemprop")
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if itemprop == "headline" or (marks != " " and _HEADLINE_MARK.search(marks)):
            scan.marked_headlines.append(el)
        testid = el.get("data-testid") or el.get("data-component") or ""
        marked_author = (
            el.get("rel") == "author"
            or (itemprop is not None and "author" in itemprop)
            or _BYLINE_MARK.search(marks) is not None
            or (testid != "" and _BYLINE_MARK.search(testid) is not None)
        )
        labelled = (
            el.text is not None
            and len(el.text) < MAX_LABEL_TEXT
            and tag in _TEXT_TAGS
            and (_BYLINE_LABEL.match(el.text) is not None or _TEXT_LABEL.match(el.text) is not None)
        )
        if marked_author or labelled:
            scan.bylines.append(el)
        if tag != "figcaption" and marks != " " and _CAPTION_MARK.search(marks):
            scan.captions.append(el)
    return scan
