"""Whole-page text dumps (fixtures/boilerplate) against their expected story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import articlenorm

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "boilerplate"
CASES = sorted(FIXTURES.glob("*.txt"))
CFG = articlenorm.Config(include_quotes=False, detect_language=False)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_page_dump(path: Path) -> None:
    want = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = articlenorm.normalize(path.read_text(encoding="utf-8"), format="text", config=CFG, explain=True)
    assert article.headline == want["headline"]
    assert list(article.paragraphs) == want["paragraphs"]
    assert any(r.family == "boilerplate" for r in article.removed)
    again = articlenorm.normalize(article.to_text(), format="text", config=CFG)
    assert again.headline == article.headline
    assert again.paragraphs == article.paragraphs


def test_fixture_pairs_complete() -> None:
    assert CASES
    for path in CASES:
        assert path.with_suffix(".expected.json").is_file()
