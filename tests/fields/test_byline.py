"""Bylines: labelled names and agency lines, never sentences."""

from __future__ import annotations

import pytest

from articlenorm.fields.byline import authors_of, parse_byline


@pytest.mark.parametrize(
    "line,credit",
    [
        ("By AFP", "AFP"),
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("Agence France-Presse in Moscow", "Agence France-Presse"),
        ("Reuters", "Reuters"),
        ("By JANE DOE", "JANE DOE"),
        ("Written by Ana María de la Cruz", "Ana María de la Cruz"),
        ("By Jane Doe for The Daily Planet", "Jane Doe"),
        ("By Jane Doe, Reuters", "Jane Doe, Reuters"),
        ("Staff and agencies", "Staff and agencies"),
    ],
)
def test_bylines(line: str, credit: str) -> None:
    assert parse_byline(line) == credit


def test_polish_i_joins_names() -> None:
    assert parse_byline("Tekst: Piotr Sowa i Ewa Kruk", ("en", "pl")) == "Piotr Sowa i Ewa Kruk"
    assert authors_of("Piotr Sowa i Ewa Kruk") == ("Piotr Sowa", "Ewa Kruk")


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, prices had doubled.",
        "By contrast",
        "By the end of the year",
        "By 2030",
        "Reuters reported the figures on Monday.",
        "Written by hand, the letters were delivered at night.",
        "Sign up to our newsletter",
        "Allies wait",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_authors_are_people_only() -> None:
    assert authors_of("Jane Doe, John Roe and AFP") == ("Jane Doe", "John Roe")
    assert authors_of("Agence France-Presse") == ()
