"""The markup editor: tag-only blocks are dropped, words in tags are kept."""

from __future__ import annotations

import articlenorm

LEAD = "The harbour council approved a new ferry timetable on Monday, adding two crossings a day.\n\n"
CLOSE = "\n\nOfficials said the change would start next month and cost nothing extra for passengers."


def _removed(text: str) -> list[tuple[str, str]]:
    article = articlenorm.normalize(text, format="text", explain=True)
    return [(r.rule, r.text) for r in article.removed if r.cleaner == "markup"]


def test_block_of_tags_only_is_dropped() -> None:
    slot = '<div><img alt="" src="https://ads.example.net/slot/300x250.gif" width="300"></div>'
    assert _removed(LEAD + slot + CLOSE) == [("markup-only", slot)]


def test_tracking_pixel_and_comment_tags_are_dropped() -> None:
    pixel = '<img id="pixel" src="/count/1.gif" width="1" height="1" alt=""> <!-- counter -->'
    assert [rule for rule, _ in _removed(LEAD + pixel + CLOSE)] == ["markup-only"]


def test_words_between_tags_survive() -> None:
    text = LEAD + "<div>The ferry will run every hour in summer.</div>" + CLOSE
    article = articlenorm.normalize(text, format="text")
    assert any("The ferry will run every hour in summer." in p for p in article.paragraphs)
