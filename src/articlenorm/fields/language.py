"""Language: the stopword vote when it is clear, else seeded langdetect.

:func:`decide_language` names the article's language from the start of its
body.  The stopword vote (:mod:`.stopvote`) decides when it is clear (enough
words of one rules language, far ahead of the runner-up and of any close
relative without rules); otherwise (short or mixed text, or a language
without rules) langdetect does.

langdetect is random by default (it samples n-grams); we build our own
``DetectorFactory`` with a fixed seed instead of touching the global one, so
importing articlenorm never changes the behaviour of a user's own langdetect
calls.  Profiles load once, on the first text the vote leaves unsure (about
0.3 s), not at import.

:func:`guess_rule_language` is the same stopword vote over the raw blocks,
used only to pick which rule files apply before the text is cleaned.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from ..textutil import words
from .stopvote import vote_text, vote_words

__all__ = ["LanguageGuess", "LanguageMethod", "decide_language", "detect_language", "guess_rule_language"]

#: Fixed seed for langdetect's sampling.
SEED = 0
#: Below this many letters langdetect's answer is noise; return None instead.
MIN_LETTERS = 20
#: A language's stopwords must be at least this share of the sampled words to
#: be chosen for rules (news prose: 30-45% stopwords in its own language).
MIN_STOPWORD_SHARE = 0.08

#: How many of the longest blocks the rule-language vote reads (bounded, so
#: a page of a million lines costs one linear pass).
SAMPLE_BLOCKS = 64

_lock = threading.Lock()


@cache
def _factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(SEED)
    return factory


def detect_language(text: str, sample_chars: int = 2000) -> tuple[str | None, float | None]:
    """``(code, probability)`` of ``text``'s language, or ``(None, None)``."""
    sample = text[:sample_chars]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None, None
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:  # a factory's detectors share state while profiles load
        factory = _factory()
    detector = factory.create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None, None
    code = str(best.lang).split("-")[0]
    return code, round(float(best.prob), 4)


class LanguageMethod(StrEnum):
    """What named the language (the ``provenance["language"]`` value)."""

    STOPWORDS = "stopwords"
    LANGDETECT = "langdetect"


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A text's language: ISO 639-1 ``code``, ``confidence`` in [0, 1] and the
    ``method`` that decided.  For langdetect the confidence is its
    probability; for the stopword vote it is ``1 - runner-up share / winner
    share`` (0.9 when the winner's stopwords are ten times the runner-up's)."""

    code: str
    confidence: float
    method: LanguageMethod


def decide_language(sample: str, sample_chars: int = 2000) -> LanguageGuess | None:
    """The language of ``sample`` (its first ``sample_chars`` characters), or
    ``None`` when it has too few letters or langdetect finds none.

    The stopword vote decides when it is clear; langdetect (its profiles load
    on first use) only when the vote is unsure.
    """
    sample = sample[:sample_chars]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    vote = vote_text(sample)
    if vote.clear and vote.language is not None:
        return LanguageGuess(vote.language, round(vote.margin / vote.share, 4), LanguageMethod.STOPWORDS)
    code, prob = detect_language(sample, sample_chars)
    if code is None or prob is None:
        return None
    return LanguageGuess(code, prob, LanguageMethod.LANGDETECT)


def guess_rule_language(texts: Iterable[str], sample_words: int = 400) -> str | None:
    """The rules language whose stopwords are most frequent in ``texts``.

    The sample is taken from the longest blocks first: on a full-page dump the
    first lines are menus, whose few words say little about the language.
    """
    sample: list[list[str]] = []
    n = 0
    for text in heapq.nlargest(SAMPLE_BLOCKS, texts, key=len):
        sample.append(words(text))
        n += len(sample[-1])
        if n >= sample_words:
            break
    return vote_words(sample).at_least(MIN_STOPWORD_SHARE)
