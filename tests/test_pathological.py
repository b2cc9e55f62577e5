"""Pathological inputs: each gets a clear error record or a correct article
within the per-document timeout, and none stops the batch.

All cases go through one ``normalize_many`` run (two worker processes, a
short timeout), so the whole module costs about one timeout plus the start-up.
"""

from __future__ import annotations

import codecs
import gzip
import time
from pathlib import Path

import pytest

from articlenorm import Article, ArticlenormError, Config, MarkupTooComplexError, normalize
from articlenorm.batch import ErrorRecord, normalize_items
from articlenorm.segment.guard import check_markup

#: Short enough to keep the suite fast (the stuck cases each cost it once),
#: and still ten times what the slowest legitimate case here needs.
TIMEOUT = 6.0

CFG = Config(include_quotes=False, detect_language=False)
PROSE = "The harbour council approved a new ferry timetable on Monday, adding two crossings a day. "
STORY = "Harbour Council Approves Timetable\n\n" + PROSE * 3 + "\n\n" + PROSE * 2 + "\n"
HOSTILE_RUN = 100_000  # characters in one regex-hostile line


def _cases(tmp: Path) -> dict[str, object]:
    big = tmp / "50mb-single-line.txt"
    with big.open("wb") as fh:  # written in chunks: never 50 MB in memory
        for _ in range(50):
            fh.write(b"word " * 209_716)
    lines = tmp / "1m-short-lines.txt"
    lines.write_bytes(b"Short line here\n" * 1_000_000)
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    deep = "<html><body>" + "<div>" * 100_000 + f"<p>{PROSE * 3}</p>" + "</div>" * 100_000 + "</body></html>"
    utf16 = STORY.encode("utf-16-le")
    return {
        "empty-file": empty,
        "whitespace": b" \n\t\r\n   \n",
        "50mb-single-line": big,
        "1m-short-lines": lines,
        "html-nested-100k": deep,
        "html-nested-100k-unclosed": "<html><body>" + "<div>" * 100_000 + PROSE,
        "nul-bytes": (STORY[:60] + "\x00\x00" + STORY[60:]).encode(),
        "invalid-utf8": STORY.encode() + b"\xff\xfe\xc3\x28 tail\n",
        "utf16-bom": codecs.BOM_UTF16_LE + utf16,
        "utf16-no-bom": utf16,
        "utf16-be-bom": codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        # 40 MiB of zeros in ~40 KB: past the 32 MiB cap, so decompression must stop there.
        "gzip-bomb": gzip.compress(b"\0" * (40 * 1024 * 1024), compresslevel=1),
        "spaces": STORY + "a" + " " * HOSTILE_RUN + "b\n",
        "quotes": STORY + '"' * HOSTILE_RUN + "\n",
        "dots": STORY + "." * HOSTILE_RUN + "\n",
        "parens": STORY + "(" * HOSTILE_RUN + "\n",
        "curly-quotes": STORY + "“a " * (HOSTILE_RUN // 3) + "\n",
        "dashes": STORY + "a-" * (HOSTILE_RUN // 2) + "\n",
    }


#: What each case must give: an error kind, or "article".
EXPECTED: dict[str, set[str]] = {
    "empty-file": {"empty"},
    "whitespace": {"empty"},
    "50mb-single-line": {"too-large"},  # over Config.max_input_bytes (32 MiB): refused before reading
    "1m-short-lines": {"article", "timeout"},  # 16 MB of one-line blocks: may run past TIMEOUT
    # 100,000 tags: past guard.MAX_TAGS, refused before parsing.
    "html-nested-100k": {"too-complex"},
    "html-nested-100k-unclosed": {"too-complex"},
    "nul-bytes": {"article"},
    "invalid-utf8": {"article"},
    "utf16-bom": {"article"},
    "utf16-no-bom": {"article"},
    "utf16-be-bom": {"article"},
    "png": {"binary"},
    "gzip-bomb": {"too-large"},
}
#: Regex-hostile lines: a backtracking regex anywhere in the pipeline turns
#: these into timeouts (they did, before the patterns were made linear).
HOSTILE = ("spaces", "quotes", "dots", "parens", "curly-quotes", "dashes")
EXPECTED.update({case: {"article"} for case in HOSTILE})


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], float]:
    cases = _cases(tmp_path_factory.mktemp("pathological"))
    start = time.monotonic()
    results = dict(normalize_items(list(cases.items()), jobs=2, timeout=TIMEOUT, config=CFG))
    return results, time.monotonic() - start


def _kind(result: object) -> str:
    return "article" if isinstance(result, Article) else result.kind  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_clear_error_or_article(outcome: tuple[dict[str, object], float], case: str) -> None:
    results, _ = outcome
    assert _kind(results[case]) in EXPECTED[case], results[case]
    if isinstance(results[case], ErrorRecord):
        record = results[case]
        assert record.message and "Traceback" not in record.message


def test_decoded_articles_are_right(outcome: tuple[dict[str, object], float]) -> None:
    results, _ = outcome
    for case in ("utf16-bom", "utf16-no-bom", "utf16-be-bom", "nul-bytes", "invalid-utf8"):
        article = results[case]
        assert isinstance(article, Article)
        assert article.headline == "Harbour Council Approves Timetable", case
        assert article.paragraphs[0].startswith("The harbour council approved"), case


def test_whole_run_is_bounded_by_the_timeout(outcome: tuple[dict[str, object], float]) -> None:
    _, elapsed = outcome
    # 19 documents on 2 workers; the few that can use the full timeout share them.
    assert elapsed < 8 * TIMEOUT


# -- markup that would make parsing or extraction super-linear ---------------
#
# Each page is refused by articlenorm.segment.guard before the slow work.  The
# bound is a ratio of process CPU time against a normal page of the same size
# (paragraphs in sections, as real pages have), never a wall time.

#: Size of the pages compared: big enough that the normal page's cost
#: dominates noise, small enough to keep the test under a second.
PAGE_CHARS = 500_000
#: A hostile page may cost at most this share of the normal page's CPU time.
MAX_RATIO = 3.0


def _normal_page(size: int) -> str:
    section = "<section><h2>Ferry news</h2>" + f"<p>{PROSE}</p>" * 40 + "</section>"
    sections = section * (size // len(section))
    return f"<html><body><article><h1>Harbour Council</h1>{sections}</article></body></html>"


def _padded(head: str, tail: str, size: int) -> str:
    """``head`` + paragraphs + ``tail``, ``size`` characters in all."""
    para = f"<p>{PROSE}</p>"
    return head + para * max(0, (size - len(head) - len(tail)) // len(para)) + tail


def _hostile_pages(size: int) -> dict[str, str]:
    attributes = " ".join(f"a{i}=x" for i in range(size // 9))  # the 200,000-attribute page, scaled
    return {
        "attributes-in-one-tag": f"<html><body><div {attributes}><p>{PROSE}</p></div></body></html>",
        "tags-only": "<html><body><article><p>" + "<b>x</b>" * (size // 8) + "</p></article></body></html>",
        "children-of-one-element": _padded(
            "<html><body><article><p>" + "<br>" * 25_000, "</p></article></body></html>", size
        ),
        "nested-300-deep": _padded("<html><body>" + "<div>" * 300, "</div>" * 300 + "</body></html>", size),
        "attributes-hidden-from-scripts": (
            "<html><head><script>for (i=0; i<n; i++) { a = b; }</script></head><body>"
            f"<span {attributes}>x</span></body></html>"
        ),
    }


def _cpu(html: str) -> tuple[float, object]:
    start = time.process_time()
    try:
        result: object = normalize(html, format="html", config=CFG)
    except ArticlenormError as exc:
        result = exc
    return time.process_time() - start, result


@pytest.fixture(scope="module")
def normal_cost() -> float:
    page = _normal_page(PAGE_CHARS)
    _cpu(page)  # warm-up: imports and rule files load on the first call
    cost, article = _cpu(page)
    assert isinstance(article, Article), article
    return cost


@pytest.mark.parametrize("case", sorted(_hostile_pages(1000)))
def test_hostile_markup_is_refused_at_once(normal_cost: float, case: str) -> None:
    html = _hostile_pages(PAGE_CHARS)[case]
    assert len(html) >= PAGE_CHARS * 0.8, len(html)
    cost, result = _cpu(html)
    assert isinstance(result, MarkupTooComplexError), result
    assert result.kind == "too-complex"
    assert "no article page" in str(result)
    assert cost <= MAX_RATIO * normal_cost, (case, cost, normal_cost)


def test_real_markup_passes_the_guard() -> None:
    # Every fixture page (real article layouts) is under every limit.
    pages = sorted((Path(__file__).resolve().parent.parent / "fixtures").rglob("*.html"))
    assert pages
    for page in pages:
        check_markup(page.read_text("utf-8", "replace"))
