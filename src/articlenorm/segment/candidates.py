"""Candidate blocks: page text a wider extraction keeps and ours does not.

trafilatura's default extraction (plus the paragraphs :mod:`.recover` puts
back) is the body the rule families judge.  Its misses are paragraphs that
never become blocks, which no keep/drop judgement can bring back.  When the
learned scorer runs (docs/scorer.md), the page is also extracted with
trafilatura's ``favor_recall`` setting, and each block of that extraction
whose text ours lacks becomes a *candidate*: a block marked with the hint
:data:`CANDIDATE`, placed in document order.  The scorer keeps a candidate
only when its story-text probability clears the model's candidate
threshold, and drops it with a removal record otherwise, so the kept and
removed blocks still account for the extracted text exactly once.

The blocks outside the article container that html-layout's
``outside-main`` rule would drop (:func:`outside_clutter`) are candidates
too: that rule leaves candidates to the scorer.  Every block also says
whether the recall extraction holds its text (:data:`IN_RECALL`) and
whether :mod:`.recover` put it back (:data:`RECOVERED`): the scorer reads
both as features.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import BlockKind
from ..textutil import is_prose
from .xmlblocks import RawBlock, in_document_order, linked_chars, mark_position, squeeze

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "CANDIDATE",
    "EXTRA",
    "IN_RECALL",
    "RECOVERED",
    "container_blocks",
    "merge_candidates",
    "outside_clutter",
]

#: The hint of a candidate block (not in the default extraction).
CANDIDATE = "x:candidate"
#: The hint of a candidate the default extraction did not return (the others
#: are its blocks outside the article container, see ``segment_html``).
EXTRA = "x:extra"
#: The hint of a block whose text the recall extraction also holds.
IN_RECALL = "x:recall"
#: The hint of a block :mod:`.recover` put back.
RECOVERED = "x:recovered"

#: html-layout's ``outside-main`` rule (cleaners/html_hints.py) drops a block
#: outside the article container when at least this share of it is links
#: (on the l3s-gn1 tune split, out-of-main blocks at >= 0.5 are 1% article
#: text) or when it is not prose.
OUTSIDE_LINK_DENSITY = 0.5

#: The page elements :func:`container_blocks` reads, and their block kinds.
_KINDS = {
    "p": BlockKind.PARAGRAPH,
    "li": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE,
    "pre": BlockKind.CODE,
    **{f"h{i}": BlockKind.HEADING for i in range(1, 7)},
}


def outside_clutter(text: str, link_density: float) -> bool:
    """Whether a block outside the article container is page furniture by
    html-layout's ``outside-main`` rule: mostly links, or not prose.  Under
    the scorer such a block is a candidate instead."""
    return link_density >= OUTSIDE_LINK_DENSITY or not is_prose(text)


def _overlaps(src: HtmlElement | None, sources: set[HtmlElement]) -> bool:
    """``src`` is, holds or sits inside one of ``sources``."""
    if src is None:
        return False
    if src in sources or any(a in sources for a in src.iterancestors()):
        return True
    return any(d in sources for d in src.iterdescendants())


def container_blocks(main: HtmlElement | None) -> list[RawBlock]:
    """The text elements (paragraphs, list items, quotes, headings) around
    the article: inside the main container's parent (the main container
    itself when that parent is the page body), innermost first."""
    if main is None:
        return []
    parent = main.getparent()
    scope = main if parent is None or parent.tag in ("body", "html") else parent
    out: list[RawBlock] = []
    for el in scope.iter(*_KINDS):
        if any(d.tag in _KINDS for d in el.iterdescendants()):
            continue  # a wrapper: its inner elements are the blocks
        text = " ".join(el.text_content().split())
        if not text:
            continue
        linked = linked_chars(el)
        out.append(RawBlock(_KINDS[el.tag], text, min(1.0, linked / len(text)), 0, el))
    return out


def merge_candidates(
    raws: list[RawBlock], recall: list[RawBlock], mark: str
) -> tuple[list[RawBlock], list[bool], list[bool]]:
    """``raws`` with the candidate blocks of ``recall`` (the recall
    extraction's blocks, then :func:`container_blocks`) put in document
    order; for each block of the result, whether it is a candidate and
    whether the recall extraction holds its text.

    A block of ``recall`` is a candidate when its text (letters and digits)
    is not part of the text of ``raws`` nor of an earlier candidate, and its
    source element is not one of the blocks' sources, nor inside or around
    one.  A candidate without a numbered source takes the place of the
    block before it.
    """
    sources = {r.source for r in raws if r.source is not None}
    extracted = "\n".join(squeeze(r.text) for r in raws)
    recalled = "\n".join(squeeze(r.text) for r in recall)
    group0 = max((r.group for r in raws), default=0) + 1
    found: list[tuple[int, RawBlock]] = []
    last = -1
    for raw in recall:
        pos = mark_position(raw.source, mark)
        last = pos if pos is not None else last
        key = squeeze(raw.text)
        if not key or key in extracted or _overlaps(raw.source, sources):
            continue
        extracted += "\n" + key
        found.append((last, RawBlock(raw.kind, raw.text, raw.link_density, group0 + raw.group, raw.source)))
    merged = list(in_document_order(raws, found, mark))  # recall order within one position
    out = [raw for raw, _ in merged]
    flags = [is_candidate for _, is_candidate in merged]
    in_recall = [squeeze(r.text) in recalled for r in out]
    return out, flags, in_recall
