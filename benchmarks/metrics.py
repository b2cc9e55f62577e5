"""Metric functions: body shingles, with/without snippets, headline/byline/date.

Every per-document metric returns plain numbers; aggregation over documents is done
by :class:`benchmarks.scoring.Tally` (sum of numerators over sum of denominators).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# --- body: token 4-gram shingles -------------------------------------------------
#
# Same definition as the public scrapinghub "article-extraction-benchmark"
# (evaluate.py: ``_tokenize``, ``_ngrams``, ``string_shingle_matching``,
# ``precision_score``/``recall_score``, ``metrics_from_tp_fp_fns``), re-implemented here:
# * tokens are the ``\w+`` runs of the text (Unicode, case kept, punctuation dropped);
# * shingles are the multiset of token 4-grams; a text of 1-3 tokens is one shingle of
#   all its tokens, an empty text has no shingle;
# * tp/fp/fn count shingle occurrences (multiset min/excess) and are divided by
#   tp+fp+fn so that long documents do not weigh more;
# * precision is averaged only over documents with a non-empty prediction and recall
#   only over documents with a non-empty gold, so an empty output costs recall but not
#   precision; F1 is the harmonic mean of those two macro averages.
# We also report the macro mean of per-document F1 ("doc F1"), where an empty output
# against a non-empty gold scores 0.

_TOKEN_RE = re.compile(r"\w+")
SHINGLE_N = 4


def tokenize(text: str | None) -> list[str]:
    """Word tokens of ``text``: the ``\\w+`` runs, case kept (benchmark tokenization)."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE_N) -> Counter[tuple[str, ...]]:
    """Multiset of token ``n``-grams; 1..n-1 tokens give one short shingle, none give none."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class ShingleMatch:
    """Normalized shingle counts of one document (tp + fp + fn == 1 unless all zero)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        """Share of predicted shingles that are in the gold; None for an empty prediction."""
        if self.tp + self.fp == 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Share of gold shingles found in the prediction; None for an empty gold."""
        if self.tp + self.fn == 0:
            return None
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Per-document F1: 1.0 when both are empty, 0.0 when exactly one is empty."""
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        if self.tp == 0:
            return 0.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


def shingle_match(gold: str | None, pred: str | None, n: int = SHINGLE_N) -> ShingleMatch:
    """Compare the shingle multisets of ``gold`` and ``pred`` for one document."""
    g = shingles(gold, n)
    p = shingles(pred, n)
    tp = float(sum((g & p).values()))
    fp = float(sum((p - g).values()))
    fn = float(sum((g - p).values()))
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return ShingleMatch(tp, fp, fn)


def harmonic(p: float | None, r: float | None) -> float | None:
    """Harmonic mean of two rates (None if either is missing, 0 if both are 0)."""
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


# --- text normalization for snippets and metadata --------------------------------

_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2039": "'",
        "\u203a": "'",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)
_WS_RE = re.compile(r"\s+")


def normalize_ws(text: str | None) -> str:
    """NFC, typographic quotes to ASCII, soft hyphen/zero-width removed, whitespace
    runs (including no-break spaces and newlines) collapsed to one space, stripped.
    Case is kept."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return _WS_RE.sub(" ", text).strip()


# --- with / without snippets -----------------------------------------------------


def squeeze(text: str | None) -> str:
    """:func:`normalize_ws` with every whitespace character removed."""
    return normalize_ws(text).replace(" ", "")


def snippets_present(snippets: Sequence[str], text: str | None) -> list[bool]:
    """For each snippet, whether it occurs in ``text``: case-sensitive substring test
    after :func:`squeeze` on both sides (whitespace-insensitive, because the gold
    snippets were checked against the pages that way and re-serialised gold text has
    different spaces around inline links).  Empty snippets count as present."""
    hay = squeeze(text)
    return [squeeze(s) in hay for s in snippets]


# --- headline / byline / date ----------------------------------------------------


def _headline_canon(text: str | None) -> str:
    """:func:`normalize_ws` plus one trailing full stop removed ("Title." == "Title")."""
    text = normalize_ws(text)
    return text[:-1].rstrip() if text.endswith(".") and not text.endswith("..") else text


def headline_match(gold: str | None, pred: str | None, *, prefix: bool = False) -> bool:
    """Exact match after :func:`normalize_ws` and dropping one trailing full stop (the
    polnear first lines end in one); with ``prefix`` the (possibly truncated)
    gold title only has to be a prefix of the prediction (trafilatura-eval)."""
    g, p = _headline_canon(gold), _headline_canon(pred)
    if not g or not p:
        return False
    return p.startswith(g) if prefix else p == g


_NAME_CONNECTORS = frozenset({"by", "and", "und"})


def name_tokens(text: str | None) -> list[str]:
    """Case-folded ``\\w+`` tokens of author names, without the connectors by/and/und."""
    return [t for t in (w.casefold() for w in tokenize(text)) if t not in _NAME_CONNECTORS]


def token_f1(gold: Iterable[str], pred: Iterable[str]) -> float:
    """Multiset F1 of two token lists (1.0 if both empty, 0.0 if only one is)."""
    g, p = Counter(gold), Counter(pred)
    if not g and not p:
        return 1.0
    common = sum((g & p).values())
    if common == 0:
        return 0.0
    precision = common / sum(p.values())
    recall = common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def author_token_f1(gold: str | None, pred: Sequence[str]) -> float:
    """Author-name token F1 between the gold author string (names joined by ``; `` or a
    verbatim byline) and the predicted author names."""
    return token_f1(name_tokens(gold), name_tokens(" ; ".join(pred)))


def author_exact(gold: str | None, candidates: Sequence[str | None]) -> bool:
    """Exact author match: the normalized gold equals one normalized candidate (the
    ``; ``-joined author list, or the verbatim byline).  Separator spacing is ignored."""

    def canon(value: str | None) -> str:
        return re.sub(r"\s*;\s*", "; ", normalize_ws(value))

    g = canon(gold)
    return bool(g) and any(canon(c) == g for c in candidates if c)


_DAY_RE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def day_of(value: str | None) -> str | None:
    """The leading ``YYYY-MM-DD`` of an ISO date or date-time, else None."""
    if not value:
        return None
    match = _DAY_RE.match(value)
    return match.group(1) if match else None


def date_match(gold: str | None, pred: str | None) -> bool:
    """Exact calendar-day match of two ISO dates / date-times."""
    g, p = day_of(gold), day_of(pred)
    return g is not None and g == p
