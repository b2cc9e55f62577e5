"""The headline field in text mode: a first line ending in a full stop."""

from __future__ import annotations

import articlenorm

LEAD = (
    "The island’s ferry operator will cut two of its four daily winter crossings from December, "
    "blaming fuel costs and falling passenger numbers since the new bridge opened on the mainland."
)
SECOND = "Islanders say the cuts will make it harder to reach the hospital and the secondary school."


def test_short_first_line_with_full_stop_above_longer_lead_is_the_headline() -> None:
    text = f"Ferry operator cuts winter crossings.\n\n{LEAD}\n\n{SECOND}"
    article = articlenorm.normalize(text, format="text")
    assert article.headline == "Ferry operator cuts winter crossings."
    assert article.paragraphs == (LEAD, SECOND)


def test_short_opening_paragraph_without_longer_lead_stays_in_body() -> None:
    # No headline at all: a short first sentence followed by a paragraph of
    # about its own length is the story's start, not a title.
    first = "The ferry will stop running at night from December."
    text = f"{first}\n\n{SECOND}\n\n{LEAD}"
    article = articlenorm.normalize(text, format="text")
    assert article.headline is None
    assert article.paragraphs[0] == first


def test_two_sentences_are_never_a_full_stop_headline() -> None:
    first = "The ferry stops. Islanders are angry."
    article = articlenorm.normalize(f"{first}\n\n{LEAD}\n\n{SECOND}", format="text")
    assert article.headline is None
    assert article.paragraphs[0] == first


def test_full_stop_line_below_other_text_is_no_headline() -> None:
    text = f"{LEAD}\n\nFerry operator cuts winter crossings.\n\n{LEAD} {SECOND}"
    article = articlenorm.normalize(text, format="text")
    assert article.headline is None
    assert "Ferry operator cuts winter crossings." in article.paragraphs
