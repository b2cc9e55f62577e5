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
from articlenorm.families import RULE_FILES
from articlenorm.lexicon import (
    Prepared,
    Rule,
    RuleIndex,
    available_languages,
    load_rules,
    phrase_index,
    rule_index,
)
from articlenorm.literals import required_literals

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


@cache
def _pattern_pieces() -> tuple[str, ...]:
    """The literal strings the pattern rules need (articlenorm.literals), and
    words of the patterns' own fixtures: texts built from them reach the
    automaton scan and the per-pattern check."""
    out: set[str] = set()
    for rule in _all_rules():
        if rule.match != "pattern" or rule._regex is None:
            continue
        needs = required_literals(rule._regex.pattern, rule._regex.flags) or ()
        out |= {s for alt in needs for group in alt for s in group}
    return tuple(sorted(out))


#: Characters that re.IGNORECASE equates with an ASCII letter although they
#: are not its case pair in str.lower (dotted/dotless I, long s, Kelvin sign).
_TWINS = st.sampled_from(["İ", "ı", "ſ", "K", "I", "S", "k"])


@st.composite
def _pattern_text(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        piece = draw(st.one_of(st.sampled_from(_pattern_pieces()), _WORDS, _TWINS))
        case = draw(st.sampled_from(["keep", "upper", "title", "twin"]))
        if case == "upper":
            piece = piece.upper()
        elif case == "title":
            piece = piece.title()
        elif case == "twin":
            piece = piece.replace("s", "ſ").replace("i", "ı").replace("k", "K")
        parts.append(piece)
        parts.append(draw(_GLUE))
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(_pattern_text())
def test_index_agrees_on_strings_built_from_pattern_literals(text: str) -> None:
    rules = _all_rules()
    assert _indexed(rule_index(rules), text) == _reference(rules, text)


def test_pattern_rules_mostly_need_literal_text() -> None:
    # The scan only helps if most pattern rules name text they need; a rule
    # file whose patterns all became "always" would still be correct, but slow.
    patterns = [r for r in _all_rules() if r.match == "pattern" and r._regex is not None]
    needing = [r for r in patterns if required_literals(r._regex.pattern, r._regex.flags) is not None]
    assert len(patterns) > 50
    assert len(needing) >= 0.6 * len(patterns)


def test_shared_phrase_index_gives_each_family_its_own_candidates() -> None:
    texts = _fixture_texts()[::5]
    for langs in (("en",), ("en", "de"), ("en", "ru"), ("fr",)):
        shared = phrase_index(langs)
        for family in RULE_FILES:
            rules = load_rules(family, langs)
            for text in texts:
                p = Prepared(text)
                got = [r for r in shared.candidates(p, family) if r.matches(p)]
                assert got == _reference(rules, text), (langs, family, text[:80])
