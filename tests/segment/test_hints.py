"""Block hints: class/id words of small containers, main container position."""

from __future__ import annotations

from articlenorm.segment.hints import container_hints, element_words, main_container
from articlenorm.segment.html import parse_html


def test_element_words_whole_parts_and_slugs() -> None:
    div = '<div class="related-links relatedStories" id="sharing-with-a-single-dev">x</div>'
    tree = parse_html(f"<html><body>{div}</body></html>")
    words = element_words(tree.find(".//div"))
    assert {"related-links", "related", "links", "stories", "relatedstories"} <= words
    assert "sharing" not in words  # a five-part slug made from a heading, not a box name


def _page() -> tuple[list, list[int]]:
    tree = parse_html(
        "<html><body>"
        '<div class="nav"><p id="n">Home</p></div>'
        '<div class="story"><p id="a">' + "word " * 60 + '</p><p id="b">' + "word " * 60 + "</p>"
        '<div class="share-bar"><p id="s">Share this</p></div></div>'
        '<div class="part2"><p id="c">Second part of the story with more words in it.</p></div>'
        '<div class="story2"><p id="d">' + "word " * 60 + "</p></div>"
        '<div class="footer"><p id="f">Footer</p></div>'
        "</body></html>"
    )
    ids = ["n", "a", "b", "s", "c", "d", "f"]
    sources = [tree.get_element_by_id(i) for i in ids]
    sizes = [len(s.text_content()) for s in sources]
    return sources, sizes


def test_main_container_and_positions() -> None:
    sources, sizes = _page()
    main = main_container(sources, sizes)
    assert main is not None and main.get("class") == "story"
    hints = container_hints(sources, sizes)
    by_id = dict(zip("nabscdf", hints, strict=True))
    assert "x:outside-main" in by_id["n"] and "nav" in by_id["n"]
    assert "x:depth-1" in by_id["a"]
    assert {"share-bar", "share", "bar"} <= by_id["s"]
    assert "x:between-main" not in by_id["c"]  # after the last main block: outside
    assert "x:outside-main" in by_id["f"]
    assert "<p>" in by_id["a"]
