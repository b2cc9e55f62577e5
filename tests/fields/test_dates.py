"""Date lines: explicit calendar dates near the top only."""

from __future__ import annotations

import datetime as dt

import pytest

from articlenorm.fields.dates import label_before, parse_date_line

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    "line,value",
    [
        ("Nov 1, 2024 - 18:00", "2024-11-01T18:00"),
        ("November 01, 2024", "2024-11-01"),
        ("Published: 3 March 2023", "2023-03-03"),
        ("Friday, 1 November 2024, 6:05 pm GMT", "2024-11-01T18:05"),
        ("2024-11-01", "2024-11-01"),
        ("01.11.2024 10:12", "2024-11-01T10:12"),
        ("11/01/2024", "2024-11-01"),
        ("25/12/2023", "2023-12-25"),
        ("Posted on Sept. 4th, 2022", "2022-09-04"),
        ("MOSCOW, Nov. 1, 2024", "2024-11-01"),
    ],
)
def test_date_lines(line: str, value: str) -> None:
    found = parse_date_line(line, today=TODAY)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "Published at 10:12 Updated at 18:43",  # a time alone is not a date
        "The council met on November 1, 2024 to discuss the harbour plan and voted to delay it.",
        "In 2024",
        "February 30, 2024",  # no such day
        "March 3, 2031",  # future
        "Figures for 1850",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line, today=TODAY) is None


def test_updated_only_is_flagged() -> None:
    found = parse_date_line("Updated: 2 November 2024", today=TODAY)
    assert found is not None and found.updated
    assert not parse_date_line("Published: 2 November 2024", today=TODAY).updated  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Updated:", "updated"),
        ("Last updated on", "updated"),
        ("Aktualisiert am", "updated"),
        ("Mis à jour le", "updated"),
        ("Published", "published"),
        ("Veröffentlicht am", "published"),
        ("Stand:", "updated"),  # "as of": the state of a page kept current
        ("Letzte Änderung:", "updated"),
        ("Erschienen am:", "published"),
        ("By Jane Roe |", None),
        ("Date:", None),  # says nothing about which date
    ],
)
def test_label_before(text: str, want: str | None) -> None:
    assert label_before(text) == want


def test_stand_marks_the_last_update_not_the_publication() -> None:
    found = parse_date_line("Stand: 12.03.2024, 14:05 Uhr", ("de", "en"), today=TODAY)
    assert found is not None and found.updated and not found.published
    published = parse_date_line("Veröffentlicht am 12.03.2024", ("de", "en"), today=TODAY)
    assert published is not None and published.published and not published.updated
    # "Stand" inside a place or name before a plain date is no label.
    plain = parse_date_line("Standort Berlin, 12.03.2024", ("de", "en"), today=TODAY)
    assert plain is not None and not plain.updated
