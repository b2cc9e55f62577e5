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

from lxml import etree

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["LABEL_ONLY", "LABEL_OPENING", "PageScan", "line_key", "page_lines", "scan_page"]

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
#: Byline labels that open a credit ("By", "Posted by", "Ein Artikel von",
#: "Publié par"): the common blog and newsroom captions of the rule
#: languages, kept here as one regex because the scan runs on every element.
_OPENING_LABELS = (
    r"(?:(?:posted|written|words|story|text|article|reporting)\s+by|by"
    r"|(?:ein\s+)?(?:beitrag|artikel)\s+von|text\s+von|geschrieben\s+von|verfasst\s+von"
    r"|eingestellt\s+von|erstellt\s+von|veröffentlicht\s+von|von"
    r"|(?:publié|écrit|rédigé)\s+par|par|(?:escrito|publicado)\s+por|por|(?:scritto|pubblicato)\s+da|di|door)"
)
#: Text that opens with a byline label and goes on ("von Jana
#: Brandtner", "Posted by Jonas", "---- by Jane Roe", "Von: Jane Roe",
#: "Autor Jane Roe").
LABEL_OPENING = re.compile(
    rf"^[\s\-–—|·•]*(?:{_OPENING_LABELS}\s*:?\s+\S"
    # "Autor Jane Roe", "Autoren: Jane Roe und ...": a name, capitalised, follows.
    r"|(?:autor(?:in|en)?|authors?|auteure?s?|autore)\s*:?\s+(?-i:[A-ZÀ-ÖØ-Þ]))",
    re.I,
)
#: A label element whose own text is only a byline label ("Autor:", "Text:",
#: "By"; the name follows it), or text that opens with a byline label.
_LABELLED = re.compile(
    rf"^[\s\-–—|·•]*(?:{_OPENING_LABELS}|autor(?:in)?|author|auteure?|autore|text|texte)\s*:?\s*$"
    rf"|{LABEL_OPENING.pattern}"
    # A date (and time) before the label: "06.11.2023 13:30 von Jane Roe",
    # "2023-11-06 | By Jane Roe".
    r"|^\s*\d{1,4}[./-]\d{1,2}[./-]?\d{0,4}[\s,|·•\-–—]*(?:\d{1,2}[:.]\d{2}\s*(?:uhr|h|am|pm)?[\s,|·•\-–—]*)?"
    rf"{_OPENING_LABELS}\s*:?\s+\S",
    re.I,
)
#: The same label alone (its name is in the next element).
LABEL_ONLY = re.compile(
    rf"^[\s\-–—|·•]*(?:{_OPENING_LABELS}|autor(?:in)?|author|auteure?|autore|text|texte)\s*:?\s*$", re.I
)
#: Elements a body block can come from (numbered so trafilatura's copy of
#: them points back); other elements are found by their text if needed.
NUMBERED = frozenset(
    {"p", "div", "li", "td", "th", "tr", "dd", "dt", "blockquote", "pre", "section", "article", "main"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "figure", "figcaption", "span", "font"}
)
_HEAD_TAGS = frozenset({"meta", "link", "script", "title", "style"})
_NOT_LINES = frozenset({"a", "script", "style", "noscript", "template", "title", "option", "head"})
_NOTHING: frozenset[str] = frozenset()
#: The attributes whose values hold mark words, in the order they are read.
_MARK_ATTRS = ("class", "id", "data-testid", "data-component")
#: Every attribute the scan reads.
_WANTED = frozenset({*_MARK_ATTRS, "style", "hidden", "itemprop", "rel"})
#: Own texts longer than this are paragraphs, not headline lines.
MAX_LINE_CHARS = 300
#: Text this long is a sentence, not a byline label with a name.
MAX_LABEL_TEXT = 60
_TEXT_TAGS = frozenset(
    {"strong", "b", "em", "span", "h4", "h5", "h6", "dt", "label", "td", "th"}
    | {"p", "div", "li", "small", "address"}
    # A custom <byline> element some news systems print.
    | {"byline"}
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
#: What the scan does with an element, by tag (no entry: attributes only).
_BY_TAG: dict[str, str] = {
    **{t: "head" for t in _HEAD_TAGS},
    **{t: "skip" for t in _SKIP if t not in _HEAD_TAGS},
    **{t: "text" for t in _TEXT_TAGS},
    "h1": "h1",
    "h2": "minor",
    "h3": "minor",
    "time": "time",
    "figcaption": "figcaption",
}


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
    lines: dict[str, HtmlElement] | None = None


def scan_page(tree: HtmlElement, mark: str | None = None) -> PageScan:
    """Collect the page's interesting elements; number the elements that can
    be the source of a body block (``NUMBERED``) with the attribute ``mark``
    when one is given."""
    # All elements in document order (one C-level walk), then one Python
    # loop over them that numbers and sorts.
    elements = list(tree.iter(etree.Element))
    scan = PageScan(elements)
    minor = {"h2": 0, "h3": 0}
    by_tag = _BY_TAG
    wanted = _WANTED.intersection
    found_by_marks: dict[str, frozenset[str]] = {}
    for number, el in enumerate(elements):
        tag = el.tag
        if mark is not None and tag in NUMBERED:
            el.set(mark, str(number))
        action = by_tag.get(tag)
        if action is not None:
            if action == "head":
                _head_element(scan, el, tag)
                continue
            if action == "skip":
                continue
            if action == "h1":
                scan.h1.append(el)
            elif action == "minor":
                if minor[tag] < MAX_MINOR_HEADINGS:
                    minor[tag] += 1
                    scan.minor_headings.append(el)
            elif action == "time":
                scan.times.append(el)
            elif action == "figcaption":
                scan.captions.append(el)
            elif action == "text":
                text = el.text
                # (A padded text is measured without its indentation.)
                if (
                    text
                    and (len(text) < MAX_LABEL_TEXT or len(text.strip()) < MAX_LABEL_TEXT)
                    and _LABELLED.match(text)
                ):
                    scan.bylines.append(el)
                    continue
        # The attribute names alone (no values) tell which of the few
        # attributes the marks read are there: most elements have none.
        names = wanted(el.keys())
        if names:
            _attribute_marks(scan, el, tag, names, found_by_marks)
    return scan


def page_lines(scan: PageScan) -> dict[str, HtmlElement]:
    """Normalized own text of the page's body elements (not links), first
    element for each: built on first use (only titles need it)."""
    if scan.lines is None:
        lines: dict[str, HtmlElement] = {}
        for el in scan.elements:
            text = el.text
            if text and len(text) <= MAX_LINE_CHARS and el.tag not in _NOT_LINES:
                key = _line_key(text)
                if key and key not in lines:
                    lines[key] = el
        scan.lines = lines
    return scan.lines


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


def _attribute_marks(
    scan: PageScan, el: HtmlElement, tag: str, names: frozenset[str], cache: dict[str, frozenset[str]]
) -> None:
    """Sort ``el`` by the attributes ``names`` it has (of ``_WANTED``);
    ``cache`` holds the mark words found in each class/id text seen so far."""
    get = el.get
    style = get("style") if "style" in names else None
    if style is not None and _HIDDEN_STYLE.search(style) or "hidden" in names:
        scan.hidden.append(el)
    found = _NOTHING
    if not names.isdisjoint(_MARK_ATTRS):
        marks = " ".join(v for v in (get(a) for a in _MARK_ATTRS if a in names) if v)
        if marks:
            cached = cache.get(marks)
            if cached is None:
                cached = cache[marks] = frozenset(_MARKS.findall(marks.casefold()))
            found = cached
    itemprop = get("itemprop") if "itemprop" in names else None
    if itemprop is not None:
        if itemprop == "headline":
            scan.marked_headlines.append(el)
        if "author" in itemprop:
            scan.bylines.append(el)
            found = found - _BYLINE_WORDS
    by_rel = "rel" in names and get("rel") == "author"
    if not found:
        if by_rel:
            scan.bylines.append(el)
        return
    if found & _HEADLINE_WORDS and itemprop != "headline":
        scan.marked_headlines.append(el)
    if found & _BYLINE_WORDS or by_rel:
        scan.bylines.append(el)
    if tag != "figcaption" and found & _CAPTION_WORDS:
        scan.captions.append(el)
