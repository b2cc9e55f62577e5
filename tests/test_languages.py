"""Cleaner rules, dates and bylines of every non-English language against
the invented cases in ``fixtures/languages/<lang>.toml`` (see its README).

Each case is placed into the language's frame article and run through the
full default pipeline, so a negative also proves no other family eats it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import articlenorm
from articlenorm import Article
from articlenorm.families import RULE_FILES
from articlenorm.lexicon import load_rules, load_table

LANGUAGES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "languages"
LANGS = ("de", "fr", "es", "it", "pt", "nl", "ru", "pl")
FILES = {lang: tomllib.loads((LANGUAGES_DIR / f"{lang}.toml").read_text(encoding="utf-8")) for lang in LANGS}
CFG = articlenorm.Config(include_quotes=False, detect_language=False)
FIELD_TABLES = ("dates", "byline", "captions", "language")


def _cases(kind: str) -> list[Any]:
    return [
        pytest.param(lang, case, id=f"{lang}:{case.get('name', case.get('text'))}")
        for lang in LANGS
        for case in FILES[lang].get(kind, [])
    ]


def _page(lang: str, text: str, position: str) -> str:
    frame = FILES[lang]["frame"]
    paras = frame["paragraphs"]
    parts = [text] if position == "top" else []
    parts.append(frame["headline"])
    if position == "start":
        parts.append(text)
    parts += paras[:2]
    if position == "middle":
        parts.append(text)
    parts += paras[2:]
    if position == "end":
        parts.append(text)
    return "\n\n".join(parts)


def _body(article: Article) -> list[str]:
    return [line for para in article.paragraphs for line in para.split("\n")]


def _frame_intact(lang: str, article: Article) -> None:
    frame = FILES[lang]["frame"]
    assert article.headline == frame["headline"]
    body = list(article.paragraphs)
    assert [p for p in body if p in frame["paragraphs"]] == frame["paragraphs"], f"frame lost: {body}"


def _run(lang: str, text: str, position: str) -> Article:
    return articlenorm.normalize(_page(lang, text, position), format="text", config=CFG, explain=True)


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_every_rule_file(lang: str) -> None:
    for family in RULE_FILES:
        assert load_rules(family, (lang,)), f"{lang}/{family}.toml has no rules"
    for name in FIELD_TABLES:
        assert load_table(lang, name), f"{lang}/{name}.toml is missing"


@pytest.mark.parametrize("lang", LANGS)
def test_rule_files_comment_every_rule(lang: str) -> None:
    folder = Path(articlenorm.__file__).parent / "rules" / lang
    for path in folder.glob("*.toml"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.strip() == "[[rule]]":
                assert i and lines[i - 1].startswith("#"), (
                    f"{path.name}:{i + 1}: a rule without a comment line"
                )


@pytest.mark.parametrize("lang", LANGS)
def test_frame_comes_out_unchanged_in_its_language(lang: str) -> None:
    frame = FILES[lang]["frame"]
    article = articlenorm.normalize("\n\n".join([frame["headline"], *frame["paragraphs"]]), config=CFG)
    assert article.paragraphs == tuple(frame["paragraphs"])
    assert articlenorm.fields.language.guess_rule_language(frame["paragraphs"]) == lang


@pytest.mark.parametrize("lang,case", _cases("positive"))
def test_positive(lang: str, case: dict[str, Any]) -> None:
    article = _run(lang, case["text"], case.get("position", "middle"))
    body = _body(article)
    by = {r.text: r.family for r in article.removed}
    for line in case["removed"]:
        assert line not in body, f"not removed: {line!r}"
        assert by.get(line) == case["family"], f"{line!r} removed by {by.get(line)}, not {case['family']}"
    _frame_intact(lang, article)


@pytest.mark.parametrize("lang,case", _cases("negative"))
def test_negative(lang: str, case: dict[str, Any]) -> None:
    article = _run(lang, case["text"], case.get("position", "middle"))
    body = _body(article)
    by = {r.text: f"{r.family}/{r.rule}" for r in article.removed}
    for line in (x.strip() for x in case["text"].splitlines() if x.strip()):
        assert line in body, f"real text lost: {line!r} ({by.get(line)})"
    _frame_intact(lang, article)


@pytest.mark.parametrize("lang,case", _cases("date"))
def test_localized_date_line(lang: str, case: dict[str, Any]) -> None:
    article = _run(lang, case["text"], "start")
    want = case["expected"]
    assert article.date is not None and article.date[: len(want)] == want
    assert case["text"] not in _body(article)


@pytest.mark.parametrize("lang,case", _cases("byline"))
def test_localized_byline(lang: str, case: dict[str, Any]) -> None:
    article = _run(lang, case["text"], "start")
    assert article.byline == case["expected"]
    _frame_intact(lang, article)
