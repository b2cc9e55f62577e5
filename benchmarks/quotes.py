"""Quote metrics for polnear-quotes (gold: pure direct quotes with a literal speaker).

* **recall** - a gold quote of 4+ word tokens is *found* when one predicted quote
  (partial or not) covers >= 80% of its tokens;
* **precision** - over predicted quotes with ``partial == False``: a prediction is
  *correct* when >= 80% of its tokens lie inside one gold quote.  The gold keeps only
  pure direct quotes, so a correct system finds more quotes than the gold lists and
  this precision is a lower bound;
* **speaker accuracy** - over found gold quotes whose gold speaker names someone (see
  :func:`speaker_key`): the predicted ``speaker`` of the covering quote contains the
  last capitalized token of the gold speaker's name part (token comparison,
  case-insensitive).

Tokens are case-folded ``\\w+`` runs and coverage is a multiset overlap, so quote
marks, punctuation and several quoted segments inside one gold span do not matter.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.metrics import tokenize

MIN_GOLD_WORDS = 4
COVER = 0.8

_PRONOUNS = "he she they it we i you him her them his hers their theirs its our us me my your"
_DETERMINERS = "who whom which that this these those the a an one some another someone somebody"
_ROLES = "spokesman spokeswoman spokesperson statement said says"
_APPOSITION = re.compile(r",|\(|\s[\u2013\u2014-]\s|\s(?:who|whose|which)\s")
_NOT_NAMES = frozenset(f"{_PRONOUNS} {_DETERMINERS} {_ROLES}".split(" "))


@dataclass(frozen=True)
class PredQuote:
    """A predicted quote reduced to what the metrics need."""

    text: str
    speaker: str | None
    partial: bool


@dataclass(frozen=True)
class QuoteScore:
    """Counts for one document; rates are ratios of the summed counts."""

    gold: int
    found: int
    predicted: int
    correct: int
    named: int
    speaker_ok: int


def _bag(text: str | None) -> Counter[str]:
    return Counter(t.casefold() for t in tokenize(text))


def coverage(inner: Counter[str], outer: Counter[str]) -> float:
    """Share of the tokens of ``inner`` that also occur in ``outer`` (multiset)."""
    total = sum(inner.values())
    return sum((inner & outer).values()) / total if total else 0.0


def speaker_key(gold_speaker: str | None) -> str | None:
    """The token that identifies a named gold speaker, case-folded, else None.

    Only the name part counts: the text before the first comma, parenthesis or
    relative clause ("Jane Roe, chief economist at Acme" -> "Jane Roe").  A name part
    that starts with a pronoun or determiner ("he", "a campaign spokesman", "the
    campaign", "one Democratic source") names nobody.  Otherwise the key is its last
    capitalized token ("Trump campaign spokeswoman Hope Hicks" -> "hicks").
    """
    name_part = _APPOSITION.split(gold_speaker or "", maxsplit=1)[0]
    tokens = tokenize(name_part)
    if not tokens or tokens[0].casefold() in _NOT_NAMES:
        return None
    names = [t for t in tokens if t[:1].isupper() and t.casefold() not in _NOT_NAMES]
    return names[-1].casefold() if names else None


def speaker_matches(key: str, predicted: str | None) -> bool:
    """Whether the predicted speaker contains the token ``key`` (case-insensitive)."""
    return key in {t.casefold() for t in tokenize(predicted)}


def score_quotes(gold: Sequence[tuple[str, str | None]], predicted: Sequence[PredQuote]) -> QuoteScore:
    """Score one document: ``gold`` is (text, speaker) pairs, ``predicted`` the output."""
    pred_bags = [_bag(p.text) for p in predicted]
    gold_bags = [_bag(text) for text, _ in gold]
    n_gold = found = named = speaker_ok = 0
    for (_, speaker), gbag in zip(gold, gold_bags, strict=True):
        if sum(gbag.values()) < MIN_GOLD_WORDS:
            continue
        n_gold += 1
        best, best_cov = -1, 0.0
        for i, pbag in enumerate(pred_bags):
            cov = coverage(gbag, pbag)
            if cov > best_cov:
                best, best_cov = i, cov
        if best < 0 or best_cov < COVER:
            continue
        found += 1
        key = speaker_key(speaker)
        if key is not None:
            named += 1
            speaker_ok += speaker_matches(key, predicted[best].speaker)
    n_pred = correct = 0
    for p, pbag in zip(predicted, pred_bags, strict=True):
        if p.partial or not pbag:
            continue
        n_pred += 1
        correct += any(coverage(pbag, gbag) >= COVER for gbag in gold_bags)
    return QuoteScore(n_gold, found, n_pred, correct, named, speaker_ok)
