"""Explanations: recorded only when something changed, rendered, replayed."""

from __future__ import annotations

import articlenorm
from articlenorm.explain import render_removals, replay

TEXT = (
    "Ferry Timetable Changes Approved\n\n"
    "Spread the love\n\n"
    "The council approved a new <b>ferry</b> timetable on Monday, adding two crossings a day.\n\n"
    "The minister said Moscowâ€™s position had not changed since the talks began in spring.\n\n"
    "Source link\n"
)


def test_removals_edits_and_replay() -> None:
    article = articlenorm.normalize(TEXT, explain=True)
    families = [(r.family, r.rule) for r in article.removed]
    assert ("widgets", "share-label") in families and ("trailers", "source-label") in families
    assert any(r.role is articlenorm.Role.HEADLINE for r in article.removed)
    kinds = {e.family for e in article.edits}
    assert kinds == {"encoding", "markup"}
    assert replay(TEXT, article) == article.paragraphs
    rendered = render_removals(article)
    assert "[widgets/share-label]" in rendered and "Spread the love" in rendered


def test_nothing_recorded_for_clean_text() -> None:
    clean = "A Quiet Day at the Harbour\n\nNothing happened at the harbour on Monday, officials said."
    article = articlenorm.normalize(clean, explain=True)
    assert [r.role for r in article.removed] == [articlenorm.Role.HEADLINE]
    assert article.edits == ()
