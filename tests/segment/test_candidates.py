"""Candidate blocks: text a wider extraction keeps and ours lacks, for the scorer to judge."""

from __future__ import annotations

from typing import Any

import articlenorm
from articlenorm.cleaners import default_pipeline
from articlenorm.metadata.scan import scan_page
from articlenorm.model import BlockKind
from articlenorm.segment.candidates import CANDIDATE, IN_RECALL, container_blocks, merge_candidates
from articlenorm.segment.html import MARK, parse_html, segment_html
from articlenorm.segment.xmlblocks import RawBlock

PROSE = "The council said the work had cost less than expected and the pool would open until September."


def _page() -> Any:
    tree = parse_html(
        "<html><body><div id='wrap'><div id='main'>"
        f"<p id='a'>{PROSE} One.</p><p id='b'>{PROSE} Two.</p>"
        f"<div><p id='c'>{PROSE} Three.</p><ul><li id='d'>Four: a list item</li></ul></div>"
        "</div><p id='e'>Share this story</p></div></body></html>"
    )
    scan_page(tree, MARK)
    return tree


def _raw(tree: Any, key: str, text: str, kind: BlockKind = BlockKind.PARAGRAPH) -> RawBlock:
    return RawBlock(kind, text, 0.0, 0, tree.get_element_by_id(key))


def test_missing_text_becomes_candidates_in_document_order() -> None:
    tree = _page()
    raws = [_raw(tree, "a", f"{PROSE} One."), _raw(tree, "c", f"{PROSE} Three.")]
    recall = [_raw(tree, "a", f"{PROSE} One."), _raw(tree, "b", f"{PROSE} Two.")]
    recall.append(_raw(tree, "e", "Share this story"))
    out, flags, in_recall = merge_candidates(raws, recall, MARK)
    assert [r.text.rsplit(" ", 1)[-1] for r in out] == ["One.", "Two.", "Three.", "story"]
    assert flags == [False, True, False, True]
    # The recall extraction holds "One." too; it does not hold "Three.".
    assert in_recall == [True, True, False, True]
    # Candidates get paragraph groups of their own.
    assert out[1].group > max(r.group for r in raws)


def test_text_already_extracted_or_overlapping_a_source_is_no_candidate() -> None:
    tree = _page()
    raws = [_raw(tree, "a", f"{PROSE} One.")]
    inner = tree.get_element_by_id("a")
    recall = [
        RawBlock(BlockKind.PARAGRAPH, "the work had cost less", 0.0, 0, None),  # part of "One."
        RawBlock(BlockKind.PARAGRAPH, "Different words", 0.0, 0, inner.getparent()),  # holds a source
        RawBlock(BlockKind.PARAGRAPH, f"{PROSE} Two.", 0.0, 0, tree.get_element_by_id("b")),
        RawBlock(BlockKind.PARAGRAPH, f"{PROSE}  two!", 0.0, 0, tree.get_element_by_id("c")),  # same letters
    ]
    out, flags, _ = merge_candidates(raws, recall, MARK)
    assert [r.text for r, f in zip(out, flags, strict=True) if f] == [f"{PROSE} Two."]
    assert merge_candidates(raws, [], MARK) == (raws, [False], [False])


def test_container_blocks_read_the_text_elements_around_the_article() -> None:
    tree = _page()
    blocks = container_blocks(tree.get_element_by_id("main"))
    # The main container's parent is read, so the share line beside it counts too.
    assert [b.text.rsplit(" ", 1)[-1] for b in blocks] == ["One.", "Two.", "Three.", "item", "story"]
    assert blocks[3].kind is BlockKind.LIST_ITEM
    assert container_blocks(None) == []


def test_segmentation_marks_candidates_only_when_asked() -> None:
    html = (
        "<html><head><title>Harbour wall to be rebuilt</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Harbour wall to be rebuilt</h1>"
        + "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(6))
        + "<div class='aside-box'><p>Other text beside the story, not in it.</p></div>"
        "</article><footer><p>Copyright 2024 The Daily Example</p></footer></body></html>"
    )
    plain, _ = segment_html(html)
    assert not any(CANDIDATE in b.hints or IN_RECALL in b.hints for b in plain)
    wide, _ = segment_html(html, candidates=True)
    own = [b for b in wide if CANDIDATE not in b.hints]
    # The blocks of the extraction are the same, with the same indexes order.
    assert [b.text for b in own] == [b.text for b in plain]
    assert [b.index for b in wide] == list(range(len(wide)))
    texts = {b.text for b in wide if CANDIDATE in b.hints}
    assert not texts & {b.text for b in plain}


class _Judge:
    """A step that asks for candidates, as the scorer does, and drops them all."""

    name = "judge"
    family = "judge"
    judges_candidates = True

    def __call__(self, doc: Any) -> Any:
        from articlenorm.model import Verdict

        return (Verdict.drop(b, "candidate", "test") for b in doc.blocks if CANDIDATE in b.hints)


def test_normalize_asks_for_candidates_only_for_a_step_that_judges_them() -> None:
    html = (
        "<html><body><div id='main'>"
        + "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(6))
        + "<div class='sidebar'><p>The harbour master gave a talk about the wall last year.</p></div>"
        "<div class='share'><p>Share this story by email</p></div></div></body></html>"
    )
    plain = articlenorm.normalize(html, format="html", explain=True)
    judged = articlenorm.normalize(
        html, format="html", pipeline=[*default_pipeline(), _Judge()], explain=True
    )
    # Every candidate is accounted for by one removal record (the rules
    # take the share box, the judging step the rest); the body is unchanged.
    assert judged.body == plain.body
    blocks, _ = segment_html(html, candidates=True)
    candidates = sorted(b.text for b in blocks if CANDIDATE in b.hints)
    assert len(candidates) == 2
    assert sorted(r.text for r in judged.removed if r.text in candidates) == candidates
    master = [(r.cleaner, r.rule) for r in judged.removed if "harbour master" in r.text]
    assert master == [("judge", "candidate")]
    assert not any(r.cleaner == "judge" for r in plain.removed)


def test_outside_blocks_the_layout_rule_would_drop_are_left_to_the_scorer() -> None:
    from articlenorm import Config
    from articlenorm.cleaners import HtmlLayout
    from articlenorm.model import Block
    from articlenorm.pipeline import Doc
    from articlenorm.segment.candidates import outside_clutter

    # Mostly links, or not prose: what html-layout's outside-main rule drops.
    assert outside_clutter("Home News Sport", 0.0)
    assert outside_clutter(f"{PROSE} Linked.", 0.8)
    assert not outside_clutter(f"{PROSE} Plain.", 0.1)
    blocks = (
        Block(0, "Home News Sport", hints=frozenset({"x:outside-main"})),
        Block(1, "More News Sport", hints=frozenset({"x:outside-main", CANDIDATE})),
    )
    doc = Doc(blocks, size=2, fields={}, config=Config(), language="en", source_format="html")
    # The rule drops the plain block and leaves the candidate to the scorer.
    assert [(v.block, v.rule) for v in HtmlLayout()(doc)] == [(0, "outside-main")]
