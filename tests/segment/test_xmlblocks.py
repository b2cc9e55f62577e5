"""trafilatura XML -> blocks: roles, line breaks, layout tables, loose text."""

from __future__ import annotations

from lxml import etree

from articlenorm.model import BlockKind
from articlenorm.segment.html import MARK, parse_html
from articlenorm.segment.xmlblocks import SourceIndex, xml_blocks


def _blocks(xml: str, page: str = "<html><body><p>x</p></body></html>") -> list[tuple[BlockKind, str, int]]:
    tree = parse_html(page)
    body = etree.fromstring(xml)
    return [(b.kind, b.text, b.group) for b in xml_blocks(body, SourceIndex(tree, [], MARK))]


def test_roles_are_kept() -> None:
    got = _blocks(
        "<body><head rend='h2'>Sub</head><p>Para one.</p><list><item>A</item><item>B</item></list>"
        "<quote>Quoted words.</quote><code>x = 1</code></body>"
    )
    assert [(k, t) for k, t, _ in got] == [
        (BlockKind.HEADING, "Sub"),
        (BlockKind.PARAGRAPH, "Para one."),
        (BlockKind.LIST_ITEM, "A"),
        (BlockKind.LIST_ITEM, "B"),
        (BlockKind.QUOTE, "Quoted words."),
        (BlockKind.CODE, "x = 1"),
    ]
    assert got[2][2] == got[3][2]  # one list, one group


def test_line_breaks_split_paragraphs_and_rejoin_wrapped_lines() -> None:
    got = _blocks(
        "<body><p>Posted by Jane on 1 May<lb/>Report this comment<lb/><lb/>They say rats desert "
        "sinking ships,<lb/>but it takes a mega-rat to sink one.</p></body>"
    )
    texts = [t for _, t, _ in got]
    assert texts == [
        "Posted by Jane on 1 May",
        "Report this comment",
        "They say rats desert sinking ships, but it takes a mega-rat to sink one.",
    ]
    assert got[2][2] > got[1][2]  # a blank line starts a new paragraph group


def test_data_rows_stay_rows_layout_rows_are_walked_into() -> None:
    data = _blocks("<body><table><row><cell>Rand/$</cell><cell>6.93</cell></row></table></body>")
    assert data == [(BlockKind.TABLE, "Rand/$ | 6.93", data[0][2])]
    layout = _blocks(
        "<body><table><row><cell/><cell><head rend='h1'>Title here</head><p>First paragraph.</p>"
        "<p>Second paragraph.</p></cell></row></table></body>"
    )
    assert [(k, t) for k, t, _ in layout] == [
        (BlockKind.HEADING, "Title here"),
        (BlockKind.PARAGRAPH, "First paragraph."),
        (BlockKind.PARAGRAPH, "Second paragraph."),
    ]


def test_loose_text_and_tails_are_kept() -> None:
    got = _blocks("<body>Lead text<p>abc</p>tail text <hi>bold</hi> more</body>")
    assert [t for _, t, _ in got] == ["Lead text", "abc", "tail text bold more"]


def test_blocks_without_a_number_find_the_first_page_element_with_their_text() -> None:
    page = (
        "<html><body><div><p>Intro words.</p><p>Same text!</p></div>"
        "<ul><li><b>Same</b> text</li></ul><p>Later paragraph.</p></body></html>"
    )
    tree = parse_html(page)
    index = SourceIndex(tree, [], MARK)
    body = etree.fromstring("<body><p>Later paragraph.</p><p>same text</p><p>Not on the page</p></body>")
    found = [index.find(el, el.text) for el in body]
    assert found[0] is not None and found[0].text == "Later paragraph."
    # the first of two elements with the same letters, though read after a later one
    assert found[1] is not None and found[1].tag == "p" and found[1].text == "Same text!"
    assert found[2] is None
