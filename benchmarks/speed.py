"""Speed benchmark: articlenorm against trafilatura and jusText in one process.

Usage (from the repository root)::

    python -m benchmarks.speed [--n N] [--data DIR] [--out docs/benchmarks.md]

Times ``normalize(html)`` against ``trafilatura.extract(html)`` on the same N pages and
``normalize(text, format="text")`` against jusText on the same texts (the pages'
inscriptis dumps; jusText gets each line as a ``<p>``), reports growth on seeded
synthetic text (1 MB vs 10 MB, 1k vs 10k blocks) and the import time, and writes
the ``speed`` section of the Markdown file.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import articlenorm
from benchmarks import jobs, peers, synth
from benchmarks.datasets import available, load_cases
from benchmarks.report import command_line, environment_lines, parser, progress, publish, table
from benchmarks.textutil import decode, inscriptis_dump, lines_as_html
from benchmarks.timing import (
    Job,
    PassResult,
    command_seconds,
    import_seconds,
    peak_memory,
    time_interleaved,
    time_once,
)

SPEED_SETS: tuple[str, ...] = ("l3s-gn1", "readability-pages", "trafilatura-eval")
#: Article texts for the text-mode rows beside the page dumps.
ARTICLE_SET = "polnear-quotes"
#: The story the cold-start row runs the command line on (in the repository).
COLD_START_INPUT = "fixtures/articles/scraper-casino-ferry.txt"
GROWTH_LIMIT_S = 600.0
#: Timed calls per growth input; the median is reported.  One call of the
#: 1 MB input lasts about 2 s, so a single call is at the mercy of whatever
#: else the machine does in those seconds (single calls gave ratios of 10.1
#: and 15.5 on the same code an hour apart).
GROWTH_RUNS = 3
MB = 1_000_000


def _pages(data_dir: Path, n: int, seed: int) -> tuple[list[bytes], dict[str, int]]:
    """A seeded sample of ``n`` pages drawn from the HTML sets (bytes, per-set counts)."""
    pool = [c for name in SPEED_SETS if name in available(data_dir) for c in load_cases(data_dir, name)]
    pool.sort(key=lambda c: (c.dataset, c.id))
    chosen = random.Random(f"speed:{seed}").sample(pool, min(n, len(pool)))
    counts: dict[str, int] = {}
    for case in chosen:
        counts[case.dataset] = counts.get(case.dataset, 0) + 1
    return [c.read_bytes() for c in chosen], counts


def _cells(task: str, name: str, res: PassResult, peak: int | None, ref: PassResult | None) -> list[str]:
    wall = "—" if ref is None else f"{res.seconds / ref.seconds:.2f}"
    cpu = "—" if ref is None else f"{res.cpu_seconds / ref.cpu_seconds:.2f}"
    return [
        task,
        name,
        f"{res.docs_per_s:.1f}",
        f"{1000 * res.cpu_seconds / res.docs:.1f}",
        wall,
        cpu,
        "—" if peak is None else f"{peak / MB:.1f}",
        str(res.errors),
    ]


def _pair(task: str, peer: tuple[str, Job], ours: tuple[str, Job]) -> list[list[str]]:
    """Rows for a peer and articlenorm, timed interleaved."""
    jobs = [peer, ours]
    progress(f"timing {', '.join(name for name, _ in jobs)} ({task})")
    results = time_interleaved([job for _, job in jobs])
    rows = []
    for k, (name, (fn, inputs)) in enumerate(jobs):
        ref = results[0] if k else None
        rows.append(_cells(task, name, results[k], peak_memory(fn, inputs), ref))
    return rows


def _articles(data_dir: Path, n: int, seed: int) -> list[str]:
    """A seeded sample of ``n`` article texts (polnear-quotes: news stories as
    text, the input a caller with already-extracted text has)."""
    if ARTICLE_SET not in available(data_dir):
        return []
    cases = load_cases(data_dir, ARTICLE_SET)
    cases.sort(key=lambda c: c.id)
    chosen = random.Random(f"speed-articles:{seed}").sample(cases, min(n, len(cases)))
    return [c.read_text() for c in chosen]


def throughput(pages: list[bytes], articles: Sequence[str]) -> str:
    """The throughput table (peer first; the articlenorm row carries the ratios)."""
    import justext
    import trafilatura

    texts = [inscriptis_dump(decode(p)) for p in pages]
    wrapped = [lines_as_html(t) for t in texts]
    stop = peers.stoplist(peers.DEFAULT_STOPLIST)
    header = [
        "task",
        "system",
        "docs/s (wall)",
        "CPU ms/doc",
        "ratio articlenorm/peer (wall)",
        "ratio (CPU)",
        "peak MB (max per doc)",
        "errors",
    ]
    html_peer: tuple[str, Job] = ("trafilatura.extract(html)", (lambda p: trafilatura.extract(p), pages))
    html_ours: tuple[str, Job] = (
        "articlenorm normalize(html)",
        (lambda p: articlenorm.normalize(p, format="html"), pages),
    )
    text_peer: tuple[str, Job] = ("jusText (`<p>` per line)", (lambda w: justext.justext(w, stop), wrapped))
    text_ours: tuple[str, Job] = (
        'articlenorm normalize(text, format="text")',
        (lambda t: articlenorm.normalize(t, format="text"), texts),
    )
    rows = _pair("HTML", html_peer, html_ours)
    rows += _pair("text (page dumps)", text_peer, text_ours)
    if articles:
        wrapped_articles = [lines_as_html(t) for t in articles]
        rows += _pair(
            "text (articles)",
            ("jusText (`<p>` per line)", (lambda w: justext.justext(w, stop), wrapped_articles)),
            ('articlenorm normalize(text, format="text")', (_normalize_text, articles)),
        )
    return table(header, rows)


def cold_start() -> str:
    """Wall time of whole command-line runs on one story, interpreter start included."""
    story = str(Path(__file__).resolve().parents[1] / COLD_START_INPUT)
    src = str(Path(articlenorm.__file__).parents[1])
    ours = command_seconds([sys.executable, "-m", "articlenorm", story], path_first=src)
    bare = command_seconds([sys.executable, "-c", "pass"])
    rows = [
        [f"`python -m articlenorm {COLD_START_INPUT}`", "—" if ours is None else f"{ours:.3f}"],
        ["`python -c pass` (the interpreter alone)", "—" if bare is None else f"{bare:.3f}"],
    ]
    return table(["command", "seconds (wall, median of 5)"], rows)


def _grow(label: str, small: str, large: str) -> list[list[str]]:
    """Rows for one small/large pair: times, CPU ratio and peak memory per input byte."""

    def run(text: str) -> Callable[[], object]:
        return lambda: _normalize_text(text)

    rows: list[list[str]] = []
    cpu: list[float | None] = []
    for name, text in (("small", small), ("large", large)):
        size = len(text.encode("utf-8"))
        progress(f"growth: {label} {name} ({size / MB:.1f} MB)")
        timed = _median_time(run(text))
        peak = None
        if timed is not None:  # tracemalloc slows the call down: only when it finished
            peak = peak_memory(_normalize_text, [text], limit_s=GROWTH_LIMIT_S)
        cpu.append(timed[1] if timed else None)
        wall_s = f"> {GROWTH_LIMIT_S:.0f} or failed" if timed is None else f"{timed[0]:.2f}"
        cpu_s = "—" if timed is None else f"{timed[1]:.2f}"
        mem = "—" if peak is None else f"{peak / size:.1f}"
        rows.append([f"{label}: {name}", f"{size / MB:.2f}", wall_s, cpu_s, "", mem])
    if cpu[0] and cpu[1]:
        rows[1][4] = f"{cpu[1] / cpu[0]:.1f}"
    return rows


def _normalize_text(text: str) -> object:
    return articlenorm.normalize(text, format="text")


def _median_time(fn: Callable[[], object]) -> tuple[float, float] | None:
    """(wall, CPU) of the call with the median CPU time of :data:`GROWTH_RUNS`
    calls; None as soon as one fails or runs over the limit."""
    runs = []
    for _ in range(GROWTH_RUNS):
        timed = time_once(fn, GROWTH_LIMIT_S)
        if timed is None:
            return None
        runs.append(timed)
    return sorted(runs, key=lambda r: r[1])[len(runs) // 2]


def growth() -> str:
    """Growth table for articlenorm on synthetic text (linear scaling gives ratio ≈ 10)."""
    _normalize_text(synth.text_of_paragraphs(50, seed=99))  # warm-up
    rows = _grow("size", synth.text_of_size(MB, seed=1), synth.text_of_size(10 * MB, seed=1))
    rows += _grow(
        "paragraphs",
        synth.text_of_paragraphs(1000, seed=2),
        synth.text_of_paragraphs(10000, seed=2),
    )
    header = [
        "input",
        "MB",
        "seconds (wall)",
        "CPU seconds",
        "ratio large/small (CPU)",
        "peak memory / input size",
    ]
    return table(header, rows)


def render(
    argv: Sequence[str],
    pages: list[bytes],
    counts: dict[str, int],
    with_growth: bool = True,
    jobs_docs: int = 0,
    articles: Sequence[str] = (),
) -> str:
    """The whole speed section."""
    start = time.perf_counter()
    mix = ", ".join(f"{n} {name}" for name, n in sorted(counts.items()))
    parts = [
        "## Speed",
        "",
        f"Produced by `{command_line('benchmarks.speed', argv)}`.",
        "",
        *environment_lines(),
        "",
        f"### Throughput ({len(pages)} pages: {mix})",
        "",
        (
            "Same inputs, one process, 5 warm-up calls, then 3 timed passes per system, "
            "interleaved (peer pass, articlenorm pass, ...), median reported. Wall time "
            "suffers from other load on the machine; CPU time (process time) much less, "
            "so prefer the CPU ratio. "
            "The page-dump rows use each page's inscriptis dump, the article rows "
            f"{len(articles)} news stories as text ({ARTICLE_SET}); jusText gets the text's lines as "
            "`<p>` (German+English stoplist), prepared outside the timing. The ratio "
            "is articlenorm's time over the peer's (above 1 = slower). Peak memory is "
            "tracemalloc's (Python allocations only; lxml's own C memory is not seen), "
            "the largest single-document peak."
        ),
        "",
        throughput(pages, articles),
        "",
        "### Cold start (`python -m articlenorm` on one story)",
        "",
        cold_start(),
        "",
    ]
    if with_growth:
        parts += [
            "### Growth (articlenorm, text mode, seeded synthetic news text)",
            "",
            (
                "Inputs: English articles from `articlenorm.testing` (clutter included) one after "
                "another, cut at a size or a number of blank-line blocks. "
                "Median of three timed calls each after a warm-up; the ratio compares CPU time (linear "
                "scaling gives about 10); peak memory is tracemalloc's peak during one more "
                "call divided by the input's UTF-8 size."
            ),
            "",
            growth(),
            "",
        ]
    if jobs_docs > 0:
        parts += jobs.section(pages, jobs_docs)
    an = import_seconds("articlenorm", path_first=str(Path(articlenorm.__file__).parents[1]))
    tr = import_seconds("trafilatura")
    parts += [
        "### Import time (fresh interpreter, median of 5)",
        "",
        table(
            ["module", "seconds"],
            [
                ["articlenorm", "—" if an is None else f"{an:.3f}"],
                ["trafilatura", "—" if tr is None else f"{tr:.3f}"],
            ],
        ),
        "",
        f"Speed run took {time.perf_counter() - start:.0f} s.",
    ]
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    p = parser("benchmarks.speed", __doc__, jobs=False)
    p.add_argument("--n", type=int, default=100, help="number of pages to time")
    p.add_argument("--skip-growth", action="store_true", help="leave out the growth table")
    p.add_argument("--jobs-docs", type=int, default=2000, help="documents for the --jobs scaling (0: skip)")
    args = p.parse_args(args_list)
    pages, counts = _pages(args.data, args.n, args.seed)
    if not pages:
        progress(f"no HTML pages found under {args.data}")
        return 2
    start = time.perf_counter()
    articles = _articles(args.data, args.n, args.seed)
    text = render(args_list, pages, counts, not args.skip_growth, args.jobs_docs, articles)
    publish(args.out, "speed", text, time.perf_counter() - start)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
