"""Captions are recognised by their credits, not their wording."""

from __future__ import annotations

import pytest

from articlenorm import Caption
from articlenorm.fields.captions import parse_caption


@pytest.mark.parametrize(
    "line,caption",
    [
        (
            "Photo: Marta Kuhn/AFP Firefighters work at the timber yard on Sunday.",
            Caption("Firefighters work at the timber yard on Sunday.", "Marta Kuhn/AFP"),
        ),
        (
            "Residents clear debris on Tuesday. © Iris Vell/Getty Images",
            Caption("Residents clear debris on Tuesday.", "Iris Vell/Getty Images"),
        ),
        (
            "The ministers shake hands in Geneva. Pavel Orlov / TASS",
            Caption("The ministers shake hands in Geneva.", "Pavel Orlov / TASS"),
        ),
        (
            "Troops near the border © Defence Ministry Press Service via AP",
            Caption("Troops near the border", "Defence Ministry Press Service via AP"),
        ),
        ("Photo: Reuters", Caption("", "Reuters")),
        (
            "The mayor (L) and the governor (R) at the opening",
            Caption("The mayor (L) and the governor (R) at the opening", None),
        ),
    ],
)
def test_captions(line: str, caption: Caption) -> None:
    found = parse_caption(line)
    assert found is not None and found[1] == caption


@pytest.mark.parametrize(
    "line",
    [
        "Photographs of the flood were shared widely on social media.",
        "The photo agency Reuters said it would appeal the ruling.",
        "Credit card debt rose by 8% in the year to March, the bank said.",
        "The figures were first reported by the Associated Press on Monday.",
        "The studio said the footage was protected by copyright and could not be shown",
        "Smith (c), Jones, Brown, Green and White were picked for the final",
        "Microsoft Office(R) licences were renewed for another year",
    ],
)
def test_not_captions(line: str) -> None:
    assert parse_caption(line) is None
