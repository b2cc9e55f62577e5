"""articlenorm.datatrove in a real datatrove pipeline (LocalPipelineExecutor:
JsonlReader -> ArticleExtractor -> JsonlWriter over documents this test
writes): each document equals the single-process run of its text."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from articlenorm import Config
from articlenorm.batch import Item, normalize_items

pytest.importorskip("datatrove", reason="pip install 'articlenorm[datatrove]'")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from articlenorm.datatrove import ArticleExtractor  # noqa: E402

CFG = Config(include_quotes=False, detect_language=False)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
STORY = (
    "Harbour Council Approves New Ferry Timetable {n}\n\n"
    "By Jane Doe\n\n"
    "The harbour council approved a new ferry timetable on Monday, adding {n} crossings a day.\n\n"
    "Officials said the change would start next month and cost nothing extra for passengers.\n"
)


def documents() -> list[dict[str, object]]:
    docs: list[dict[str, object]] = [
        {"id": p.name, "text": p.read_text("utf-8"), "metadata": {"url": f"https://news.example/{p.stem}"}}
        for p in sorted(FIXTURES.rglob("*.html"))[:3]
    ]
    docs += [{"id": f"story-{n}", "text": STORY.format(n=n), "metadata": {}} for n in range(2)]
    docs += [
        {"id": "blank", "text": "  \n ", "metadata": {}},
        {
            "id": "all-tags",
            "text": "<html><body><p>" + "<b>x</b>" * 60_000 + "</p></body></html>",
            "metadata": {},
        },
    ]
    return docs


def _run(tmp: Path, name: str, **options: object) -> dict[str, dict[str, object]]:
    source = tmp / "in"
    source.mkdir(exist_ok=True)
    with (source / "docs.jsonl").open("w", encoding="utf-8") as fh:
        for doc in documents():
            fh.write(json.dumps(doc) + "\n")
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            ArticleExtractor(config=CFG, **options),  # type: ignore[arg-type]
            JsonlWriter(str(tmp / name)),
        ],
        tasks=1,
        logging_dir=str(tmp / f"logs-{name}"),
    ).run()
    out: dict[str, dict[str, object]] = {}
    for path in sorted((tmp / name).glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                out[doc["id"]] = doc
    return out


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("datatrove")


def test_documents_become_the_single_process_articles(tmp: Path) -> None:
    out = _run(tmp, "default")
    items = [Item(str(d["id"]), str(d["text"]), url=d["metadata"].get("url")) for d in documents()]  # type: ignore[attr-defined]
    expected = dict(normalize_items(items, jobs=1, timeout=None, config=CFG))
    articles = {i: a for i, a in expected.items() if not hasattr(a, "kind")}
    assert set(out) == set(articles)  # the two bad documents are dropped
    for item_id, article in articles.items():
        doc = out[item_id]
        assert doc["text"] == article.body  # type: ignore[union-attr]
        meta = doc["metadata"]
        assert meta["headline"] == article.headline  # type: ignore[index, union-attr]
        assert meta["byline"] == article.byline  # type: ignore[index, union-attr]
        assert meta["authors"] == list(article.authors)  # type: ignore[index, union-attr]
        assert meta["date"] == article.date  # type: ignore[index, union-attr]
    assert out["story-1"]["metadata"]["headline"] == "Harbour Council Approves New Ferry Timetable 1"  # type: ignore[index]


def test_keep_errors_keeps_them_with_the_error_record(tmp: Path) -> None:
    out = _run(tmp, "keep", keep_errors=True, timeout=None)
    assert set(out) == {str(d["id"]) for d in documents()}
    kinds = {i: out[i]["metadata"]["articlenorm_error"]["kind"] for i in ("blank", "all-tags")}  # type: ignore[index]
    assert kinds == {"blank": "empty", "all-tags": "too-complex"}
    assert "articlenorm_error" not in out["story-0"]["metadata"]  # type: ignore[operator]
