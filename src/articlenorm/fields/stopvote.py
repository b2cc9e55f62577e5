"""The one stopword vote: which rules language a text's function words belong to.

Every language with rules lists its most frequent function words
(``rules/<lang>/language.toml``, 38-53 words each).  The vote counts, over the
words it is given, the share that each list covers; the language with the
largest share wins.  News prose has 30-45% of its words on its own
language's list and a few percent on any other.

Three readers use the vote, each with its own sample: the pipeline's rule
language (:func:`articlenorm.fields.language.guess_rule_language`, the
longest blocks), the plain-text boilerplate cleaners (every word of the page)
and the article's language (:func:`articlenorm.fields.language.decide_language`,
the body's start).  The first two take the winner above a low share; the
third takes it only when the vote is *clear* (enough words, a large share, a
wide margin over the runner-up, and ahead of every close relative without
rules: ``rules/common/language_relatives.toml``), else it asks langdetect.

A pure reader: words in, a :class:`StopwordVote` out, no pipeline types.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from ..errors import ConfigError
from ..lexicon import available_languages, load_table
from ..textutil import words

__all__ = [
    "CLEAR",
    "Clarity",
    "StopwordVote",
    "vote_counts",
    "vote_text",
    "vote_words",
]


@dataclass(frozen=True, slots=True)
class Clarity:
    """When a vote is clear: it read at least ``min_words`` words, the
    winner's stopwords are at least ``min_share`` of them, that share exceeds
    the runner-up's by at least ``min_margin``, and it exceeds every relative's
    share (a relative list is only there to lose to; see :class:`StopwordVote`)."""

    min_words: int
    min_share: float
    min_margin: float


#: Tuned on dragnet-train with
#: ``PYTHONPATH=src python -m benchmarks.tune_language --sweep`` (grid of 6 x 7 x 5
#: settings; 8,869 samples from 876 pages: normalize() bodies, gold bodies,
#: their 60-500-character prefixes and single paragraphs; plus hand-written
#: guard paragraphs in 8 rules languages and 12 others).  This setting makes no
#: disagreement with seeded langdetect on any sample, decides every guard-rules
#: paragraph and no guard-other one, and decides 98.5% of the body samples
#: (the loosest admissible one: 98.9%, with a margin of 0.05 only).  With 10
#: words instead of 20 it disagrees 10 times, on paragraphs and prefixes of
#: 10-15 words (mostly langdetect calling short English German).
CLEAR = Clarity(min_words=20, min_share=0.15, min_margin=0.1)


@dataclass(frozen=True, slots=True)
class StopwordVote:
    """The outcome of one vote.

    ``language`` is the rules language with the largest stopword share
    (``None`` when no word of the sample is on any list); ``share`` its share
    of the ``words`` read, ``runner_up`` the next rules language's share;
    ``relative`` the largest share of a related language without rules
    (Afrikaans for Dutch, Catalan for Spanish, ...), which never wins but
    keeps the vote from being clear when it is as large; ``clear`` whether
    the vote alone may name the text's language.
    """

    language: str | None
    share: float
    runner_up: float
    relative: float
    words: int
    clear: bool

    def at_least(self, min_share: float) -> str | None:
        """The winner if its share reaches ``min_share``, else ``None``."""
        return self.language if self.language is not None and self.share >= min_share else None

    @property
    def margin(self) -> float:
        """How far the winner's share is ahead of the runner-up's."""
        return self.share - self.runner_up


@cache
def vote_lists() -> tuple[tuple[str, frozenset[str]], ...]:
    """``(language, casefolded stopwords)`` for every language that has a list,
    in :func:`~articlenorm.lexicon.available_languages` order (which breaks ties)."""
    out = []
    for lang in available_languages():
        found = load_table(lang, "language").get("stopwords")
        if isinstance(found, list) and found:
            out.append((lang, frozenset(str(w).casefold() for w in found)))
    return tuple(out)


@cache
def relative_lists() -> tuple[tuple[str, frozenset[str]], ...]:
    """``(language, casefolded stopwords)`` of the relatives without rules
    (``rules/common/language_relatives.toml``)."""
    table = load_table("common", "language_relatives").get("stopwords")
    if not isinstance(table, dict) or not table:
        raise ConfigError("rules/common/language_relatives.toml needs a [stopwords] table of word lists")
    return tuple((lang, frozenset(str(w).casefold() for w in found)) for lang, found in table.items())


def _share(counts: Mapping[str, int], stops: frozenset[str]) -> int:
    return sum(counts[w] for w in stops if w in counts)


def vote_counts(
    counts: Mapping[str, int],
    total: int,
    clarity: Clarity = CLEAR,
) -> StopwordVote:
    """The vote over casefolded word ``counts`` of ``total`` words.

    One lookup per stopword and language, so a page of a million words costs
    the counting pass only.  ``clarity`` sets what *clear* means (the tuning
    script sweeps it; callers keep the default).
    """
    best, best_share, runner_up, relative = None, 0.0, 0.0, 0.0
    if total:
        for lang, stops in vote_lists():
            share = _share(counts, stops) / total
            if share > best_share:
                best, best_share, runner_up = lang, share, best_share
            elif share > runner_up:
                runner_up = share
        relative = max(_share(counts, stops) / total for _, stops in relative_lists())
    clear = (
        best is not None
        and total >= clarity.min_words
        and best_share >= clarity.min_share
        and best_share - runner_up >= clarity.min_margin
        and best_share > relative
    )
    return StopwordVote(best, best_share, runner_up, relative, total, clear)


def vote_words(word_lists: Iterable[Iterable[str]], clarity: Clarity = CLEAR) -> StopwordVote:
    """The vote over words already split (one iterable of words per block)."""
    counts: Counter[str] = Counter()
    for ws in word_lists:
        counts.update(w.casefold() for w in ws)
    return vote_counts(counts, counts.total(), clarity)


def vote_text(text: str, clarity: Clarity = CLEAR) -> StopwordVote:
    """The vote over the words of ``text``."""
    return vote_words([words(text)], clarity)
