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

from articlenorm import Article, Config
from articlenorm.batch import ErrorRecord, normalize_items

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
    "html-nested-100k": {"article", "extraction"},
    "html-nested-100k-unclosed": {"article", "extraction"},
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
