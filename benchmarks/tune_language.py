"""Tune and check when the stopword vote alone may name an article's language.

Usage (from the repository root)::

    PYTHONPATH=src python -m benchmarks.tune_language --sweep            # tune on dragnet-train
    PYTHONPATH=src python -m benchmarks.tune_language --sets l3s-gn1 ... # check (no tuning)

``decide_language`` (src/articlenorm/fields/language.py) lets the stopword
vote (fields/stopvote.py) decide when it is *clear* and asks seeded langdetect
otherwise.  Seeded langdetect is the reference: it is what ``Article.language``
held before.  For every case this script builds samples, runs both on each
and counts a *disagreement* when the vote is clear and names another language
than langdetect (or langdetect names none).

Samples of one case:

- ``body``: the first 1,000 characters of ``normalize()``'s body (what
  build_article reads; ``Config.language_sample_chars``);
- ``gold``: the first 1,000 characters of the gold body, when the set has one;
- made from the gold body (``--sweep`` only, to put short text under test):
  its first 60, 120, 250 and 500 characters, and its first five paragraphs
  on their own.

dragnet-train is English only, so ``--sweep`` adds the hand-written guard
paragraphs of :mod:`benchmarks.language_guard`: eight in rules languages
(``guard-rules``), twelve in languages without rules (``guard-other``), whole
and as every two consecutive sentences (``-pair``).  A vote is never clear
when a relative without rules (rules/common/language_relatives.toml) scores
as high as the winner; the sweep tunes the three other conditions.

``--sweep`` tries every clarity setting of a grid (min words x min share x
min margin over the runner-up) and ranks them by: no disagreement on the
dataset's samples; every guard-rules paragraph decided; fewest guard-other
paragraphs wrongly decided; most ``body`` samples decided; then the most
conservative (largest margin, share, words).

Only aggregate numbers are printed; no dataset text leaves the process.

Results (2026-12-02, clarity min 20 words, share 0.15, margin 0.10; the
``body`` samples; "decided" = share the vote decides, all in agreement with
langdetect; CPU saved per document = langdetect's time on the decided ones
minus the vote's on all, the vote costing about 0.25 ms):

=================  =====  =======  =========  ========
set                body   decided  disagree   saved
=================  =====  =======  =========  ========
dragnet-train       873    0.985    0          4.0 ms
l3s-gn1             610    0.992    0          4.1 ms
polnear-quotes      924    0.999    0          4.6 ms
readability-pages   127    0.669    0          2.8 ms
trafilatura-eval    987    0.973    0          4.0 ms
turku-lines-en      104    0.865    0          3.7 ms
=================  =====  =======  =========  ========

readability-pages' undecided bodies are mostly Catalan (31 pages, which the
Catalan relative list keeps from Spanish), Chinese and Japanese.  A process
whose documents the vote all decides also never loads langdetect's profiles
(0.32 s CPU).
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.datasets import DEFAULT_DATA_DIR, Case, load_cases, sample_cases
from benchmarks.report import command_line, progress
from benchmarks.workers import parallel_map

SAMPLE_CHARS = 1000
PREFIXES = (60, 120, 250, 500)
PARAGRAPHS = 5
#: Settings deciding this much less of the body samples than the best still compete on safety.
TOLERANCE = 0.01

GRID_WORDS = (0, 10, 20, 30, 40, 50)
GRID_SHARE = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
GRID_MARGIN = (0.0, 0.05, 0.1, 0.15, 0.2)


@dataclass(frozen=True, slots=True)
class Sample:
    """One sample's vote, langdetect's answer and the time each took."""

    origin: str  # body, gold, prefix60, ..., para
    declared: bool  # the page declares its language (<html lang>): no detection runs
    vote: str | None
    share: float
    runner_up: float
    relative: float
    words: int
    langdetect: str | None
    vote_s: float
    langdetect_s: float
    dataset: str = "guard"


def _texts(case: Case, sweep: bool) -> Iterator[tuple[str, str, bool]]:
    import articlenorm
    from articlenorm.errors import ArticlenormError

    config = articlenorm.Config(include_quotes=False, detect_language=False)
    raw = case.read_bytes()
    source: bytes | str = raw if case.kind == "html" else raw.decode("utf-8", errors="replace")
    try:
        article = articlenorm.normalize(source, format=case.kind, url=case.url, config=config)
    except ArticlenormError:
        article = None
    declared = article is not None and article.language is not None
    if article is not None and article.paragraphs:
        yield "body", "\n".join(article.paragraphs)[:SAMPLE_CHARS], declared
    if case.body:
        paragraphs = [p for p in case.body.split("\n\n") if p.strip()]
        gold = "\n".join(paragraphs)
        yield "gold", gold[:SAMPLE_CHARS], declared
        if sweep:
            for n in PREFIXES:
                if len(gold) > n:
                    yield f"prefix{n}", gold[:n], declared
            for p in paragraphs[:PARAGRAPHS]:
                yield "para", p[:SAMPLE_CHARS], declared


def _warm() -> None:
    from articlenorm.fields.language import detect_language

    detect_language("The council approved the plan on Monday after a long debate.")


def _measure(task: tuple[Case, bool]) -> list[Sample]:
    case, sweep = task
    found = (_sample(origin, text, declared) for origin, text, declared in _texts(case, sweep))
    return [replace(s, dataset=case.dataset) for s in found if s is not None]


def _guard() -> list[Sample | None]:
    """The guard paragraphs whole (``guard-rules``, ``guard-other``) and every
    two consecutive sentences of them (``-pair``: 25-35 words, near the
    clarity's word floor, where a wrong language wins most easily)."""
    from benchmarks.language_guard import OTHERS, RULES

    out = []
    for kind, texts in (("guard-rules", RULES), ("guard-other", OTHERS)):
        for text in texts.values():
            out.append(_sample(kind, text, False))
            sentences = [t for t in re.split(r"(?<=[.!?]) ", text) if t]
            for a, b in itertools.pairwise(sentences):
                out.append(_sample(f"{kind}-pair", f"{a} {b}", False))
    return out


def _sample(origin: str, text: str, declared: bool) -> Sample | None:
    from articlenorm.fields.language import MIN_LETTERS, detect_language
    from articlenorm.fields.stopvote import Clarity, vote_text

    everything = Clarity(min_words=0, min_share=0.0, min_margin=0.0)
    if sum(c.isalpha() for c in text) < MIN_LETTERS:
        return None  # decide_language returns None before either runs
    t0 = time.process_time()
    vote = vote_text(text, everything)
    t1 = time.process_time()
    code, _ = detect_language(text, SAMPLE_CHARS)
    t2 = time.process_time()
    return Sample(
        origin,
        declared,
        vote.language,
        vote.share,
        vote.runner_up,
        vote.relative,
        vote.words,
        code,
        t1 - t0,
        t2 - t1,
    )


def _clear(s: Sample, words: int, share: float, margin: float) -> bool:
    return (
        s.vote is not None
        and s.words >= words
        and s.share >= share
        and s.share - s.runner_up >= margin
        and s.share > s.relative
    )


def _disagrees(s: Sample, words: int, share: float, margin: float) -> bool:
    return _clear(s, words, share, margin) and s.vote != s.langdetect


def collect(data: Path, sets: Sequence[str], n: int | None, sweep: bool, jobs: int) -> list[Sample]:
    cases = [c for name in sets for c in sample_cases(load_cases(data, name), n)]
    progress(f"{len(cases)} cases from {', '.join(sets)}")
    out: list[Sample] = []
    tasks = [(c, sweep) for c in cases]
    for i, found in enumerate(parallel_map(_measure, tasks, jobs, initializer=_warm, chunksize=8), 1):
        out.extend(s for s in found if s is not None)
        if i % 100 == 0:
            progress(f"  {i}/{len(cases)}")
    return out


def sweep(samples: Sequence[Sample]) -> tuple[int, float, float]:
    """The chosen ``(min_words, min_share, min_margin)``; prints the candidates.

    A setting is *admissible* when it makes no disagreement on the dataset's
    samples and decides every whole guard-rules paragraph.  Among those with
    the fewest guard-other samples (whole or pairs) decided wrongly, the
    chosen one is the most conservative (largest margin, then share, then
    words) whose share of ``body`` samples decided is within ``TOLERANCE`` of
    the best: a point of coverage on English is not worth standing on the
    edge of the guard paragraphs.
    """
    data = [s for s in samples if not s.origin.startswith("guard")]
    body = [s for s in data if s.origin == "body"] or data
    rules = [s for s in samples if s.origin == "guard-rules"]
    others = [s for s in samples if s.origin.startswith("guard-other")]
    rows = []
    for words, share, margin in itertools.product(GRID_WORDS, GRID_SHARE, GRID_MARGIN):
        bad = sum(_disagrees(s, words, share, margin) for s in data)
        hits = sum(_clear(s, words, share, margin) and s.vote == s.langdetect for s in rules)
        wrong = sum(_disagrees(s, words, share, margin) for s in others)
        decided = sum(_clear(s, words, share, margin) for s in body) / len(body)
        rows.append(_Row(words, share, margin, bad, hits, wrong, decided))
    print(
        f"{len(rows)} settings on {len(data)} samples ({len(body)} body), {len(rules)} guard-rules"
        f" paragraphs, {len(others)} guard-other samples"
    )
    admissible = [r for r in rows if r.bad == 0 and r.hits == len(rules)]
    if not admissible:
        raise SystemExit("no admissible setting: every one disagrees with langdetect somewhere")
    fewest = min(r.wrong for r in admissible)
    best = max(r.decided for r in admissible if r.wrong == fewest)
    pool = [r for r in admissible if r.wrong == fewest and r.decided >= best - TOLERANCE]
    chosen = max(pool, key=lambda r: (r.margin, r.share, r.words))
    print("admissible settings with the fewest guard-other errors, by body samples decided:")
    for r in sorted((r for r in admissible if r.wrong <= fewest + 2), key=lambda r: -r.decided)[:20]:
        mark = " <- chosen" if r is chosen else ""
        print(
            f"  min_words={r.words:2d} min_share={r.share:.2f} min_margin={r.margin:.2f}:"
            f" guard-other wrong {r.wrong}, body decided {r.decided:.3f}{mark}"
        )
    return chosen.words, chosen.share, chosen.margin


@dataclass(frozen=True, slots=True)
class _Row:
    words: int
    share: float
    margin: float
    bad: int  # disagreements on the dataset's samples
    hits: int  # whole guard-rules paragraphs decided right
    wrong: int  # guard-other samples decided (wrongly)
    decided: float  # share of body samples decided


def report(samples: Sequence[Sample], words: int, share: float, margin: float) -> None:
    print(f"clarity: min_words={words}, min_share={share}, min_margin={margin}")
    for dataset in sorted({s.dataset for s in samples}):
        print(f"{dataset}:")
        _report_set([s for s in samples if s.dataset == dataset], words, share, margin)


def _report_set(samples: Sequence[Sample], words: int, share: float, margin: float) -> None:
    for origin in sorted({s.origin for s in samples}):
        group = [s for s in samples if s.origin == origin]
        clear = [s for s in group if _clear(s, words, share, margin)]
        agree = sum(s.vote == s.langdetect for s in clear)
        ld = statistics.fmean(s.langdetect_s for s in group) * 1000
        vt = statistics.fmean(s.vote_s for s in group) * 1000
        # decide_language runs the vote always and langdetect only when unsure.
        saved = (sum(s.langdetect_s for s in clear) - sum(s.vote_s for s in group)) / len(group) * 1000
        langs = Counter(s.langdetect for s in group)
        print(
            f"  {origin:16s} n={len(group):5d} decided by vote {len(clear) / len(group):.3f}"
            f" agree {agree}/{len(clear)} ({agree / len(clear) if clear else 1:.4f});"
            f" langdetect {ld:.2f} ms, vote {vt:.3f} ms, saved {saved:.2f} ms/sample;"
            f" langdetect says {dict(langs.most_common(6))}"
        )
        wrong = Counter((s.vote, s.langdetect) for s in clear if s.vote != s.langdetect)
        if wrong:
            print(f"{'':18s} disagreements (vote, langdetect): {dict(wrong)}")
        undeclared = [s for s in group if not s.declared]
        if origin == "body" and undeclared:
            rate = sum(_clear(s, words, share, margin) for s in undeclared) / len(undeclared)
            print(
                f"{'':18s} {len(undeclared)} without <html lang> (detection runs): decided by vote {rate:.3f}"
            )


def main(argv: Sequence[str] | None = None) -> None:
    import sys

    from articlenorm.fields.stopvote import CLEAR

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--sets", nargs="+", default=["dragnet-train"])
    parser.add_argument("--n", type=int, default=None, help="seeded sample of N cases per set")
    parser.add_argument("--sweep", action="store_true", help="tune the clarity thresholds on --sets")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--cache", type=Path, help="pickle of the measured samples (numbers, no text) to reuse"
    )
    args = parser.parse_args(argv)
    print(command_line("benchmarks.tune_language", sys.argv[1:] if argv is None else argv))
    from articlenorm.fields.language import _factory

    t0 = time.process_time()
    _factory()
    print(f"langdetect profiles load (once per process): {time.process_time() - t0:.3f} s CPU")
    if args.cache and args.cache.exists():
        samples = pickle.loads(args.cache.read_bytes())
    else:
        samples = collect(args.data, args.sets, args.n, args.sweep, args.jobs)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(samples))
    if args.sweep:
        _warm()
        samples += [s for s in _guard() if s is not None]
        report(samples, *sweep(samples))
    report(samples, CLEAR.min_words, CLEAR.min_share, CLEAR.min_margin)


if __name__ == "__main__":
    main()
