"""JSON-LD article objects: graphs, @id references, broken JSON, organisations."""

from __future__ import annotations

from articlenorm.metadata.jsonld import read_json_ld

from .conftest import scan_of


def _ld(body: str) -> str:
    return (
        f'<html><head><script type="application/ld+json">{body}</script></head><body><p>x</p></body></html>'
    )


def test_graph_author_reference_is_resolved() -> None:
    html = _ld(
        '{"@graph": [{"@type": "NewsArticle", "headline": "Ferry changes", '
        '"author": {"@id": "#p1"}, "datePublished": "2023-05-28"},'
        '{"@type": "Person", "@id": "#p1", "name": "Orla Penhallow"}]}'
    )
    (article,) = read_json_ld(scan_of(html).scripts)
    assert article.headline == "Ferry changes"
    assert article.authors == ("Orla Penhallow",)
    assert article.date_published == "2023-05-28"


def test_trailing_commas_and_raw_newlines_are_repaired() -> None:
    html = _ld(
        '{"@type": "Article", "headline": "Two\nlines", "author": [{"@type": "Person", "name": "A B"},],}'
    )
    (article,) = read_json_ld(scan_of(html).scripts)
    assert article.headline == "Two lines"
    assert article.authors == ("A B",)


def test_organisation_author_is_not_a_person() -> None:
    html = _ld('{"@type": "BlogPosting", "author": {"@type": "Organization", "name": "The Herald"}}')
    (article,) = read_json_ld(scan_of(html).scripts)
    assert article.authors == ()
    assert article.organisations == ("The Herald",)


def test_non_article_types_and_unreadable_blocks_are_skipped() -> None:
    html = _ld('{"@type": "WebSite", "name": "Site"}') + _ld("{not json")
    assert read_json_ld(scan_of(html).scripts) == []


def test_type_list_and_schema_url_type() -> None:
    html = _ld('[{"@type": ["http://schema.org/NewsArticle"], "headline": "H", "dateCreated": "2020-01-02"}]')
    (article,) = read_json_ld(scan_of(html).scripts)
    assert article.type == "newsarticle"
    assert article.date_created == "2020-01-02"


def test_cdata_and_comment_wrappers_are_removed() -> None:
    for wrapped in (
        '<![CDATA[ {"@type": "NewsArticle", "datePublished": "2015-10-15"} ]]>',
        '//<![CDATA[\n{"@type": "NewsArticle", "datePublished": "2015-10-15"}\n//]]>',
        '<!-- {"@type": "NewsArticle", "datePublished": "2015-10-15"} -->',
    ):
        (article,) = read_json_ld(scan_of(_ld(wrapped)).scripts)
        assert article.date_published == "2015-10-15"


def test_html_entities_in_json_ld_strings_are_decoded() -> None:
    html = _ld(
        '{"@type": "NewsArticle", "headline": "Ferries &#038; trams &#8211; what changes", '
        '"author": {"@type": "Person", "name": "Orla O&#8217;Hare"}}'
    )
    (article,) = read_json_ld(scan_of(html).scripts)
    assert article.headline == "Ferries & trams – what changes"
    assert article.authors == ("Orla O’Hare",)
