"""Table-layout lines in page dumps: one text line holding a menu cell, an
article paragraph and a sidebar cell side by side, separated by runs of
spaces (what a plain HTML-to-text converter makes of a layout table).

This editor runs early (after ``markup``) so that every later step sees
one cell's text, not a 1,000-character line of padding: it keeps the cells
that read as prose and drops the menu/sidebar cells next to them, or, when no
cell reads as prose, only collapses the padding.  It acts only on pages with
several such lines, so clean text (which never pads words apart) is untouched.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..fields.stopvote import vote_words
from ..lexicon import load_rules
from ..model import Verdict
from ..pipeline import Doc
from ..textutil import ends_sentence, has_bullet, words
from .boilerplate_lines import Line, LineClass, cells, classify, stopwords_for
from .boilerplate_rules import Thresholds, thresholds
from .phrases import rule_languages

__all__ = ["BoilerplateColumns"]


class BoilerplateColumns:
    """Edits table-layout lines of a page dump down to their prose cells."""

    name = "boilerplate-columns"
    family = "boilerplate"
    contextual = False

    def __repr__(self) -> str:
        return "BoilerplateColumns()"

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        if doc.source_format != "text":
            return
        th = thresholds()
        parts = [cells(block.text, th.column_gap) for block in doc.blocks]
        if sum(len(p) > 1 for p in parts) < th.columns_min_lines:
            return
        stops = stopwords_for(vote_words(words(b.text) for b in doc.blocks).at_least(th.language_min_share))
        rules = load_rules("boilerplate", rule_languages(doc))
        # Long single lines are never menu entries: whether they end a
        # sentence is all the menu scan needs, so they are not judged in full.
        lines = [
            classify(block.text, stops, th, rules)
            if len(split) > 1 or len(block.text) < th.length_low
            else None
            for block, split in zip(doc.blocks, parts, strict=True)
        ]
        prose = [
            line is None and ends_sentence(block.text) for block, line in zip(doc.blocks, lines, strict=True)
        ]
        menu = _menu_lines(lines, prose, th)
        for pos, (block, line, split) in enumerate(zip(doc.blocks, lines, parts, strict=True)):
            if pos in menu:
                yield Verdict.drop(block, "column-menu", "a menu entry of a layout column beside the story")
                continue
            if line is None or len(split) == 1:
                continue
            if line.keep_cells:
                text, rule = " ".join(line.keep_cells), "column-cells"
                if has_bullet(block.text) and not has_bullet(text):
                    # Keep the list marker: the block stays a list item, and
                    # normalizing the output again reads it as one.
                    text = f"{split[0]} {text}" if not words(split[0]) else f"{block.text[0]} {text}"
                reason = "menu or sidebar cells beside the prose of a table-layout line"
            else:
                text, rule = " ".join(split), "column-padding"
                reason = "the padding between the cells of a table-layout line"
            if text != block.text:
                yield Verdict.edit(block, text, rule, reason)


def _menu_lines(lines: Sequence[Line | None], prose: Sequence[bool], th: Thresholds) -> set[int]:
    """Lines that are entries of a menu column interleaved with the story.

    A layout table prints the menu column and the story column side by side,
    so the menu's entries end up partly beside story lines (side cells) and
    partly alone on the lines between them.  Read down the side: menu
    entries (short link-like cells or lines) in a row of ``th.link_run`` or
    more, with at least one beside a story line, are the menu; story lines
    with nothing beside them are skipped, anything else ends the row.
    """
    out: set[int] = set()
    run: list[int] = []  # positions of lone menu lines in the current row
    length, beside = 0, False

    def close() -> None:
        if length >= th.link_run and beside:
            out.update(run)

    for pos, (line, is_prose) in enumerate(zip(lines, prose, strict=True)):
        if line is None:
            if not is_prose:
                close()
                run, length, beside = [], 0, False
            continue
        if line.side_cells:
            for cell in line.side_cells:
                if cell.n_words == 0:
                    continue
                if _entry(cell):
                    length, beside = length + 1, True
                else:
                    close()
                    run, length, beside = [], 0, False
            continue
        if _entry(line):
            run.append(pos)
            length += 1
        elif line.cls < LineClass.NEAR:
            close()
            run, length, beside = [], 0, False
    close()
    return out


def _entry(line: Line) -> bool:
    return (line.cls is LineClass.SHORT and line.link_like) or line.rule in _LABELS


#: Page-furniture labels and menu rows are menu entries too ("Home", "Weather").
_LABELS = frozenset({"site-furniture", "control-label", "menu-row"})
