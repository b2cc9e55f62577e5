"""Turning one system output on one case into metric contributions, and summing them.

Each contribution is a (numerator, denominator) pair; a metric's value over a dataset
is sum(numerators) / sum(denominators).  A macro average adds (value, 1) per document,
a micro rate adds (hits, total).  Metrics that do not apply to a case add nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from benchmarks import metrics
from benchmarks.datasets import Case
from benchmarks.quotes import score_quotes
from benchmarks.systems import Output, System

Contribs = dict[str, tuple[float, float]]


class Tally:
    """Running sums of (numerator, denominator) per metric key."""

    def __init__(self) -> None:
        self.sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
        self.error_types: dict[str, int] = defaultdict(int)

    def add(self, contribs: Mapping[str, tuple[float, float]]) -> None:
        """Add one document's contributions."""
        for key, (num, den) in contribs.items():
            acc = self.sums[key]
            acc[0] += num
            acc[1] += den

    def rate(self, key: str) -> float | None:
        """sum(numerators) / sum(denominators), or None if nothing contributed."""
        acc = self.sums.get(key)
        if not acc or acc[1] == 0:
            return None
        return acc[0] / acc[1]

    def total(self, key: str) -> float:
        """sum(numerators) of ``key`` (e.g. the error count)."""
        acc = self.sums.get(key)
        return acc[0] if acc else 0.0

    def count(self, key: str) -> float:
        """sum(denominators) of ``key`` (how many cases/items the metric covered)."""
        acc = self.sums.get(key)
        return acc[1] if acc else 0.0

    def body_f1(self) -> float | None:
        """Harmonic mean of macro body precision and recall (benchmark definition)."""
        return metrics.harmonic(self.rate("body_p"), self.rate("body_r"))


def _flag(value: bool) -> tuple[float, float]:
    return (1.0 if value else 0.0, 1.0)


def body_contribs(case: Case, out: Output) -> Contribs:
    """Body shingle P/R/doc-F1, empty-output share and the with/without snippets."""
    c: Contribs = {"empty": _flag(not metrics.tokenize(out.body))}
    if case.body is not None:
        match = metrics.shingle_match(case.body, out.body)
        if match.precision is not None:
            c["body_p"] = (match.precision, 1.0)
        if match.recall is not None:
            c["body_r"] = (match.recall, 1.0)
        c["body_docf1"] = (match.f1, 1.0)
    if case.with_:
        hits = metrics.snippets_present(case.with_, out.body)
        c["with_all"] = _flag(all(hits))
        c["with_snip"] = (float(sum(hits)), float(len(hits)))
    if case.without:
        hits = metrics.snippets_present(case.without, out.body)
        c["without_absent"] = (float(len(hits) - sum(hits)), float(len(hits)))
    return c


def meta_contribs(case: Case, out: Output) -> Contribs:
    """Headline, author and date: match rate, confidently-wrong rate, author token F1.

    All three are over the cases whose gold has the field; "wrong" means a value was
    given and it does not match (so match + wrong + missing = 1).
    """
    c: Contribs = {}
    if case.title:
        given = bool(metrics.normalize_ws(out.title))
        ok = metrics.headline_match(case.title, out.title, prefix=case.dataset == "trafilatura-eval")
        c["title_ok"] = _flag(ok)
        c["title_wrong"] = _flag(given and not ok)
    if case.author:
        candidates = ["; ".join(out.authors), out.byline]
        given = any(metrics.normalize_ws(x) for x in candidates)
        ok = metrics.author_exact(case.author, candidates)
        names = out.authors or ([out.byline] if out.byline else [])
        c["author_ok"] = _flag(ok)
        c["author_f1"] = (metrics.author_token_f1(case.author, names), 1.0)
        c["author_wrong"] = _flag(given and not ok)
    if case.date:
        ok = metrics.date_match(case.date, out.date)
        c["date_ok"] = _flag(ok)
        c["date_wrong"] = _flag(bool(out.date and out.date.strip()) and not ok)
    return c


def quote_contribs(case: Case, out: Output) -> Contribs:
    """Quote recall / precision / speaker accuracy (only cases whose gold lists quotes)."""
    if not case.quotes:
        return {}
    s = score_quotes([(q.text, q.speaker) for q in case.quotes], out.quotes)
    return {
        "q_recall": (float(s.found), float(s.gold)),
        "q_precision": (float(s.correct), float(s.predicted)),
        "q_speaker": (float(s.speaker_ok), float(s.named)),
    }


def score(case: Case, system: System, out: Output, *, error: bool) -> Contribs:
    """All contributions of ``system``'s output on ``case`` (an error scores as empty)."""
    c: Contribs = {"errors": _flag(error)}
    c.update(body_contribs(case, out))
    if system.has_meta:
        c.update(meta_contribs(case, out))
    if system.has_quotes:
        c.update(quote_contribs(case, out))
    return c
