"""normalize_many / normalize_items: order, error records, isolation, timeouts, crashes."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import articlenorm
from articlenorm import Article, Config
from articlenorm.batch import (
    DEFAULT_TIMEOUT,
    ErrorRecord,
    Item,
    WorkerStartError,
    normalize_items,
    normalize_many,
    resolve_timeout,
)
from articlenorm.cleaners import default_pipeline
from articlenorm.model import Verdict
from articlenorm.pipeline import Doc

CFG = Config(include_quotes=False, detect_language=False)
STORY = (
    "Harbour Council Approves New Ferry Timetable\n\n"
    "By Jane Doe\n\n"
    "The harbour council approved a new ferry timetable on Monday, adding two crossings a day.\n\n"
    "Officials said the change would start next month and cost nothing extra for passengers.\n"
)


def story(n: int) -> str:
    return STORY.replace("two crossings", f"{n} crossings")


class Trap:
    """A picklable cleaner that hangs or kills its process on a marker word
    (so tests can make one document pathological on purpose)."""

    name = "trap"
    family = "trap"
    contextual = False

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        text = " ".join(b.text for b in doc.blocks)
        if "HANG-FOREVER" in text:
            while True:  # a stuck document: only killing the process stops it
                time.sleep(0.05)
        if "CRASH-NOW" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        return iter(())


TRAPPED = [*default_pipeline(), Trap()]


def kinds(results: list[object]) -> list[str]:
    return ["ok" if isinstance(r, Article) else r.kind for r in results]  # type: ignore[attr-defined]


def test_order_ids_and_error_records(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    sources = [
        good,
        story(1),
        b"\x89PNG\r\n\x1a\n" + bytes(range(64)),
        empty,
        tmp_path / "missing.txt",
        ("my-id", story(2)),
        {"id": "rec-1", "text": story(3)},
        {"id": "rec-2"},
        Item("item-1", story(4), format="text"),
        42,
    ]
    pairs = list(normalize_items(sources, jobs=1, timeout=None, config=CFG))
    assert [i for i, _ in pairs] == [
        str(good),
        "1",
        "2",
        str(empty),
        str(tmp_path / "missing.txt"),
        "my-id",
        "rec-1",
        "rec-2",
        "item-1",
        "9",
    ]
    assert kinds([r for _, r in pairs]) == [
        "ok",
        "ok",
        "binary",
        "empty",
        "unreadable",
        "ok",
        "ok",
        "config",
        "ok",
        "config",
    ]
    record = pairs[3][1]
    assert isinstance(record, ErrorRecord)
    assert record.to_dict() == {
        "input": str(empty),
        "error": {"kind": "empty", "type": "EmptyInputError", "message": record.message},
    }
    assert str(empty) in record.message


def test_workers_give_the_same_results_in_order() -> None:
    sources = [story(i) if i % 5 else "" for i in range(40)]
    serial = list(normalize_many(sources, jobs=1, timeout=None, config=CFG))
    parallel = list(normalize_many(sources, jobs=2, timeout=30, config=CFG))
    assert serial == parallel
    assert kinds(serial).count("empty") == 8
    assert serial[1].paragraphs[0].startswith("The harbour council approved a new ferry timetable")  # type: ignore[union-attr]


def test_timeout_kills_a_stuck_document_and_the_batch_goes_on() -> None:
    sources = [story(1), STORY + "\nHANG-FOREVER here\n", story(2), story(3)]
    start = time.monotonic()
    results = list(normalize_many(sources, jobs=2, timeout=2, config=CFG, pipeline=TRAPPED))
    assert time.monotonic() - start < 30
    assert kinds(results) == ["ok", "timeout", "ok", "ok"]
    assert "gave up after 2 s" in results[1].message  # type: ignore[union-attr]


def test_jobs_1_with_a_timeout_still_isolates() -> None:
    sources = [STORY + "\nHANG-FOREVER\n", story(1)]
    results = list(normalize_many(sources, jobs=1, timeout=1.5, config=CFG, pipeline=TRAPPED))
    assert kinds(results) == ["timeout", "ok"]


def test_a_crashing_worker_is_one_error_record() -> None:
    sources = [story(1), STORY + "\nCRASH-NOW\n", story(2)]
    results = list(normalize_many(sources, jobs=2, timeout=30, config=CFG, pipeline=TRAPPED))
    assert kinds(results) == ["ok", "worker-crash", "ok"]
    assert "signal 9" in results[1].message  # type: ignore[union-attr]


def test_lazy_on_an_endless_input() -> None:
    endless = (story(i) for i in itertools.count())
    first = list(itertools.islice(normalize_many(endless, jobs=2, timeout=30, config=CFG), 5))
    assert kinds(first) == ["ok"] * 5


def test_unpicklable_pipeline_is_a_clear_error() -> None:
    from articlenorm import cleaner

    @cleaner("local")
    def local(doc: Doc) -> Iterator[Verdict]:
        return iter(())

    with pytest.raises(WorkerStartError, match="picklable"):
        list(normalize_many([STORY], jobs=1, timeout=5, pipeline=[*default_pipeline(), local]))


def test_timeout_resolution() -> None:
    from articlenorm.batch import _UNSET

    assert resolve_timeout(_UNSET, Config()) == DEFAULT_TIMEOUT
    assert resolve_timeout(_UNSET, Config(timeout=7)) == 7
    assert resolve_timeout(None, Config(timeout=7)) is None
    assert resolve_timeout(3, Config(timeout=7)) == 3
    with pytest.raises(articlenorm.ConfigError):
        resolve_timeout(-1, Config())
    with pytest.raises(articlenorm.ConfigError):
        list(normalize_many([STORY], jobs=0))


def test_package_exports_normalize_many_lazily() -> None:
    assert articlenorm.normalize_many is normalize_many
    code = "import sys, articlenorm; print('articlenorm.batch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
