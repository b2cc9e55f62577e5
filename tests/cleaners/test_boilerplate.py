"""The page-boilerplate cleaner (cleaners/boilerplate*.py): its stages, its
gate (clean text is never touched) and its removal records."""

from __future__ import annotations

import time

import pytest

import articlenorm
from articlenorm.cleaners import default_pipeline
from articlenorm.cleaners.boilerplate import Boilerplate
from articlenorm.cleaners.boilerplate_context import (
    clusters,
    mark_headings,
    mark_link_runs,
    promote_near_runs,
    revise,
)
from articlenorm.cleaners.boilerplate_lines import LineClass, cells, classify, stopwords_for
from articlenorm.cleaners.boilerplate_rules import thresholds
from articlenorm.fields.stopvote import vote_words
from articlenorm.lexicon import load_rules
from articlenorm.pipeline import Doc
from articlenorm.segment import segment_text
from articlenorm.textutil import words

CFG = articlenorm.Config(include_quotes=False, detect_language=False)
TH = thresholds()
STOPS = stopwords_for("en")
RULES = load_rules("boilerplate", ("en",))

PROSE = [
    "The council approved the new budget on Monday after a long debate, and the mayor said the money "
    "would be spent on the roads and the schools that need it most, starting with the bridge on the "
    "river road.",
    "Residents who spoke at the meeting said they had waited years for the repairs, and several of them "
    "asked the council to publish a timetable so that they could see when the work would begin and how "
    "long it would last.",
    "The finance committee will review the spending again in the autumn, when the first contracts are due "
    "to be signed and the cost of the materials is known.",
    "Officials said the plan would be paid for without raising taxes, because the city had set money aside "
    "in previous years for exactly this purpose.",
]
MENU = [
    "Home",
    "World News",
    "Local Politics",
    "Business Today",
    "Sport Results",
    "Culture and Arts",
    "Weather",
]
FOOTER = [
    "About us",
    "Contact us",
    "Privacy policy",
    "Terms of use",
    "© 2024 The Daily Example. All rights reserved.",
]


def _page(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part)


def _run(text: str) -> articlenorm.Article:
    return articlenorm.normalize(text, format="text", config=CFG, explain=True)


def test_cells_split_on_column_padding_only() -> None:
    assert cells("Home        The council met on Monday.", 3) == ["Home", "The council met on Monday."]
    assert cells("A sentence with  two spaces stays whole.", 3) == [
        "A sentence with  two spaces stays whole."
    ]
    assert cells("a\tb", 3) == ["a", "b"]


def test_line_classes() -> None:
    assert classify(PROSE[0], STOPS, TH, RULES).cls is LineClass.GOOD
    assert classify("Home", STOPS, TH, RULES).rule == "site-furniture"
    assert classify("Home | World | Sport | Weather", STOPS, TH, RULES).rule == "menu-row"
    short = classify("Local Politics", STOPS, TH, RULES)
    assert short.cls is LineClass.SHORT and short.link_like
    # A sentence full of names and numbers is still prose by its punctuation.
    names = classify(
        "Quirke, 38, made 300 appearances for Harbour City FC over 11 seasons.", STOPS, TH, RULES
    )
    assert names.cls is not LineClass.BAD


def test_table_layout_line_judged_by_its_prose_cell() -> None:
    line = classify("Business" + " " * 20 + PROSE[1], STOPS, TH, RULES)
    assert line.cls is LineClass.GOOD
    assert line.keep_cells == (PROSE[1],)
    assert [c.text for c in line.side_cells] == ["Business"]


def test_page_language_reads_the_whole_page() -> None:
    assert vote_words(words(t) for t in MENU + PROSE).at_least(TH.language_min_share) == "en"
    assert vote_words(words(t) for t in ["12345", "67890"]).at_least(TH.language_min_share) is None


def _doc(text: str) -> Doc:
    blocks = segment_text(text)
    return Doc(tuple(blocks), size=len(blocks), fields={}, config=CFG, language="en", source_format="text")


def test_link_runs_headings_and_revision() -> None:
    text = _page(MENU, ["Council Backs Road Budget"], PROSE[:2], ["Allies wait"], PROSE[2:], FOOTER)
    doc = _doc(text)
    lines = [classify(b.text, STOPS, TH, RULES) for b in doc.blocks]
    mark_link_runs(lines, TH)
    promote_near_runs(lines, TH)
    heads = mark_headings(lines, TH)
    final = revise(lines, heads)
    texts = [b.text for b in doc.blocks]
    assert final[texts.index("Allies wait")] is LineClass.GOOD  # a subheading between prose
    assert final[texts.index("Local Politics")] is LineClass.BAD  # a menu entry
    found = clusters(lines, final, heads, TH)
    assert len(found) == 1 and texts[found[0].first] == PROSE[0]


def test_whole_page_dump_keeps_the_story_only() -> None:
    text = _page(
        ["Skip to main content"],
        MENU,
        ["Council Backs Road Budget", "By Jane Example"],
        PROSE[:2],
        ["Readers"],
        PROSE[2:],
        [
            "Most popular",
            "Bridge to close for repairs",
            "New bakery opens downtown",
            "Choir wins national prize",
        ],
        FOOTER,
    )
    article = _run(text)
    assert article.headline == "Council Backs Road Budget"
    assert list(article.paragraphs) == [*PROSE[:2], "Readers", *PROSE[2:]]
    records = [r for r in article.removed if r.family == "boilerplate"]
    assert records and all(r.rule and r.reason for r in records)
    assert {"outside-main-run", "short-line-run"} & {r.rule for r in records}
    again = _run(article.to_text())
    assert again.headline == article.headline and again.paragraphs == article.paragraphs


def test_comment_thread_below_the_story_goes() -> None:
    comments = [
        "3 Comments",
        "Posted by riverfan on 2 May 2024 at 10:12",
        "I have been asking for these repairs for years and I am glad somebody finally listened to us.",
        "Posted by oldtown on 2 May 2024 at 11:40",
        "Taxes will go up anyway, mark my words, they always say this and then the bills arrive later.",
    ]
    article = _run(_page(MENU, ["Council Backs Road Budget"], PROSE, comments, FOOTER))
    assert list(article.paragraphs) == PROSE
    rules = {r.text: r.rule for r in article.removed}
    assert rules[comments[2]] == "comment-section"


def test_comments_link_above_the_story_does_not_cut_it() -> None:
    toolbar = ["Print", "Comments (3)", "Share"]
    article = _run(_page(MENU, ["Council Backs Road Budget"], toolbar, PROSE, FOOTER))
    assert list(article.paragraphs) == PROSE


@pytest.mark.parametrize(
    "text",
    [
        _page(["Council Backs Road Budget"], PROSE),
        _page(["Council Backs Road Budget"], PROSE[:2], ["Allies wait"], PROSE[2:], ["Readers"], PROSE[:1]),
        # A story that ends in a list is not a page with a menu.
        _page(
            ["Council Backs Road Budget"],
            PROSE,
            ["- Roads: 12 million", "- Schools: 8 million", "- Parks: 1 million"],
        ),
    ],
)
def test_clean_text_is_not_page_like(text: str) -> None:
    assert Boilerplate().plan(_doc(text)) is None
    article = _run(text)
    assert not [r for r in article.removed if r.family == "boilerplate"]


def test_extractor_output_keeps_lists_and_tables() -> None:
    # No site chrome: only a comment thread may go, not the document's lists.
    table = ["| Year | Budget |", "| 2023 | 10 million |", "| 2024 | 12 million |"]
    items = ["Roads and bridges", "School buildings", "Parks and gardens", "Street lights", "Bus shelters"]
    text = _page(["Council Backs Road Budget"], PROSE[:2], table, PROSE[2:3], items, PROSE[3:], table)
    article = _run(text)
    kept = "\n".join(article.paragraphs)
    assert all(item in kept for item in items)
    assert "| 2024 | 12 million |" in kept


def test_html_input_is_left_alone() -> None:
    doc = _doc(_page(MENU, PROSE, FOOTER))
    html_doc = Doc(doc.blocks, size=doc.size, fields={}, config=CFG, language="en", source_format="html")
    assert Boilerplate().plan(html_doc) is None


def test_pipeline_places() -> None:
    names = default_pipeline().names()
    assert names.index("markup") < names.index("boilerplate-columns") < names.index("widgets")
    assert names.index("comments") < names.index("boilerplate") < names.index("headline")


def test_linear_on_padded_and_long_input() -> None:
    padded = ("Home" + " " * 5000 + PROSE[0] + "\n") * 50
    long_page = _page(MENU * 200, PROSE * 200, FOOTER * 200)
    for text in (padded, long_page):
        started = time.perf_counter()
        Boilerplate().plan(_doc(text))
        assert time.perf_counter() - started < 5.0


def test_column_edit_keeps_the_list_marker() -> None:
    rows = [f"{label:<24}* {text}" for label, text in zip(MENU, PROSE, strict=False)]
    doc = _doc("\n".join(rows))
    from articlenorm.cleaners.boilerplate_columns import BoilerplateColumns

    edits = [v for v in BoilerplateColumns()(doc) if v.rule == "column-cells"]
    assert edits and all(str(v.value).startswith("* ") for v in edits)


def test_forum_thread_is_the_content() -> None:
    # A long thread and no story above it: the two posts before the first
    # "Posted by" pair are under comment_min_story_share of the page's prose,
    # so the thread is the content and its posts stay.
    posts = []
    for n in range(24):
        text = PROSE[n % len(PROSE)].replace("council", f"council of ward {n}")
        posts += [f"Posted by member{n} on 2 May 2024 at 10:{n:02d}", text]
    article = _run(_page(MENU, ["Road budget thread"], posts, FOOTER))
    kept = "\n".join(article.paragraphs)
    assert all(post in kept for post in posts[1::2])
