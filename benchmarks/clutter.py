"""Clutter benchmark: per-family recall and false-removal rate on generated articles,
per language, plus with/without snippets per language on trafilatura-eval.

Usage (from the repository root)::

    python -m benchmarks.clutter [--n 10000] [--seed 0] [--languages en,de,...]
                                 [--jobs 2] [--no-eval] [--data DIR] [--out docs/benchmarks.md]

Articles come from :mod:`articlenorm.testing` (article ``i`` of language ``L``
is drawn from ``RandomSource(f"{seed}:{L}:{i}")``, so any run is reproducible
and any article can be regenerated alone).  Writes the ``clutter`` section of
the output Markdown file; progress goes to stderr.  ``--no-eval`` skips the
trafilatura-eval pages and keeps the table of the last run that scored them.

Definitions (a *block* is one line of the generated text):

* **recall** of a family: injected clutter blocks of that family that left the
  body, over all injected blocks of that family (``markup``: marked-up
  paragraphs that came out clean);
* **by family**: the same, counting only blocks removed by that very family;
* **false removal** of a family: story blocks (paragraphs, subheadings) that
  family removed, over all story blocks of the run.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from articlenorm import ArticlenormError, Config, normalize
from articlenorm.fields.language import detect_language, guess_rule_language
from articlenorm.segment import segment_text
from articlenorm.testing import FAMILIES, LANGUAGES, RandomSource, make_cluttered_article
from benchmarks import metrics
from benchmarks.datasets import Case, available, load_cases
from benchmarks.report import command_line, parser, progress, publish, table
from benchmarks.textutil import declared_language, decode, text_language
from benchmarks.workers import DocTimeout, parallel_map, wall_limit

#: Articles per worker task: large enough to amortise process overhead.
CHUNK = 250
#: Language detection is slow (langdetect); it is measured on this many articles per language.
DETECT_SAMPLE = 300
EVAL_HEADING = "### trafilatura-eval by language"
#: A page normally takes 0.1-2 s; one that takes longer than this is stuck
#: (catastrophic regex backtracking has been seen) and scores as empty.
PAGE_TIMEOUT = 60


@dataclass
class Tally:
    """Counts for one language (summable across chunks)."""

    articles: int = 0
    story_blocks: int = 0
    injected: Counter[str] = field(default_factory=Counter)
    gone: Counter[str] = field(default_factory=Counter)
    by_family: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)
    fields_ok: Counter[str] = field(default_factory=Counter)
    fields_n: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, other: Tally) -> None:
        self.articles += other.articles
        self.story_blocks += other.story_blocks
        self.seconds += other.seconds
        for name in ("injected", "gone", "by_family", "false", "fields_ok", "fields_n"):
            getattr(self, name).update(getattr(other, name))


def _score_one(lang: str, seed: int, i: int, tally: Tally) -> None:
    sample = make_cluttered_article(RandomSource(f"{seed}:{lang}:{i}"), lang)
    cfg = Config(include_quotes=False, detect_language=False)
    start = time.perf_counter()
    article = normalize(sample.text, format="text", config=cfg, explain=True)
    tally.seconds += time.perf_counter() - start
    tally.articles += 1
    kept = {line for p in article.paragraphs for line in p.split("\n")}
    removed_by: dict[str, str] = {r.text: r.family for r in article.removed}
    for item in sample.clutter:
        if item.family == "markup":
            tally.injected["markup"] += 1
            if item.clean in kept:
                tally.gone["markup"] += 1
                tally.by_family["markup"] += 1
            continue
        for line in item.lines:
            tally.injected[item.family] += 1
            if line.strip() not in kept:
                tally.gone[item.family] += 1
                if removed_by.get(line.strip()) == item.family:
                    tally.by_family[item.family] += 1
    for para in sample.expected.paragraphs:
        tally.story_blocks += 1
        if para not in kept:
            tally.false[removed_by.get(para, "edit/other")] += 1
    want = sample.expected
    checks = {
        "headline": article.headline == want.headline,
        "byline": article.byline == want.byline,
        "date": article.date == want.date,
        "captions": article.captions == want.captions,
        "rule language": guess_rule_language(b.text for b in segment_text(sample.text)) == lang,
    }
    if i < DETECT_SAMPLE:
        checks["langdetect"] = detect_language(article.body)[0] == lang
    for name, ok in checks.items():
        tally.fields_n[name] += 1
        tally.fields_ok[name] += int(ok)


def _chunk(args: tuple[str, int, int, int]) -> tuple[str, Tally]:
    lang, seed, first, last = args
    tally = Tally()
    for i in range(first, last):
        _score_one(lang, seed, i, tally)
    return lang, tally


def generated(languages: Sequence[str], n: int, seed: int, jobs: int) -> dict[str, Tally]:
    """Score ``n`` generated articles per language."""
    tasks = [(lang, seed, a, min(n, a + CHUNK)) for lang in languages for a in range(0, n, CHUNK)]
    out = {lang: Tally() for lang in languages}
    done = 0
    for lang, tally in parallel_map(_chunk, tasks, jobs):
        out[lang].add(tally)
        done += tally.articles
        if done % (CHUNK * 8) == 0 or done == n * len(languages):
            progress(f"[clutter] {done}/{n * len(languages)} articles")
    return out


# --- trafilatura-eval per language ---------------------------------------------


def _eval_case(case: Case) -> tuple[str, dict[str, tuple[int, int]]]:
    raw = case.read_bytes()
    lang = text_language(" ".join(case.with_ + case.without)) or declared_language(decode(raw)) or "?"
    out: dict[str, tuple[int, int]] = {}
    configs = (
        ("rules", Config(include_quotes=False)),
        ("en-only", Config(include_quotes=False, languages=("en",))),
    )
    for label, cfg in configs:
        try:
            with wall_limit(PAGE_TIMEOUT):
                body = normalize(raw, format="html", url=case.url, config=cfg).body
        except ArticlenormError:
            body = ""
        except DocTimeout:
            body = ""  # scored as an empty extraction, and counted
            out[f"{label}:timeout"] = (1, 1)
        w = metrics.snippets_present(list(case.with_), body)
        wo = metrics.snippets_present(list(case.without), body)
        out[f"{label}:with"] = (sum(w), len(w))
        out[f"{label}:without"] = (len(wo) - sum(wo), len(wo))
    return lang, out


def trafilatura_eval(data: Path, jobs: int) -> dict[str, dict[str, list[int]]]:
    """Snippet counts per detected language (langdetect on the gold snippets)."""
    cases = load_cases(data, "trafilatura-eval")
    per: dict[str, dict[str, list[int]]] = {}
    for k, (lang, counts) in enumerate(parallel_map(_eval_case, cases, jobs)):
        slot = per.setdefault(lang, {})
        slot.setdefault("cases", [0, 0])[0] += 1
        for key, (hit, total) in counts.items():
            acc = slot.setdefault(key, [0, 0])
            acc[0] += hit
            acc[1] += total
        if (k + 1) % 200 == 0:
            progress(f"[trafilatura-eval] {k + 1}/{len(cases)} pages")
    return per


# --- rendering -------------------------------------------------------------------


def _pct(num: float, den: float, digits: int = 1) -> str:
    return "—" if not den else f"{100 * num / den:.{digits}f}"


def render(
    tallies: dict[str, Tally], evals: dict[str, dict[str, list[int]]] | None, cmd: str, seconds: float
) -> str:
    langs = list(tallies)
    lines = [
        "## Clutter removal on generated articles",
        "",
        f"Reproduce: `{cmd}` ({seconds / 60:.1f} min wall clock).",
        "",
        "Articles and clutter come from `articlenorm.testing` (seeded; see `docs/testing.md`); each article",
        "gets 1-4 clutter pieces of random families at the places pages put them (top, header, between",
        "paragraphs, end). Default pipeline, `Config(include_quotes=False, detect_language=False)`.",
        "Recall: share of injected clutter blocks that left the body (markup: paragraphs that came out",
        "clean).",
        "False removal: share of all story blocks (paragraphs, subheadings) that the family removed.",
        "",
        "### Summary per language",
        "",
    ]
    head = ["language", "articles", "clutter recall %", "false removal %", "headline %", "byline %", "date %",
            "captions %", "rule language %", "langdetect %", "ms/article"]  # fmt: skip
    rows = []
    for lang, t in tallies.items():
        inj, gone = sum(t.injected.values()), sum(t.gone.values())
        f = t.fields_ok
        n = t.fields_n
        rows.append(
            [lang, str(t.articles), _pct(gone, inj), _pct(sum(t.false.values()), t.story_blocks, 2)]
            + [
                _pct(f[k], n[k])
                for k in ("headline", "byline", "date", "captions", "rule language", "langdetect")
            ]
            + [f"{1000 * t.seconds / max(1, t.articles):.1f}"]
        )
    lines += [
        table(head, rows),
        "",
        "### Recall per family (% of injected blocks removed; by the family itself in brackets)",
        "",
    ]

    def cell(t: Tally, fam: str) -> str:
        return f"{_pct(t.gone[fam], t.injected[fam])} ({_pct(t.by_family[fam], t.injected[fam])})"

    rows = [[fam] + [cell(tallies[lang], fam) for lang in langs] for fam in FAMILIES]
    lines += [
        table(["family", *langs], rows),
        "",
        "### False-removal rate per family (% of story blocks)",
        "",
    ]
    culprits = sorted({k for t in tallies.values() for k in t.false})
    rows = [
        [c] + [_pct(tallies[lang].false[c], tallies[lang].story_blocks, 2) for lang in langs]
        for c in culprits
    ]
    lines.append(
        table(["removed by", *langs], rows) if rows else "_No story block was removed in any language._"
    )
    if evals:
        lines += _render_eval(evals)
    return "\n".join(lines)


def _render_eval(evals: dict[str, dict[str, list[int]]]) -> list[str]:
    def rate(slot: dict[str, list[int]], key: str) -> float | None:
        hit, total = slot.get(key, [0, 0])
        return None if not total else 100 * hit / total

    en = evals.get("en", {})
    base = rate(en, "rules:without")
    order = sorted(evals, key=lambda k: -evals[k]["cases"][0])
    rows = []
    for lang in order:
        slot = evals[lang]
        wo, w = rate(slot, "rules:without"), rate(slot, "rules:with")
        gap = "—" if wo is None or base is None or lang == "en" else f"{wo - base:+.1f}"
        timeouts = str(slot.get("rules:timeout", [0, 0])[0])
        rows.append([
            lang, str(slot["cases"][0]), timeouts, _fmt(wo), _fmt(rate(slot, "en-only:without")), gap,
            _fmt(w), _fmt(rate(slot, "en-only:with")),
        ])  # fmt: skip
    return [
        "",
        EVAL_HEADING,
        "",
        "HTML input, default pipeline. Language: langdetect (seeded) on the page's gold snippets, else the",
        "page's declared `lang`. *without* = share of must-not-appear snippets absent from the body",
        '(removal); *with* = share of must-appear snippets present (retention). "en rules only" runs',
        '`Config(languages=("en",))` to show what the language\'s own rule files add. Gap: *without*',
        "minus English (the bar: no language more than 5 points below English).",
        "",
        table(
            [
                "language",
                "pages",
                f"timeouts (>{PAGE_TIMEOUT} s)",
                "without %",
                "without %, en rules only",
                "gap vs en",
                "with %",
                "with %, en rules only",
            ],
            rows,
        ),
    ]


def _previous_eval(doc: Path) -> str:
    """The trafilatura-eval table of the last run in ``doc`` (kept by ``--no-eval``)."""
    if not doc.is_file():
        return ""
    text = doc.read_text(encoding="utf-8")
    start, end = text.find(EVAL_HEADING), text.find("<!-- clutter:end -->")
    if start < 0 or end < start:
        return ""
    return "\n\n" + text[start:end].strip() + "\n\n_(trafilatura-eval table kept from the previous run.)_"


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def main(argv: Iterable[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    p = parser("benchmarks.clutter", __doc__)
    p.add_argument("--n", type=int, default=10_000, help="generated articles per language")
    p.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated codes")
    p.add_argument("--no-eval", action="store_true", help="keep the last trafilatura-eval table instead")
    args = p.parse_args(args_list)
    langs = [x.strip() for x in args.languages.split(",") if x.strip()]
    start = time.perf_counter()
    tallies = generated(langs, args.n, args.seed, args.jobs)
    evals = None
    if not args.no_eval and "trafilatura-eval" in available(args.data):
        evals = trafilatura_eval(args.data, args.jobs)
    seconds = time.perf_counter() - start
    text = render(tallies, evals, command_line("benchmarks.clutter", args_list), seconds)
    if evals is None:
        text += _previous_eval(args.out)
    publish(args.out, "clutter", text, seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
