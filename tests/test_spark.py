"""articlenorm.spark on local Spark (``local[2]``, one session for the module):
the struct column equals the single-process run record for record, and bad
rows become error structs without failing the job.

Skips only where Spark cannot run: no pyspark (``pip install
'articlenorm[spark]'``) or no Java runtime (.ci/run installs Debian's
``default-jre-headless``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from articlenorm import Config
from articlenorm.batch import Item, normalize_items
from articlenorm.batch.engine import to_record

pyspark_sql = pytest.importorskip("pyspark.sql", reason="pip install 'articlenorm[spark]'")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Spark needs a Java runtime (java on PATH or JAVA_HOME)", allow_module_level=True)

from articlenorm.spark import FIELDS, normalize_column  # noqa: E402

CFG = Config(include_quotes=False, detect_language=False)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
STORY = (
    "Harbour Council Approves New Ferry Timetable {n}\n\n"
    "By Jane Doe\n\n"
    "The harbour council approved a new ferry timetable on Monday, adding {n} crossings a day.\n\n"
    "Officials said the change would start next month and cost nothing extra for passengers.\n"
)


def rows() -> list[tuple[str, str | None, str | None]]:
    """(id, content, url): real pages, text stories and every kind of bad row."""
    out: list[tuple[str, str | None, str | None]] = [
        (p.name, p.read_text("utf-8"), f"https://news.example/{p.stem}")
        for p in sorted(FIXTURES.rglob("*.html"))[:3]
    ]
    out += [(f"story-{n}", STORY.format(n=n), None) for n in range(3)]
    out += [
        ("blank", "   \n ", None),  # empty
        ("all-tags", "<html><body><p>" + "<b>x</b>" * 60_000 + "</p></body></html>", None),  # too-complex
    ]
    return out


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    # The Python workers must run this interpreter (it has articlenorm and pandas).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("articlenorm-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def collected(spark: object) -> dict[str, object]:
    data = [*rows(), ("null-cell", None, None), (None, STORY.format(n=9), None)]
    df = spark.createDataFrame(data, "id string, html string, url string").repartition(2)  # type: ignore[attr-defined]
    out = df.select("id", normalize_column("html", id="id", url="url", config=CFG).alias("article"))
    return {r["id"]: r["article"] for r in out.collect()}


def test_struct_equals_the_single_process_record(collected: dict[str, object]) -> None:
    # In-process, no timeout: the plain single-process run of the same rows.
    run = normalize_items([Item(i, c or "", url=u) for i, c, u in rows()], jobs=1, timeout=None, config=CFG)
    expected = {i: to_record(i, r) for i, r in run}
    assert set(expected) < set(collected)
    for item_id, record in expected.items():
        struct = collected[item_id]
        assert json.loads(struct["record"]) == record, item_id  # type: ignore[index]
        assert struct["input"] == item_id  # type: ignore[index]


def test_articles_fill_the_typed_fields(collected: dict[str, object]) -> None:
    story = collected["story-1"]
    assert story["error"] is None  # type: ignore[index]
    assert story["headline"] == "Harbour Council Approves New Ferry Timetable 1"  # type: ignore[index]
    assert story["byline"] == "Jane Doe"  # type: ignore[index]
    assert story["paragraphs"][0].startswith("The harbour council")  # type: ignore[index]
    page = collected[sorted(FIXTURES.rglob("*.html"))[0].name]
    assert page["source_format"] == "html" and page["body"]  # type: ignore[index]
    assert list(page.asDict()) == [name for name, _ in FIELDS]  # type: ignore[attr-defined]


def test_bad_rows_are_error_structs(collected: dict[str, object]) -> None:
    kinds = {i: collected[i]["error"]["kind"] for i in ("blank", "all-tags", "null-cell")}  # type: ignore[index]
    assert kinds == {"blank": "empty", "all-tags": "too-complex", "null-cell": "empty"}
    for item_id in kinds:
        assert collected[item_id]["headline"] is None  # type: ignore[index]
        assert json.loads(collected[item_id]["record"])["error"]["kind"] == kinds[item_id]  # type: ignore[index]


def test_a_row_without_id_has_a_null_input(collected: dict[str | None, object]) -> None:
    struct = collected[None]
    assert struct["input"] is None and struct["error"] is None  # type: ignore[index]
    assert struct["headline"] == "Harbour Council Approves New Ferry Timetable 9"  # type: ignore[index]
    assert json.loads(struct["record"])["input"] is None  # type: ignore[index]


def _crawl(path: Path) -> Path:
    """A WARC written by the test: two pages (one declared windows-1252 in its HTTP
    header only), a request, a warcinfo and an empty response."""
    from articlenorm.testing.warc import http_response, warc_file, warc_record

    page = (FIXTURES / "html").glob("*.html")
    first = sorted(page)[0].read_bytes()
    latin = (
        "<html><head><title>Caf\u00e9 plan</title></head><body><article><h1>Caf\u00e9 plan approved</h1><p>"
        + "The council approved the caf\u00e9 plan on Monday, adding two crossings a day. " * 8
        + "</p></article></body></html>"
    ).encode("cp1252")
    records = [
        warc_record("warcinfo", None, b"software: test\r\n"),
        warc_record("response", "https://news.example/a", http_response(first), record_id="<urn:uuid:a>"),
        warc_record("request", "https://news.example/a", b"GET /a HTTP/1.1\r\n\r\n"),
        warc_record(
            "response",
            "https://news.example/b",
            http_response(latin, content_type="text/html; charset=windows-1252"),
            record_id="<urn:uuid:b>",
        ),
        warc_record("response", "https://news.example/c", http_response(b""), record_id="<urn:uuid:c>"),
    ]
    path.write_bytes(warc_file(records, gzip=True))
    return path


def test_warc_files_give_the_single_process_records(spark: object, tmp_path: Path) -> None:
    from articlenorm import warc
    from articlenorm.spark import normalize_warc

    crawl = _crawl(tmp_path / "crawl.warc.gz")
    out = normalize_warc(spark, [str(crawl)], config=CFG, timeout=None)  # type: ignore[arg-type]
    got = {r["input"]: r for r in out.collect()}
    run = normalize_items(warc.read(crawl), jobs=1, timeout=None, config=CFG)
    expected = {i: to_record(i, r) for i, r in run}
    assert set(got) == set(expected) == {"<urn:uuid:a>", "<urn:uuid:b>", "<urn:uuid:c>"}
    for item_id, record in expected.items():
        assert json.loads(got[item_id]["record"]) == record, item_id
    assert got["<urn:uuid:b>"]["headline"] == "Caf\u00e9 plan approved"  # the HTTP charset was used
    assert got["<urn:uuid:a>"]["url"] is not None
    assert got["<urn:uuid:c>"]["error"]["kind"] == "empty"
