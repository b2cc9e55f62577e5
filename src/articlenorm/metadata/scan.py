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

__all__ = ["PageScan", "line_key", "scan_page"]

#: Only the first few h2/h3 can be the headline (later ones are subheadings).
MAX_MINOR_HEADINGS = 5
_HEADLINE_WORDS = frozenset(
    {"headline", "entry-title", "post-title", "article-title", "story-title", "articletitle", "storytitle"}
    | {"news-title"}
)
_BYLINE_WORDS = frozenset({"byline", "author", "contributor"})
_CAPTION_WORDS = frozenset({"caption", "bildunterschrift"})
#: One scan of an element's class/id/test-id text for every mark word.
_MARKS = re.compile(
    "|".join(
        sorted(
            (re.escape(w) for w in _HEADLINE_WORDS | _BYLINE_WORDS | _CAPTION_WORDS), key=len, reverse=True
        )
    )
)
#: A label element whose own text is only a byline label ("Autor:", "Text:",
#: "By"; the name follows it), or text that opens with a byline label and
#: goes on ("von Alexander Rosenkranz").  German/English labels of the dev sets.
_LABELLED = re.compile(
    r"^\s*(?:(?:by|von|autor(?:in)?|author|text|written by|posted by)\s*:?\s*$"
    r"|(?:by|von|par|door|por|di)\s+\S)",
    re.I,
)
#: Elements a body block can come from (numbered so trafilatura's copy of
#: them points back); other elements are found by their text if needed.
NUMBERED = frozenset(
    {"p", "div", "li", "td", "th", "tr", "dd", "dt", "blockquote", "pre", "section", "article", "main"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "figure", "figcaption", "span", "font"}
)
_HEAD_TAGS = frozenset({"meta", "link", "script", "title", "style"})
#: Own texts longer than this are paragraphs, not headline lines.
MAX_LINE_CHARS = 300
#: Text this long is a sentence, not a byline label with a name.
MAX_LABEL_TEXT = 60
_TEXT_TAGS = frozenset(
    {"strong", "b", "em", "span", "h4", "h5", "h6", "dt", "label", "td", "th"}
    | {"p", "div", "li", "small", "address"}
)
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
    junk: list[HtmlElement] = field(default_factory=list)  # scripts (not JSON-LD) and styles
    #: Normalized own text of body elements (not links) -> the first such
    #: element, for titles that must be shown on the page as a whole line.
    lines: dict[str, HtmlElement] = field(default_factory=dict)


def scan_page(tree: HtmlElement, mark: str | None = None) -> PageScan:
    """Collect the page's interesting elements; number the elements that can
    be the source of a body block (``NUMBERED``) with the attribute ``mark``
    when one is given."""
    scan = PageScan()
    minor = {"h2": 0, "h3": 0}
    elements = scan.elements
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if mark is not None and tag in NUMBERED:
            el.set(mark, str(len(elements)))
        elements.append(el)
        if tag in _HEAD_TAGS:
            _head_element(scan, el, tag)
            continue
        if tag in _SKIP:
            continue
        if tag == "h1":
            scan.h1.append(el)
        elif tag in minor:
            if minor[tag] < MAX_MINOR_HEADINGS:
                minor[tag] += 1
                scan.minor_headings.append(el)
        elif tag == "time":
            scan.times.append(el)
        elif tag == "figcaption":
            scan.captions.append(el)
        text = el.text
        if text and tag != "a" and len(text) <= MAX_LINE_CHARS:
            key = _line_key(text)
            if key and key not in scan.lines:
                scan.lines[key] = el
        if tag in _TEXT_TAGS and text and len(text) < MAX_LABEL_TEXT and _LABELLED.match(text):
            scan.bylines.append(el)
            continue
        attrib = el.attrib
        if not attrib:
            continue
        _attribute_marks(scan, el, tag, attrib)
    return scan


def _line_key(text: str) -> str:
    return " ".join(text.split()).casefold().strip(" .:|-–—")


def line_key(text: str) -> str:
    """The key of a text in :attr:`PageScan.lines`."""
    return _line_key(text)


def _head_element(scan: PageScan, el: HtmlElement, tag: str) -> None:
    if tag == "meta":
        scan.metas.append(el)
    elif tag == "link":
        scan.links.append(el)
    elif tag == "script":
        if "ld+json" in (el.get("type") or "").casefold():
            scan.scripts.append(el)
        else:
            scan.junk.append(el)
    elif tag == "title":
        if scan.title is None:
            scan.title = el
    else:  # style
        scan.junk.append(el)


def _attribute_marks(scan: PageScan, el: HtmlElement, tag: str, attrib: object) -> None:
    get = el.get
    style = get("style")
    if get("hidden") is not None or (style and _HIDDEN_STYLE.search(style)):
        scan.hidden.append(el)
    itemprop = get("itemprop")
    marks = f"{get('class') or ''} {get('id') or ''} {get('data-testid') or ''} {get('data-component') or ''}"
    found = set(_MARKS.findall(marks.casefold())) if len(marks) > 3 else set()
    if itemprop == "headline" or any(m in _HEADLINE_WORDS for m in found):
        scan.marked_headlines.append(el)
    if get("rel") == "author" or (itemprop and "author" in itemprop) or found & _BYLINE_WORDS:
        scan.bylines.append(el)
    if tag != "figcaption" and found & _CAPTION_WORDS:
        scan.captions.append(el)
