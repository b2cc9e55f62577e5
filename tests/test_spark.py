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
