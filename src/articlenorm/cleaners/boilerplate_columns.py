"""Table-layout lines in page dumps: one text line holding a menu cell, an
article paragraph and a sidebar cell side by side, separated by runs of
spaces (what a plain HTML-to-text converter makes of a layout table).

This editor runs early (right after ``markup``) so that every later step sees
one cell's text, not a 1,000-character line of padding: it keeps the cells
that read as prose and drops the menu/sidebar cells next to them, or, when no
cell reads as prose, only collapses the padding.  It acts only on pages with
several such lines, so clean text (which never pads words apart) is untouched.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import load_rules
from ..model import Verdict
from .base import Doc
from .boilerplate_lines import cells, classify, page_language, stopwords_for
from .boilerplate_rules import thresholds
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
        split = [(block, cells(block.text, th.column_gap)) for block in doc.blocks]
        split = [(block, parts) for block, parts in split if len(parts) > 1]
        if len(split) < th.columns_min_lines:
            return
        stops = stopwords_for(page_language((b.text for b in doc.blocks), th.language_min_share))
        rules = load_rules("boilerplate", rule_languages(doc))
        for block, parts in split:
            line = classify(block.text, stops, th, rules)
            if line.keep_cells:
                text, rule = " ".join(line.keep_cells), "column-cells"
                reason = "menu or sidebar cells beside the prose of a table-layout line"
            else:
                text, rule = " ".join(parts), "column-padding"
                reason = "the padding between the cells of a table-layout line"
            if text != block.text:
                yield Verdict.edit(block, text, rule, reason)
