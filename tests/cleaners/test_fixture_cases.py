"""Every cleaner family and field against its positive and negative fixtures.

The cases live in ``fixtures/cleaners/<family>.toml`` (see fixtures/README.md):
positives are clutter the family must remove (or a field it must fill),
negatives are real article text that looks alike and must survive untouched.
Each case is placed into the neutral frame article and run through the full
default pipeline, so a negative also proves no *other* family eats it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import articlenorm
from articlenorm import Article
from articlenorm.families import CLUTTER, FIELDS

CLEANERS = Path(__file__).resolve().parents[2] / "fixtures" / "cleaners"
FRAME = tomllib.loads((CLEANERS / "_frame.toml").read_text(encoding="utf-8"))
CFG = articlenorm.Config(include_quotes=False, detect_language=False)


def _cases(kind: str) -> list[Any]:
    out = []
    for family in CLUTTER + FIELDS:
        path = CLEANERS / f"{family}.toml"
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get(kind, []):
            out.append(pytest.param(family, case, id=f"{family}:{case['name']}"))
    return out


def _page(case: dict[str, Any], *, with_headline: bool = True) -> str:
    position = case.get("position", "middle") if with_headline else "start"
    text = case["text"]
    parts: list[str] = []
    if position == "top":
        parts.append(text)
    if with_headline:
        parts.append(FRAME["headline"])
    if position == "start":
        parts.append(text)
    parts += [FRAME["lead"], FRAME["middle"][0]]
    if position == "middle":
        parts.append(text)
    parts += [FRAME["middle"][1], FRAME["closing"]]
    if position == "end":
        parts.append(text)
    return "\n\n".join(parts)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _body_lines(article: Article) -> list[str]:
    return [line for para in article.paragraphs for line in para.split("\n")]


def _assert_frame_intact(article: Article, *, headline: bool = True) -> None:
    body = list(article.paragraphs)
    frame = [FRAME["lead"], *FRAME["middle"], FRAME["closing"]]
    positions = [body.index(p) if p in body else -1 for p in frame]
    assert -1 not in positions, f"a frame paragraph was lost: body={body}"
    assert positions == sorted(positions)
    if headline:
        assert article.headline == FRAME["headline"]


def _removal_families(article: Article, line: str) -> set[str]:
    return {r.family for r in article.removed if r.text.strip() == line}


@pytest.mark.parametrize("family,case", _cases("positive"))
def test_positive(family: str, case: dict[str, Any]) -> None:
    is_headline_case = family == "headline"
    article = articlenorm.normalize(
        _page(case, with_headline=not is_headline_case), format="text", config=CFG, explain=True
    )
    body = _body_lines(article)
    if family == "markup":
        assert case["expected"] in body
        assert any(r.family == "markup" for r in article.edits)
        _assert_frame_intact(article)
        return
    if family in FIELDS:
        expected = case["expected"]
        if family == "headline":
            assert article.headline == expected
        elif family == "byline":
            assert article.byline == expected
        elif family == "dateline":
            assert article.date is not None and article.date[:10] == expected
        else:
            want = articlenorm.Caption(expected["text"], expected.get("credit"))
            assert want in article.captions, f"captions: {article.captions}"
        for line in _lines(case["text"]):
            assert line not in body, f"field line left in body: {line!r}"
        _assert_frame_intact(article, headline=not is_headline_case)
        return
    for line in case.get("removed", []):
        assert line.strip() not in body, f"not removed: {line!r}"
        assert family in _removal_families(article, line.strip()), (
            f"{line!r} removed by {_removal_families(article, line.strip())}, not {family}"
        )
    for line in case.get("kept", []):
        assert line.strip() in body, f"lost: {line!r}"
    for line in case.get("elsewhere", []):
        assert line.strip() not in body, f"should have left the body: {line!r}"
    _assert_frame_intact(article)


@pytest.mark.parametrize("family,case", _cases("negative"))
def test_negative(family: str, case: dict[str, Any]) -> None:
    article = articlenorm.normalize(_page(case), format="text", config=CFG, explain=True)
    body = _body_lines(article)
    survives = case.get("survives", True)
    for line in _lines(case["text"]):
        if survives:
            assert line in body, f"real text lost: {line!r} ({_removal_families(article, line)})"
        else:
            assert line not in body
    if family == "byline":
        assert article.byline is None
    elif family == "dateline":
        assert article.date is None
    elif family == "captions":
        assert article.captions == ()
    _assert_frame_intact(article)


def test_every_family_has_positives_and_negatives() -> None:
    for family in CLUTTER + FIELDS:
        data = tomllib.loads(Path(CLEANERS / f"{family}.toml").read_text(encoding="utf-8"))
        assert len(data.get("positive", [])) >= 8, family
        assert len(data.get("negative", [])) >= 8, family
