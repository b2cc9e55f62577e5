"""The HTML-only cleaners judge blocks by their hints; text input is untouched."""

from __future__ import annotations

from articlenorm.cleaners import HtmlHints, HtmlLayout
from articlenorm.config import DEFAULT_CONFIG
from articlenorm.model import Action, Block, BlockKind, Role
from articlenorm.pipeline import run_pipeline

PROSE = "The council said the new hours would be paid for by closing the library on Monday mornings."


def _run(blocks: list[Block], source_format: str = "html") -> list[tuple[str, str] | None]:
    out = run_pipeline(
        [HtmlHints(), HtmlLayout()],
        blocks,
        config=DEFAULT_CONFIG,
        language="en",
        source_format=source_format,
        explain=False,
    )
    return [(v.action.value, v.rule) if v else None for v in out.verdicts]


def test_claims_headline_and_caption() -> None:
    blocks = [
        Block(0, "Library extends hours", BlockKind.HEADING, roles=frozenset({Role.HEADLINE})),
        Block(1, PROSE),
        Block(2, "Readers at the new desks. Photo: Jane Roe/Post", roles=frozenset({Role.CAPTION})),
        # A class word that once spelled a role is only a class word now.
        Block(3, "Another heading here", BlockKind.HEADING, hints=frozenset({"role:headline"})),
    ]
    out = run_pipeline(
        [HtmlHints()], blocks, config=DEFAULT_CONFIG, language="en", source_format="html", explain=False
    )
    assert out.fields[Role.HEADLINE] == "Library extends hours"
    assert out.verdicts[2] is not None and out.verdicts[2].action is Action.CLAIM
    assert out.verdicts[1] is None
    assert out.verdicts[3] is None


def test_box_words_outside_main_and_link_rows() -> None:
    blocks = [
        Block(0, "Share on Facebook", hints=frozenset({"share-buttons", "share", "buttons"})),
        Block(1, PROSE, hints=frozenset({"x:depth-1"})),
        Block(2, "Home | News | Sport", hints=frozenset({"x:outside-main"}), link_density=1.0),
        Block(3, "Cricket", BlockKind.TABLE, hints=frozenset({"<tr>"}), link_density=1.0),
        Block(4, " ".join([PROSE] * 3), hints=frozenset({"related", "x:depth-2"})),
    ]
    assert _run(blocks) == [
        ("drop", "box-widgets"),
        None,
        ("drop", "outside-main"),
        ("drop", "link-row"),
        None,  # long prose stays even in a box named "related"
    ]


def test_text_input_is_left_alone() -> None:
    blocks = [Block(0, "Share on Facebook", hints=frozenset({"share"})), Block(1, PROSE)]
    assert _run(blocks, source_format="text") == [None, None]
