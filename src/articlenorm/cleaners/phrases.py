"""The shared engine of every phrase-driven cleaner family.

A family module subclasses :class:`PhraseCleaner`, names its ``family`` (which
is also the rule-file name) and, where the family needs context, overrides
:meth:`PhraseCleaner.follow` to take the blocks that belong with a match (the
link list after "Read also", the URL line after "Original url:").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache

from ..families import RULE_FILES
from ..lexicon import Prepared, Rule, available_languages, load_rules, load_table, phrase_index, rule_index
from ..model import Block, BlockKind, Verdict
from ..pipeline import Doc
from ..textutil import (
    ends_sentence,
    has_bullet,
    is_prose,
    is_title_like,
    mask_quoted,
    strip_bullet,
    word_count,
)

__all__ = ["PhraseCleaner", "addresses_reader", "link_list_after", "rule_languages"]

#: A list of links under a label is rarely longer than this; more is content.
MAX_LINKS = 12
#: A link text is a headline: at most this many words (l3s-gn1 teaser links
#: are 3-18 words).
MAX_LINK_WORDS = 24
#: In HTML, a block that is mostly link text is a link whatever its shape.
LINK_DENSITY = 0.5
#: A short line where a link list meets the story again is a subheading
#: ("Allies wait", "First line"), not a link: link headlines run longer.
SUBHEADING_MAX_WORDS = 5


def rule_languages(doc: Doc) -> tuple[str, ...]:
    """The rule languages for ``doc``: ``Config.languages``, or English plus
    the document's detected language."""
    if doc.config.languages is not None:
        return doc.config.languages
    langs = ["en"]
    if doc.language and doc.language != "en" and doc.language in available_languages():
        langs.append(doc.language)
    return tuple(langs)


@cache
def _addressing(languages: tuple[str, ...]) -> tuple[re.Pattern[str], frozenset[str]]:
    pronouns: set[str] = set()
    imperatives: set[str] = set()
    for lang in languages:
        table = load_table(lang, "language")
        pronouns |= {w.casefold() for w in table.get("reader_pronouns", ())}
        imperatives |= {w.casefold() for w in table.get("imperatives", ())}
    alt = "|".join(re.escape(p) for p in sorted(pronouns, key=len, reverse=True)) or "you"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE), frozenset(imperatives)


def addresses_reader(text: str, languages: tuple[str, ...]) -> bool:
    """Does ``text`` speak to the reader: a second-person or first-person
    plural pronoun outside quotations, or an opening imperative verb?"""
    pronouns, imperatives = _addressing(languages)
    masked = mask_quoted(text)
    if pronouns.search(masked):
        return True
    first = strip_bullet(masked).strip().split(" ", 1)[0].strip("\"“‘'(").replace("’", "'")
    return first.casefold() in imperatives


def _is_item(block: Block) -> bool:
    return block.kind is BlockKind.LIST_ITEM or has_bullet(block.text)


def _is_link_like(block: Block) -> bool:
    if block.link_density >= LINK_DENSITY:
        return True
    return word_count(block.text) <= MAX_LINK_WORDS and not ends_sentence(block.text)


def link_list_after(doc: Doc, block: Block) -> list[Block]:
    """The headline-like links listed right after a label such as "Read also"
    or "Sponsored content": a run of bulleted items, or of short unpunctuated
    lines, ending before the story resumes (a short subheading right before
    the next paragraph is left alone)."""
    after = doc.after(block)[: MAX_LINKS + 1]
    if not after:
        return []
    run: list[Block] = []
    bulleted = _is_item(after[0])
    for b in after:
        if bulleted and not (_is_item(b) and _is_link_like(b)):
            break
        if not bulleted and (not _is_link_like(b) or is_prose(b.text)):
            break
        run.append(b)
    if not bulleted and run and len(run) < len(after):
        last = run[-1]
        if last.link_density < LINK_DENSITY and word_count(last.text) <= SUBHEADING_MAX_WORDS:
            run.pop()
    return run[:MAX_LINKS]


def title_above(doc: Doc, block: Block) -> Block | None:
    """The title line right above ``block`` (a teaser's headline link): a
    short title-like line that is no sentence and no list item, else None."""
    pos = doc.position(block)
    if pos == 0:
        return None
    prev = doc.blocks[pos - 1]
    if _is_item(prev) or is_prose(prev.text) or not is_title_like(prev.text):
        return None
    return prev


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
        candidates: Callable[[Prepared], Sequence[Rule]]
        if type(self).rules is PhraseCleaner.rules and self.family in RULE_FILES:
            # The package's own rules: one look-up per text serves every family.
            shared, family = phrase_index(rule_languages(doc)), self.family

            def candidates(text: Prepared) -> Sequence[Rule]:
                return shared.candidates(text, family)
        else:
            candidates = rule_index(rules).candidates
        head = {b.index for b in doc.head()}
        tail = {b.index for b in doc.tail()}
        taken: set[int] = set()
        for block in doc.blocks:
            if block.index in taken:
                continue
            text = doc.prepared(block.text)
            # One index look-up names the few rules that can fire here, in
            # rule order; only those are run.
            for rule in candidates(text):
                if rule.region == "head" and block.index not in head:
                    continue
                if rule.region == "tail" and block.index not in tail:
                    continue
                # The match first: it is cached per text and usually fails,
                # while accept() computes prose and reader-address tests.
                if rule._matches(text) and self.accept(doc, block, rule):
                    taken.add(block.index)
                    yield Verdict.drop(block, rule.name, rule.reason)
                    title = title_above(doc, block) if rule.options.title_above else None
                    if title is not None and title.index not in taken:
                        taken.add(title.index)
                        yield Verdict.drop(title, rule.name, f"{rule.reason} (its title line)")
                    for v in self.follow(doc, block, rule):
                        taken.add(v.block)
                        yield v
                    break

    def accept(self, doc: Doc, block: Block, rule: Rule) -> bool:
        """A family's extra condition on a match.

        The generic ones are rule options: ``not_prose = true`` (fire only on
        blocks that are not sentences, see ``textutil.is_prose``) and
        ``addressing = true`` (fire only on blocks that speak to the reader,
        see :func:`addresses_reader`).
        """
        if rule.options.not_prose and is_prose(block.text):
            return False
        return not (rule.options.addressing and not addresses_reader(block.text, rule_languages(doc)))

    def follow(self, doc: Doc, block: Block, rule: Rule) -> Iterable[Verdict]:
        """Verdicts on blocks that belong with ``block`` (default: none)."""
        return ()
