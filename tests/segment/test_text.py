"""Plain-text segmentation: lines with spans, paragraph groups, rejoined wraps."""

from __future__ import annotations

from articlenorm.model import BlockKind
from articlenorm.segment import segment_text


def test_lines_groups_and_spans() -> None:
    text = "Headline here\n\n  First paragraph line.\nSecond line, same group.\n\n• item one\n• item two\n"
    blocks = segment_text(text)
    assert [b.text for b in blocks] == [
        "Headline here",
        "First paragraph line.",
        "Second line, same group.",
        "• item one",
        "• item two",
    ]
    assert [b.group for b in blocks] == [0, 1, 1, 2, 2]
    assert [b.kind for b in blocks][-2:] == [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]
    for b in blocks:
        assert b.start is not None and text[b.start : b.end] == b.text


def test_soft_wrapped_lines_rejoined() -> None:
    text = "The council said on Monday that the new harbour wall\nwould cost far more than planned.\n"
    (block,) = segment_text(text)
    assert (
        block.text == "The council said on Monday that the new harbour wall would cost far more than planned."
    )
    assert block.start == 0 and block.end == len(text.rstrip())


def test_short_label_does_not_swallow_next_line() -> None:
    blocks = segment_text("Read also\nsomething lower case here\n")
    assert len(blocks) == 2


def test_empty_and_whitespace() -> None:
    assert segment_text("") == []
    assert segment_text(" \n\t\n ") == []
