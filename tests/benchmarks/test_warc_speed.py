"""benchmarks.warc_speed builds the WARC it times: one response per payload, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

import articlenorm.warc
from articlenorm.batch import Item
from benchmarks.warc_speed import build_warc

pytest.importorskip("warcio")


def test_build_warc_holds_every_payload_once(tmp_path: Path) -> None:
    pages = [f"<html><body><p>Page {i}</p></body></html>".encode() for i in range(3)]
    path = tmp_path / "bench.warc.gz"
    responses = build_warc(path, pages, 7)
    stats = articlenorm.warc.WarcStats()
    items = list(articlenorm.warc.read(path, stats=stats))
    assert all(isinstance(i, Item) for i in items)
    assert [(i.url, i.source) for i in items if isinstance(i, Item)] == responses
    assert [body for _, body in responses] == [pages[i % 3] for i in range(7)]
    assert dict(stats.passed_over) == {"request": 7}
