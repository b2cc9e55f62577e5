"""Headline choice: visible heading confirmed by declared titles, site names removed."""

from __future__ import annotations

import pytest

from articlenorm.metadata import read_page_meta
from articlenorm.metadata.title import strip_site_name, title_segments

from .conftest import scan_of


@pytest.mark.parametrize(
    ("title", "sites", "want"),
    [
        ("Trams return | The Valmora Herald", ["The Valmora Herald"], "Trams return"),
        (
            "The Valmora Herald - Trams return after strike",
            ["The Valmora Herald"],
            "Trams return after strike",
        ),
        ("Trams return after strike – valmoraherald.example", [], "Trams return after strike"),
        ("Brexit: May wins vote", ["Herald"], "Brexit: May wins vote"),
        ("Heatwave closes 140 schools - Arden News", [], "Heatwave closes 140 schools - Arden News"),
    ],
)
def test_strip_site_name(title: str, sites: list[str], want: str) -> None:
    assert strip_site_name(title, sites) == want


def test_strip_site_name_guesses_a_short_side_for_title_tags() -> None:
    assert (
        strip_site_name("Heatwave closes 140 schools - Arden News", [], guess=True)
        == "Heatwave closes 140 schools"
    )


def test_title_segments_longest_first() -> None:
    assert title_segments("A b c - World - Sport", []) == [
        "A b c - World - Sport",
        "A b c - World",
        "World - Sport",
        "A b c",
        "World",
        "Sport",
    ]


def test_h1_confirmed_by_og_title_wins() -> None:
    html = (
        "<html><head><title>Home | Site</title>"
        '<meta property="og:title" content="Cliff path reopens | The Courier">'
        '<meta property="og:site_name" content="The Courier"></head>'
        "<body><h1>Site menu</h1><h1>Cliff path reopens</h1><p>Text.</p></body></html>"
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert meta.headline.value == "Cliff path reopens"
    assert str(meta.headline.provenance) == "h1=og:title"


def test_title_tag_part_found_in_the_page_text() -> None:
    html = (
        "<html><head><title>Gunners star to return - Football - Sport</title></head><body>"
        "<div class='x'><b>Gunners star to return</b></div><p>The midfielder is fit again.</p></body></html>"
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert meta.headline.value == "Gunners star to return"
    assert str(meta.headline.provenance) == "title=line"


def test_title_found_only_inside_longer_text_is_no_evidence() -> None:
    html = (
        "<html><head><title>Gunners star to return - Football - Sport</title></head><body>"
        "<p>Read why the Gunners star to return is good news for the club and its fans.</p></body></html>"
    )
    assert str(read_page_meta(scan_of(html), use_htmldate=False).headline.provenance) == "title"


def test_visible_casing_is_kept() -> None:
    html = (
        "<html><head><title>Shearer and Redknapp play down links - News</title></head><body>"
        "<span>Shearer And Redknapp Play Down Links</span><p>Body text here.</p></body></html>"
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert meta.headline.value == "Shearer And Redknapp Play Down Links"


def test_json_ld_headline_without_visible_heading() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry changes"}'
        "</script></head><body><p>Nothing like it here.</p></body></html>"
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert (meta.headline.value, str(meta.headline.provenance)) == ("Ferry changes", "json-ld:headline")


def test_bare_title_tag_is_weak() -> None:
    html = "<html><head><title>Local news, sport and weather</title></head><body><p>Text.</p></body></html>"
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert str(meta.headline.provenance) == "title"
