"""Putting back prose paragraphs the extractor skipped inside the main container."""

from __future__ import annotations

from articlenorm.metadata.scan import scan_page
from articlenorm.model import BlockKind
from articlenorm.segment.html import MARK, parse_html
from articlenorm.segment.recover import recover_blocks
from articlenorm.segment.xmlblocks import RawBlock

PROSE = "The council said the work had cost less than expected and the pool would open until September."


def _page() -> tuple[list[RawBlock], object]:
    tree = parse_html(
        "<html><body><div id='main'>"
        f"<p id='a'>{PROSE} One.</p><p id='b'>{PROSE} Two.</p>"
        "<div class='related-posts'><p>" + PROSE + " Related.</p></div>"
        f"<p id='c'>{PROSE} Three.</p><p>Short line</p>"
        "<p><a href='/x'>" + PROSE + " Link.</a></p>"
        "</div></body></html>"
    )
    scan_page(tree, MARK)
    a, c = tree.get_element_by_id("a"), tree.get_element_by_id("c")
    raws = [
        RawBlock(BlockKind.PARAGRAPH, f"{PROSE} One.", 0.0, 0, a),
        RawBlock(BlockKind.PARAGRAPH, f"{PROSE} Three.", 0.0, 0, c),
    ]
    return raws, tree.get_element_by_id("main")


def test_missing_prose_paragraph_is_put_back_in_order() -> None:
    raws, main = _page()
    out = recover_blocks(raws, main, MARK)  # type: ignore[arg-type]
    assert [r.text.rsplit(" ", 1)[-1] for r in out] == ["One.", "Two.", "Three."]


def test_nothing_without_a_main_container() -> None:
    raws, _ = _page()
    assert recover_blocks(raws, None, MARK) == raws
