"""HTML -> blocks + page metadata, from one parse of the page.

1. The page is parsed once (lxml, through trafilatura's loader) and every
   element is numbered with an attribute, so the blocks trafilatura returns
   can be traced back to the elements they came from.
2. Metadata (:mod:`articlenorm.metadata`) and photo captions
   (:mod:`.figures`) are read from that tree.
3. trafilatura finds the main content (:mod:`.extract`) and returns it as
   XML in which headings, paragraphs, list items, quotes and table rows keep
   their roles; each becomes one block (:mod:`.xmlblocks`).
4. Each block gets the HTML signals of where it sat (:mod:`.hints`): the
   class/id words of its small containers, link density, and the ``roles``
   it may fill when it repeats the page's headline or one of its captions.  The
   same cleaner pipeline as for plain text then judges the blocks, plus the
   HTML-only cleaner that reads those signals.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .. import decide
from ..errors import ExtractionError
from ..metadata import PageMeta, read_page_meta
from ..metadata.scan import PageScan, scan_page
from ..metadata.title import headline_above
from ..model import Block, BlockKind, Role
from ..provenance import Candidate, Origin, Provenance, Strength
from ..textutil import norm
from .candidates import (
    CANDIDATE,
    EXTRA,
    IN_RECALL,
    RECOVERED,
    container_blocks,
    merge_candidates,
    outside_clutter,
)
from .extract import extract_body, extract_recall
from .figures import caption_keys, find_captions
from .guard import check_markup, check_tree
from .hints import OUTSIDE_MAIN, container_hints, main_container
from .recover import recover_blocks
from .xmlblocks import RawBlock, SourceIndex, xml_blocks

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["PageMeta", "parse_html", "segment_html"]

#: The attribute that numbers source elements (trafilatura keeps attributes
#: of the elements it reuses, so output blocks point back to their source).
MARK = "data-articlenorm"
#: The heading printed right above the article's first paragraph.
LAYOUT_HEADLINE = Provenance(Origin.LAYOUT, "heading-above-text", Strength.INFERRED)


def parse_html(html: str) -> HtmlElement:
    """Parse ``html`` into an lxml tree; ``ExtractionError`` if it is not HTML,
    ``MarkupTooComplexError`` if its markup is beyond any article's
    (:mod:`.guard`)."""
    from trafilatura import load_html

    check_markup(html)  # before the parser: markup that would make it super-linear
    try:
        tree = load_html(html)
    except (ValueError, TypeError, RecursionError) as exc:
        raise ExtractionError(f"the HTML could not be parsed ({exc})") from exc
    if tree is None:
        raise ExtractionError("the HTML could not be parsed (lxml built no tree from it)")
    check_tree(tree)  # before trafilatura and the scans walk it
    return tree


#: A hidden element holding more than this share of the body's text is the
#: page's content waiting for a script to show it (anti-flicker wrappers),
#: not hidden clutter: it stays.
MAX_HIDDEN_SHARE = 0.5


def _prune_hidden(scan: PageScan) -> None:
    """Remove elements the page hides (``hidden``, ``display:none``,
    ``visibility:hidden``): a reader never sees them (menus, modal dialogs,
    duplicated mobile layouts, tracking text).  Metadata has already been
    read from the scan, so hidden ``<time>`` or byline elements still count."""
    if not scan.hidden:
        return
    body = next((el for el in scan.elements[:3] if el.tag == "body"), None)
    total = len(body.text_content()) if body is not None else 0
    for el in scan.hidden:
        if el.tag in ("html", "body") or el.getparent() is None:
            continue
        if total and len(el.text_content()) > MAX_HIDDEN_SHARE * total:
            continue
        el.drop_tree()


#: How many leading blocks may hold the headline trafilatura kept.
HEADLINE_WINDOW = 3


def _with_headline(raws: list[RawBlock], title: str | None) -> list[RawBlock]:
    """Make sure the page headline is the first block.

    trafilatura often leaves the ``<h1>`` out of the main content; the page
    headline is then put back in front, as the headline line of a text
    article would be, so the cleaners see the article as it reads (and the
    text headline step does not take the first short paragraph instead).  A
    leading heading that contains the title or is contained in it already
    is the headline.
    """
    key = norm(title)
    if not key:
        return raws
    for raw in raws[:HEADLINE_WINDOW]:
        other = norm(raw.text)
        if other == key or (raw.kind is BlockKind.HEADING and other and (other in key or key in other)):
            return raws
    return [RawBlock(BlockKind.HEADING, title or "", 0.0, -1, None), *raws]


def _layout_headline(
    meta: PageMeta, scan: PageScan, raws: list[RawBlock], main: HtmlElement | None
) -> PageMeta:
    """Propose the heading printed right above the article's first paragraph
    as the headline, where the page's own title needs it
    (:func:`articlenorm.decide.needs_layout_headline`)."""
    if not decide.needs_layout_headline(meta.headline):
        return meta
    first = next((r.source for r in raws if r.source is not None and main in r.source.iterancestors()), None)
    if first is None:
        return meta
    sites = [meta.sitename] if meta.sitename else []
    found = headline_above(scan.elements, first, scan.marked_headlines, sites)
    if not found:
        return meta
    return dataclasses.replace(meta, layout_headline=Candidate(found, LAYOUT_HEADLINE))


def _with_candidates(
    raws: list[RawBlock],
    hints: list[frozenset[str]],
    extracted: set[int],
    tree: HtmlElement,
    index: SourceIndex,
    url: str | None,
    main: HtmlElement | None,
) -> tuple[list[RawBlock], list[frozenset[str]]]:
    """``raws`` and their hints with the recall extraction's candidate blocks
    merged in.  The blocks' own hints are those of the page without
    candidates; a candidate's are computed with the candidates counted at
    no size (they do not move the article container)."""
    body = extract_recall(tree, url)
    recall = xml_blocks(body, index) if body is not None else []
    recovered = {id(r) for r in raws if id(r) not in extracted and r.source is not None}
    own = iter(hints)
    merged, flags, in_recall = merge_candidates(raws, recall + container_blocks(main), MARK)
    sizes = [0 if cand else len(r.text) for r, cand in zip(merged, flags, strict=True)]
    wide = container_hints([r.source for r in merged], sizes)
    out: list[frozenset[str]] = []
    for raw, cand, held, hint in zip(merged, flags, in_recall, wide, strict=True):
        words = hint if cand else next(own)
        extra = {CANDIDATE, EXTRA} if cand else set()
        if OUTSIDE_MAIN in words and outside_clutter(raw.text, raw.link_density):
            # html-layout's outside-main rule would drop it: the scorer may
            # keep it (the rule leaves candidates to the scorer).
            extra.add(CANDIDATE)
        if held:
            extra.add(IN_RECALL)
        if id(raw) in recovered:
            extra.add(RECOVERED)
        out.append(words | extra)
    return merged, out


def segment_html(
    html: str, *, url: str | None = None, candidates: bool = False
) -> tuple[list[Block], PageMeta]:
    """Extract the main content of ``html`` as blocks, plus the page metadata.

    With ``candidates``, the text that trafilatura's recall setting keeps and
    the extraction does not is added as candidate blocks (:mod:`.candidates`),
    for the learned scorer to keep or drop; every block then also carries the
    :data:`~.candidates.IN_RECALL` and :data:`~.candidates.RECOVERED` hints.

    Raises ``ExtractionError`` when the page cannot be parsed or has no main
    content.
    """
    tree = parse_html(html)
    scan = scan_page(tree, MARK)
    meta = read_page_meta(scan, url)
    found = find_captions(scan.captions)
    _prune_hidden(scan)
    for el in scan.junk:  # scripts and styles: trafilatura drops them too, after copying them
        if el.getparent() is not None:
            el.drop_tree()
    body = extract_body(tree, url)
    index = SourceIndex(tree, scan.elements, MARK)
    raws = xml_blocks(body, index)
    main = main_container([r.source for r in raws], [len(r.text) for r in raws])
    extracted = {id(r) for r in raws}
    raws = recover_blocks(raws, main, MARK)
    meta = _layout_headline(meta, scan, raws, main)
    page_headline = decide.page_headline(meta)
    title = page_headline.value if page_headline else None
    if page_headline is not None and page_headline.strength > Strength.GUESS:
        raws = _with_headline(raws, title)
    hints = container_hints([r.source for r in raws], [len(r.text) for r in raws])
    if candidates:
        raws, hints = _with_candidates(raws, hints, extracted, tree, index, url, main)
    caption_elements = {el for el, _ in found}
    keys: set[str] = set()
    for _, caption in found:
        keys |= caption_keys(caption)
    headline = norm(title)
    blocks: list[Block] = []
    for i, (raw, hint) in enumerate(zip(raws, hints, strict=True)):
        key = norm(raw.text)
        roles: set[Role] = set()
        if (
            raw.source is not None
            and (
                raw.source in caption_elements
                or any(a in caption_elements for a in raw.source.iterancestors())
            )
            or key in keys
        ):
            roles.add(Role.CAPTION)
        near = (
            raw.kind is BlockKind.HEADING
            and i < HEADLINE_WINDOW
            and key
            and (key in headline or headline in key)
        )
        if headline and (key == headline or near):
            roles.add(Role.HEADLINE)
        blocks.append(
            Block(i, raw.text, raw.kind, None, None, raw.group, hint, raw.link_density, frozenset(roles))
        )
    meta = dataclasses.replace(meta, captions=tuple(c for _, c in found))
    return blocks, meta
