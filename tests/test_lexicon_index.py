"""RuleIndex: one look-up per block must name every rule that fires.

Differential test: the reference is the old per-rule loop (run every rule on
every text); the index's candidates, each run, must give the same rules, on
every line and paragraph of every fixture file and on strings built from the
rule phrases themselves.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from articlenorm.cleaners.boilerplate_comments import comment_rules
from articlenorm.lexicon import Prepared, Rule, RuleIndex, available_languages, load_rules, rule_index

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FAMILIES = (
    "widgets",
    "ads",
    "appeals",
    "prompts",
    "metalines",
    "breadcrumbs",
    "comments",
    "boilerplate",
    "related",
    "blurbs",
    "trailers",
)


@cache
def _all_rules() -> tuple[Rule, ...]:
    """Every rule of every family and language, in one tuple (one index)."""
    langs = available_languages()
    rules = [r for family in FAMILIES for r in load_rules(family, langs)]
    return (*rules, *comment_rules(langs))


def _reference(rules: tuple[Rule, ...], text: str) -> list[Rule]:
    """The per-rule loop the index replaces."""
    p = Prepared(text)
    return [r for r in rules if r.matches(p)]


def _indexed(index: RuleIndex, text: str) -> list[Rule]:
    p = Prepared(text)
    found = index.candidates(p)
    position = {id(r): i for i, r in enumerate(index.rules)}
    assert [position[id(r)] for r in found] == sorted(position[id(r)] for r in found)  # rule order kept
    return [r for r in found if r.matches(p)]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _fixture_texts() -> list[str]:
    texts: set[str] = set()
    for path in sorted(FIXTURES.rglob("*")):
        if not path.is_file() or path.suffix == ".py":
            continue
        raw = path.read_text(encoding="utf-8", errors="replace")
        docs = [raw]
        if path.suffix == ".json":
            docs += _strings(json.loads(raw))
        for doc in docs:
            texts |= {line.strip() for line in doc.splitlines() if line.strip()}
            texts |= {para.strip() for para in doc.split("\n\n") if para.strip()}
    return sorted(texts)


def test_index_agrees_with_every_rule_on_every_fixture_text() -> None:
    rules = _all_rules()
    index = RuleIndex(rules)
    texts = _fixture_texts()
    assert len(texts) > 2000
    fired = 0
    for text in texts:
        expected = _reference(rules, text)
        assert _indexed(index, text) == expected, text[:200]
        fired += bool(expected)
    assert fired > 200  # the fixtures do exercise the rules


def test_index_agrees_per_family_and_language_set() -> None:
    texts = _fixture_texts()[::7]
    for lang in available_languages():
        for family in FAMILIES:
            rules = load_rules(family, ("en", lang) if lang != "en" else ("en",))
            index = rule_index(rules)
            assert rule_index(rules) is index  # built once per tuple
            for text in texts:
                assert _indexed(index, text) == _reference(rules, text), (lang, family, text[:80])


@cache
def _phrases() -> tuple[str, ...]:
    out = {p for r in _all_rules() if r.match != "pattern" for p in r.phrases}
    return tuple(sorted(out))


_GLUE = st.sampled_from(
    [
        " ",
        "  ",
        "\t",
        "\n",
        ": ",
        " - ",
        " | ",
        " » ",
        "•",
        "* ",
        ", ",
        ". ",
        "!",
        "?",
        "'",
        "’",
        '"',
        "“",
        "”",
        "(",
        ")",
    ]
)
_WORDS = st.sampled_from(["the", "story", "minister", "said", "you", "our", "2024", "x", "ab", "Über", "ß"])


@st.composite
def _phrase_text(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        piece = draw(st.one_of(st.sampled_from(_phrases()), _WORDS))
        case = draw(st.sampled_from(["keep", "upper", "title", "cut"]))
        if case == "upper":
            piece = piece.upper()
        elif case == "title":
            piece = piece.title()
        elif case == "cut" and len(piece) > 2:
            piece = piece[: draw(st.integers(1, len(piece) - 1))]
        parts.append(piece)
        parts.append(draw(_GLUE))
    return "".join(parts).strip(draw(st.sampled_from(["", " ", "\n"])))


@settings(max_examples=400, deadline=None)
@given(_phrase_text())
def test_index_agrees_on_strings_built_from_the_phrases(text: str) -> None:
    rules = _all_rules()
    assert _indexed(rule_index(rules), text) == _reference(rules, text)


def test_every_phrase_fires_its_own_rule_through_the_index() -> None:
    rules = _all_rules()
    index = rule_index(rules)
    for rule in rules:
        if rule.match == "pattern" or rule.min_hits > 1:
            continue
        for phrase in rule.phrases:
            text = phrase if rule.match != "prefix" else f"{phrase}: more"
            assert any(r is rule for r in _indexed(index, text)), (rule.name, phrase)
