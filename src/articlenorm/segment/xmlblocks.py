"""trafilatura's XML body -> raw blocks, each traced to its source element.

Each XML element with a block role (``head``, ``p``, ``item``, ``quote``,
``code``, ``row``) becomes one block; containers (``list``, ``table``,
``div`` ...) are walked into, and each container starts a new ``group`` so
the list items of one list stay together.  Link density is the share of the
block's characters inside ``<a>`` elements of its source element.

The source element is found through the number trafilatura copied from the
page (when it reused the element) or else by the block's text: an index of
the page's block elements by their letters and digits, built only when first
needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import BlockKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.etree import _Element
    from lxml.html import HtmlElement

__all__ = [
    "RawBlock",
    "SourceIndex",
    "in_document_order",
    "linked_chars",
    "mark_position",
    "squeeze",
    "xml_blocks",
]

_KINDS = {
    "head": BlockKind.HEADING,
    "p": BlockKind.PARAGRAPH,
    "item": BlockKind.LIST_ITEM,
    "quote": BlockKind.QUOTE,
    "code": BlockKind.CODE,
    "row": BlockKind.TABLE,
}
_CONTAINERS = {"list", "table", "div", "body", "main", "quote", "cell", "row"}
_INLINE = {"hi", "ref", "del", "span", "sub", "sup"}
#: Elements inside a table cell that make its row page layout, not data.
_LAYOUT_TAGS = frozenset({"p", "head", "list", "table", "quote", "code", "lb"})
#: A row this long (in words) is layout even with plain cells: data rows
#: hold a few words per cell.
LAYOUT_ROW_WORDS = 60
#: Line-break joining, as the text segmenter does it (segment/text.py): a
#: line this long that stops mid-sentence is wrapped into the next one.
WRAP_MIN_CHARS = 30
_NO_WRAP_END = '.!?:;…"”’»)]|'

_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[\W_]+")
#: Page elements whose text can be a block's text (looked up by text when
#: trafilatura built a new element for the block).
_BLOCK_TAGS = (
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "dd", "dt", "blockquote",
    "pre", "div", "span", "font", "section", "article", "b", "strong", "em", "a", "center", "figcaption",
)  # fmt: skip
#: Children that make an element a wrapper of blocks, not a block.
_WRAPPER_CHILDREN = frozenset(
    {"p", "div", "table", "ul", "ol", "dl", "section", "article", "blockquote", "pre", "h1", "h2", "h3"}
    | {"h4", "h5", "h6", "li", "tr", "tbody", "form", "header", "footer", "aside", "nav", "main", "figure"}
)
#: Texts longer than this are containers, never one block's source.
MAX_INDEXED_CHARS = 5000


@dataclass(frozen=True, slots=True)
class RawBlock:
    kind: BlockKind
    text: str
    link_density: float
    group: int
    source: HtmlElement | None


def squeeze(text: str) -> str:
    """``text``'s letters and digits, case-folded: the key by which blocks of
    different extractions (and the page's elements) are matched."""
    return _NOT_WORD.sub("", text).casefold()


def mark_position(el: HtmlElement | None, mark: str) -> int | None:
    """The document-order number segmentation gave ``el`` (its ``mark``
    attribute), or None for an element without one."""
    value = el.get(mark) if el is not None else None
    return int(value) if value is not None and value.isdigit() else None


def linked_chars(el: HtmlElement) -> int:
    """How many characters of ``el``'s text sit inside its links (spaces squeezed)."""
    return sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))


def in_document_order(
    raws: list[RawBlock], found: list[tuple[int, RawBlock]], mark: str
) -> Iterator[tuple[RawBlock, bool]]:
    """``raws`` with the blocks of ``found`` (``(position, block)`` pairs) put
    in: each before the first block whose source comes later in the page, in
    the order of ``found`` among equal positions, the rest at the end; every
    block with whether it came from ``found``."""
    pending = sorted(found, key=lambda x: x[0])  # stable
    for raw in raws:
        pos = mark_position(raw.source, mark)
        if pos is not None:
            while pending and pending[0][0] < pos:
                yield pending.pop(0)[1], True
        yield raw, False
    for _, raw in pending:
        yield raw, True


class SourceIndex:
    """Finds the page element an XML block came from."""

    def __init__(self, tree: HtmlElement, elements: list[HtmlElement], mark: str) -> None:
        self._tree = tree
        self._elements = elements
        self._mark = mark
        #: Squeezed text -> the first page element (in document order)
        #: with that text, filled only as far as the look-ups so far needed.
        self._by_text: dict[str, HtmlElement] = {}
        self._unread: Iterator[tuple[str, HtmlElement]] | None = None

    def _number(self, el: _Element) -> HtmlElement | None:
        value = el.get(self._mark)
        if value is not None and value.isdigit() and int(value) < len(self._elements):
            return self._elements[int(value)]
        return None

    def _texts(self) -> Iterator[tuple[str, HtmlElement]]:
        wrapper_children = _WRAPPER_CHILDREN
        for src in self._tree.iter(*_BLOCK_TAGS):
            # Only elements without block children can hold one block's
            # text; skipping wrappers also skips their (long) text.
            for child in src:
                if child.tag in wrapper_children:
                    break
            else:
                content = src.text_content()
                if len(content) <= MAX_INDEXED_CHARS:
                    yield squeeze(content), src

    def _by_squeezed(self, key: str) -> HtmlElement | None:
        """The first page element whose squeezed text is ``key``: the
        elements are read in document order and only until it is found
        (blocks come in page order, so the page's tail is often never read)."""
        found = self._by_text.get(key)
        if found is not None:
            return found
        if self._unread is None:
            self._unread = self._texts()
        by_text = self._by_text
        for text, src in self._unread:
            if text not in by_text:
                by_text[text] = src
                if text == key:
                    return src
        return None

    def find(self, el: _Element, text: str) -> HtmlElement | None:
        found = self._number(el)
        if found is not None:
            return found
        key = squeeze(text)
        if not key:
            return None
        found = self._by_squeezed(key)
        if found is None:
            # A numbered element inside the block (a <p> in a list item)
            # puts it in the right place on the page.
            for child in el.iterdescendants():
                found = self._number(child)
                if found is not None:
                    return found.getparent()
        return found


def _text(el: _Element, breaks: bool = False) -> str:
    """The text of ``el``; line breaks become ``\n`` with ``breaks``, else spaces."""
    parts: list[str] = []
    if el.text:
        parts.append(el.text)
    for child in el:
        if child.tag == "lb":
            parts.append("\n" if breaks else " ")
        else:
            parts.append(_text(child, breaks))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _link_density(source: HtmlElement | None, text: str) -> float:
    """Share of the block's characters inside links of its source element."""
    if source is None or not text:
        return 0.0
    linked = sum(len(_clean(a.text_content())) for a in source.iter("a"))
    return min(1.0, linked / len(text))


def _wraps_into(prev: str, nxt: str) -> bool:
    """A line broken mid-sentence (``<br>`` used for layout), as in the text
    segmenter: the line is long, does not end a sentence, the next one goes on
    in lower case."""
    return len(prev) >= WRAP_MIN_CHARS and prev[-1] not in _NO_WRAP_END and nxt[:1].islower()


def _lines(raw: str) -> list[tuple[str, bool]]:
    """``(line, starts_paragraph)`` of text with ``\n`` line breaks: lines
    broken mid-sentence are joined again, and a blank line (``<br><br>``)
    starts a new paragraph group."""
    out: list[tuple[str, bool]] = []
    blank = False
    for part in raw.split("\n"):
        line = _clean(part)
        if not line:
            blank = True
            continue
        if out and not blank and _wraps_into(out[-1][0], line):
            out[-1] = (f"{out[-1][0]} {line}", out[-1][1])
        else:
            out.append((line, blank and bool(out)))
        blank = False
    return out


def _is_layout_row(row: _Element) -> bool:
    """A table row used for page layout, not data: a cell holds paragraphs,
    headings, lists, tables or line-broken text, or the row is long."""
    for cell in row:
        for el in cell.iter():
            if el is not cell and el.tag in _LAYOUT_TAGS:
                return True
    return len(_text(row).split()) > LAYOUT_ROW_WORDS


class _Walker:
    def __init__(self, index: SourceIndex) -> None:
        self.index = index
        self.out: list[RawBlock] = []
        self.group = 0

    def emit(self, kind: BlockKind, raw: str, el: _Element, split: bool) -> None:
        text = _clean(raw)
        if not text:
            return
        source = self.index.find(el, text)
        density = _link_density(source, text)
        if not split or "\n" not in raw:
            self.out.append(RawBlock(kind, text, density, self.group, source))
            return
        for line, new_group in _lines(raw):
            if new_group:
                self.group += 1
            self.out.append(RawBlock(kind, line, density, self.group, source))

    def walk(self, el: _Element) -> None:
        """Walk a container: inline content between block children is
        gathered into paragraphs (split at line breaks), block children
        become blocks, containers are walked into as new groups."""
        loose: list[str] = [el.text or ""]

        def flush() -> None:
            raw = "".join(loose)
            loose.clear()
            if raw.strip():
                self.emit(BlockKind.PARAGRAPH, raw, el, split=True)

        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "lb":
                loose.append("\n")
            elif tag in _INLINE:
                loose.append(_text(child, breaks=True))
            elif tag == "graphic":
                pass  # images carry no body text; captions come from the page (figures.py)
            elif tag == "row" and not _is_layout_row(child):
                flush()
                cells = (_clean(_text(c)) for c in child if isinstance(c.tag, str))
                self.emit(BlockKind.TABLE, " | ".join(t for t in cells if t), child, split=False)
            elif (
                tag in _KINDS
                and tag != "row"
                and not (tag == "quote" and any(c.tag in _KINDS for c in child))
            ):
                flush()
                split = tag in ("p", "quote")
                self.emit(_KINDS[tag], _text(child, breaks=split), child, split=split)
            elif tag in _CONTAINERS or tag == "row" or len(child):
                flush()
                self.group += 1
                self.walk(child)
                self.group += 1
            else:
                loose.append(_text(child, breaks=True))
            loose.append(child.tail or "")
        flush()


def xml_blocks(body: _Element, index: SourceIndex) -> list[RawBlock]:
    """The blocks of trafilatura's XML ``body``, in order."""
    walker = _Walker(index)
    walker.walk(body)
    return walker.out
