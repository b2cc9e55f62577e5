"""find_quotes against the fixture cases in fixtures/quotes/*.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from articlenorm.fields.quotes import find_quotes
from articlenorm.model import Quote

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "quotes"
STYLE_FILES = ("marks.toml", "attribution.toml", "speakers.toml", "negatives.toml")


def _cases() -> list[Any]:
    params = []
    for path in sorted(FIXTURES.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            params.append(pytest.param(case, id=f"{path.stem}:{case['name']}"))
    return params


def _row(quote: Quote) -> dict[str, object]:
    return {
        "text": quote.text,
        "speaker": quote.speaker or "",
        "speaker_mention": quote.speaker_mention or "",
        "partial": quote.partial,
    }


@pytest.mark.parametrize("case", _cases())
def test_fixture_case(case: dict[str, Any]) -> None:
    paragraphs = case["paragraphs"]
    quotes = find_quotes(paragraphs, language=case.get("language", "en"))
    expected = case.get("expect", [])
    keys = ("text", "speaker", "speaker_mention", "partial")
    assert [_row(q) for q in quotes] == [{k: e[k] for k in keys} for e in expected]
    body = "\n\n".join(paragraphs)
    for quote, exp in zip(quotes, expected, strict=True):
        if exp.get("parts", 1) == 1:
            assert body[quote.start : quote.end] == quote.text
            assert quote.paragraph == body.count("\n\n", 0, quote.start)
        else:
            assert body[quote.start :].startswith(quote.text.split()[0])
            assert body[: quote.end].endswith(quote.text.split()[-1])


def test_fixture_files_cover_every_style() -> None:
    present = {p.name for p in FIXTURES.glob("*.toml")}
    assert set(STYLE_FILES) <= present


def test_offsets_point_into_the_body_of_a_later_paragraph() -> None:
    paragraphs = ["No quotes here.", "Second paragraph.", "“A third one with a quote,” Ana Ruiz said."]
    (quote,) = find_quotes(paragraphs)
    body = "\n\n".join(paragraphs)
    assert quote.paragraph == 2
    assert body[quote.start : quote.end] == "A third one with a quote,"


def test_empty_and_quoteless_input() -> None:
    assert find_quotes([]) == ()
    assert find_quotes(["", "   "]) == ()
    assert find_quotes(["Nothing is quoted in this sentence."]) == ()


def test_unknown_language_finds_spans_without_speakers() -> None:
    quotes = find_quotes(["“We will win this match,” said Tomas Brandt."], language="xx")
    assert [(q.text, q.speaker, q.speaker_mention) for q in quotes] == [
        ("We will win this match,", None, None)
    ]


def test_language_tags_use_their_primary_language() -> None:
    for tag in ("en-GB", "EN", "en_US"):
        quotes = find_quotes(["“We will win this match,” said Tomas Brandt."], language=tag)
        assert quotes[0].speaker == "Tomas Brandt"


def test_language_none_uses_english_rules() -> None:
    quotes = find_quotes(["“We will win this match,” said Tomas Brandt."], language=None)
    assert quotes[0].speaker == "Tomas Brandt"


def test_accepts_any_sequence() -> None:
    paragraphs = ("“We will win this match,” said Tomas Brandt.",)
    assert find_quotes(paragraphs) == find_quotes(list(paragraphs))


@pytest.mark.parametrize(
    "paragraph",
    [
        '"' * 1_000_000,
        "“" * 1_000_000,
        "”" * 1_000_000,
        "'" * 1_000_000,
        "‘’" * 500_000,
        " " * 1_000_000,
        "." * 1_000_000,
        ". " * 500_000,
        "“ " * 500_000,
    ],
    ids=["straight", "open", "close", "apostrophe", "singles", "spaces", "dots", "dot-space", "open-space"],
)
def test_megabyte_paragraph_of_marks_spaces_or_dots(paragraph: str) -> None:
    """Size check: such input is handled by linear scans (no timing asserted)."""
    quotes = find_quotes([paragraph])
    assert all(0 <= q.start <= q.end <= len(paragraph) for q in quotes)


def test_non_prose_block_does_not_hide_other_quotes() -> None:
    from articlenorm.fields.quotes.marks import MAX_MARKS

    wall = "“a” " * (MAX_MARKS // 2 + 1)
    paragraphs = ["“We will win this match,” said Tomas Brandt.", wall, "." * 100_000]
    quotes = find_quotes(paragraphs)
    assert [(q.text, q.speaker) for q in quotes] == [("We will win this match,", "Tomas Brandt")]
