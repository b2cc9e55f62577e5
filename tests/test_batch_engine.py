"""articlenorm.batch.engine: the one runner every cluster engine calls gives
what normalize_items gives, in order, in-process or in a kept worker process."""

from __future__ import annotations

from articlenorm import Article, Config
from articlenorm.batch import ErrorRecord, Item, normalize_items
from articlenorm.batch.engine import run_items, to_record
from articlenorm.batch.worker import Settings

CFG = Config(include_quotes=False, detect_language=False)
STORY = (
    "Harbour Council Approves New Ferry Timetable {n}\n\n"
    "The harbour council approved a new ferry timetable on Monday, adding {n} crossings a day.\n"
)


def sources() -> list[object]:
    return [
        Item("a", STORY.format(n=1)),
        ("b", "   "),
        {"id": "c", "html": "<html><body>" + "<i>x</i>" * 60_000 + "</body></html>"},
        42,  # not a source: an error record in its place, not an exception
        Item("d", STORY.format(n=2), format="text"),
    ]


def test_in_process_and_worker_process_give_the_normalize_items_records() -> None:
    expected = [to_record(i, r) for i, r in normalize_items(sources(), jobs=1, timeout=None, config=CFG)]
    settings = Settings(config=CFG)
    local = run_items(sources(), settings, None)
    isolated = run_items(sources(), settings, 30.0)
    assert [to_record(i, r) for i, r in local] == expected
    assert [to_record(i, r) for i, r in isolated] == expected
    kinds = [r.kind if isinstance(r, ErrorRecord) else "article" for _, r in isolated]
    assert kinds == ["article", "empty", "too-complex", "config", "article"]
    assert isinstance(isolated[0][1], Article)
    assert [i for i, _ in isolated] == ["a", "b", "c", "3", "d"]


def test_to_record_puts_input_first() -> None:
    pairs = run_items([("x", STORY.format(n=3)), ("y", "")], Settings(config=CFG), None)
    (item_id, article), (_, error) = pairs
    assert list(to_record(item_id, article))[:2] == ["input", "schema"]
    assert (
        to_record("y", error)
        == error.to_dict()
        == {
            "input": "y",
            "error": {"kind": "empty", "type": "EmptyInputError", "message": error.message},  # type: ignore[union-attr]
        }
    )
