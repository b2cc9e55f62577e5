"""Language: langdetect on the kept body, seeded so results never vary.

langdetect is random by default (it samples n-grams); we build our own
``DetectorFactory`` with a fixed seed instead of touching the global one, so
importing articlenorm never changes the behaviour of a user's own langdetect
calls.  Profiles load once, on first use (about 0.3 s), not at import.

:func:`guess_rule_language` is a cheap stopword vote over the raw blocks, used
only to pick which rule files apply before the text is cleaned.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterable
from functools import cache
from typing import Any

from ..lexicon import available_languages, load_table
from ..textutil import words

__all__ = ["detect_language", "guess_rule_language"]

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


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    out = {}
    for lang in available_languages():
        table = load_table(lang, "language")
        out[lang] = frozenset(str(w).casefold() for w in table.get("stopwords", ()))
    return out


def guess_rule_language(texts: Iterable[str], sample_words: int = 400) -> str | None:
    """The rules language whose stopwords are most frequent in ``texts``.

    The sample is taken from the longest blocks first: on a full-page dump the
    first lines are menus, whose few words say little about the language.
    """
    sample: list[str] = []
    for text in heapq.nlargest(SAMPLE_BLOCKS, texts, key=len):
        sample.extend(w.casefold() for w in words(text))
        if len(sample) >= sample_words:
            break
    if not sample:
        return None
    best, best_share = None, 0.0
    for lang, stops in _stopwords().items():
        share = sum(w in stops for w in sample) / len(sample)
        if share > best_share:
            best, best_share = lang, share
    return best if best_share >= MIN_STOPWORD_SHARE else None
