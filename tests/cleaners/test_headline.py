"""The headline field in text mode: a first line ending in a full stop is a
sentence, not a headline.

Some text corpora end every headline with a full stop; such a line cannot be
told from a one-sentence lead paragraph, and claiming it would make
``normalize(article.body)`` take the story's first paragraph for a headline
(normalizing twice must change nothing).  So it stays in the body.
"""

from __future__ import annotations

import articlenorm

LEAD = (
    "The island’s ferry operator will cut two of its four daily winter crossings from December, "
    "blaming fuel costs and falling passenger numbers since the new bridge opened on the mainland."
)
SECOND = "Islanders say the cuts will make it harder to reach the hospital and the secondary school."


def test_short_first_sentence_above_a_longer_lead_stays_in_the_body() -> None:
    first = "Ferry operator cuts winter crossings."
    article = articlenorm.normalize(f"{first}\n\n{LEAD}\n\n{SECOND}", format="text")
    assert article.headline is None
    assert article.paragraphs == (first, LEAD, SECOND)
    assert articlenorm.normalize(article.body, format="text").paragraphs == article.paragraphs


def test_same_line_without_full_stop_is_the_headline() -> None:
    article = articlenorm.normalize(
        f"Ferry operator cuts winter crossings\n\n{LEAD}\n\n{SECOND}", format="text"
    )
    assert article.headline == "Ferry operator cuts winter crossings"
    assert article.paragraphs == (LEAD, SECOND)
