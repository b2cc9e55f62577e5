"""The shared engine of every phrase-driven cleaner family.

A family module subclasses :class:`PhraseCleaner`, names its ``family`` (which
is also the rule-file name) and, where the family needs context, overrides
:meth:`PhraseCleaner.follow` to take the blocks that belong with a match (the
link list after "Read also", the URL line after "Original url:").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..lexicon import Prepared, Rule, available_languages, load_rules
from ..model import Block, Verdict
from ..textutil import is_prose
from .base import Doc

__all__ = ["PhraseCleaner", "rule_languages"]


def rule_languages(doc: Doc) -> tuple[str, ...]:
    """The rule languages for ``doc``: ``Config.languages``, or English plus
    the document's detected language."""
    if doc.config.languages is not None:
        return doc.config.languages
    langs = ["en"]
    if doc.language and doc.language != "en" and doc.language in available_languages():
        langs.append(doc.language)
    return tuple(langs)


class PhraseCleaner:
    """Drops blocks matched by the family's rules (see :mod:`articlenorm.lexicon`)."""

    family: str = ""
    contextual: bool = True

    def __init__(self, name: str | None = None) -> None:
        self.name = name or self.family

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    def rules(self, doc: Doc) -> tuple[Rule, ...]:
        return load_rules(self.family, rule_languages(doc))

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        rules = self.rules(doc)
        if not rules:
            return
        head = {b.index for b in doc.head()}
        tail = {b.index for b in doc.tail()}
        taken: set[int] = set()
        for block in doc.blocks:
            if block.index in taken:
                continue
            prepared = Prepared(block.text)
            for rule in rules:
                if rule.region == "head" and block.index not in head:
                    continue
                if rule.region == "tail" and block.index not in tail:
                    continue
                if self.accept(doc, block, rule) and rule.matches(prepared):
                    taken.add(block.index)
                    yield Verdict.drop(block, rule.name, rule.reason)
                    for v in self.follow(doc, block, rule):
                        taken.add(v.block)
                        yield v
                    break

    def accept(self, doc: Doc, block: Block, rule: Rule) -> bool:
        """A family's extra condition on a match.

        The generic one is the rule option ``not_prose = true``: the rule only
        fires on blocks that are not sentences (see ``textutil.is_prose``).
        """
        return not (rule.options.get("not_prose") and is_prose(block.text))

    def follow(self, doc: Doc, block: Block, rule: Rule) -> Iterable[Verdict]:
        """Verdicts on blocks that belong with ``block`` (default: none)."""
        return ()
