"""Whole cluttered articles (fixtures/articles) against their expected output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import articlenorm

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
CFG = articlenorm.Config(include_quotes=False)
CASES = sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".html"))


def _expected(path: Path) -> dict[str, Any]:
    return json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_article(path: Path) -> None:
    want = _expected(path)
    article = articlenorm.normalize(path, config=CFG, explain=True)
    assert article.headline == want["headline"]
    assert article.byline == want["byline"]
    assert (article.date[:10] if article.date else None) == want["date"]
    assert list(article.paragraphs) == want["paragraphs"]
    assert [{"text": c.text, "credit": c.credit} for c in article.captions] == want["captions"]
    if path.suffix == ".txt":
        families = {r.family for r in article.removed if r.role is None and r.family != "captions"}
        if any(e.family == "markup" for e in article.edits if e.block is not None):
            kept_edit = {e.block for e in article.edits if e.family == "markup"} - {
                r.block for r in article.removed
            }
            if kept_edit:
                families.add("markup")
        assert sorted(families) == want["removed_families"]
