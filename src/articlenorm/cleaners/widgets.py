"""Share and social widgets ("Spread the love", "Share on Facebook")."""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import Rule, load_table
from ..model import Block, Verdict
from ..pipeline import Doc
from ..textutil import norm_label
from .phrases import PhraseCleaner, rule_languages

__all__ = ["Widgets"]

#: A share widget's button row is short.
MAX_RUN = 8


class Widgets(PhraseCleaner):
    """Drops share/social widget labels and button rows (rules: ``widgets.toml``),
    with the button lines ("Email", "Print") printed right after a share label."""

    family = "widgets"

    def follow(self, doc: Doc, block: Block, rule: Rule) -> Iterator[Verdict]:
        items: set[str] = set()
        for lang in rule_languages(doc):
            items |= {norm_label(x) for x in load_table(lang, "widgets").get("run_items", ())}
        for b in doc.after(block)[:MAX_RUN]:
            if norm_label(b.text) not in items:
                return
            yield Verdict.drop(b, "share-button", "a button of the share widget above")
