"""Authors: people only, clutter removed, better none than wrong."""

from __future__ import annotations

import pytest

from articlenorm.metadata import read_page_meta
from articlenorm.metadata.authors import names_in

from .conftest import scan_of, value_of


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("By JEFF KAROUB, AP Business Writer", ["Jeff Karoub"]),
        ("By Tamsin Rowe For The Westerly Courier | Email the author", ["Tamsin Rowe"]),
        ("Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("Von Roland Brockmann und Sebastian Drescher", ["Roland Brockmann", "Sebastian Drescher"]),
        ("Eingestellt von Greta Lind", ["Greta Lind"]),
        ("Jane Roe @janeroe", ["Jane Roe"]),
        ("Reuters", []),
        ("The Westerly Courier", []),
        ("https://www.facebook.com/janeroe", []),
        ("Email the author", []),
        ("Staff Writer", []),
        ("admin", []),
    ],
)
def test_names_in(raw: str, want: list[str]) -> None:
    assert names_in(raw, ["The Westerly Courier"]) == want


def test_single_names_only_from_declared_values() -> None:
    assert names_in("Andrea") == []
    assert names_in("Andrea", single=True) == ["Andrea"]
    assert names_in("admin", single=True) == []


def test_meta_author_that_is_the_site_is_skipped_for_the_byline() -> None:
    html = (
        '<html><head><meta name="author" content="The Westerly Courier">'
        '<meta property="og:site_name" content="The Westerly Courier"></head><body>'
        '<div class="byline">By <a href="/s/t">Tamsin Rowe</a> For The Westerly Courier</div>'
        "<p>Story.</p></body></html>"
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert meta.authors.value == ("Tamsin Rowe",)
    assert str(meta.authors.provenance) == "byline-element"


def test_json_ld_person_first() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": [{"@type": "Person", "name": "Orla Penhallow"}, {"@type": "Organization", "name": "AFP"}]}'
        '</script><meta name="author" content="Someone Else"></head><body><p>x</p></body></html>'
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert meta.authors.value == ("Orla Penhallow",)
    assert str(meta.authors.provenance) == "json-ld:author"


def test_label_element_followed_by_name() -> None:
    html = "<html><body><p>Story text.</p><p><strong>Autor:</strong> Klaus Fenner</p></body></html>"
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("Klaus Fenner",)


def test_author_bio_box_is_not_a_byline() -> None:
    html = (
        '<html><body><p>Story.</p><div class="author-bio">Jane Roe writes about trains and has '
        "done so for many years at several papers.</div></body></html>"
    )
    assert read_page_meta(scan_of(html), use_htmldate=False).authors is None


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("VON MORITZ GATHMANN am 21. April 2020", ["Moritz Gathmann"]),
        ("By Jane Roe Jan. 5, 2024", ["Jane Roe"]),
        ("Heiko Sauer Do 12.3.2020", ["Heiko Sauer"]),
        ("Jane Roe, 2nd Lt.", ["Jane Roe"]),
        ("Sign In", []),
        ("J J", []),
        ("Mac & i", []),
    ],
)
def test_dates_furniture_and_fragments_are_not_names(raw: str, want: list[str]) -> None:
    assert names_in(raw, single=True) == want


def test_hcard_formatted_name_is_taken_as_written() -> None:
    html = (
        '<html><body><span class="byline">by <span class="author vcard"><a class="url fn n" href="/a/ld">'
        "LD</a></span></span><p>Story.</p></body></html>"
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("LD",)


# -- issue 13: every declared form, people only -----------------------------------


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # A job title glued to the name, before or after it; credentials.
        ("Daniel Rowe Full-Stack Developer", ["Daniel Rowe"]),
        ("Pablo Ortiz Full-Stack Drupal", ["Pablo Ortiz"]),
        ("Online-Experte Robin Hartl", ["Robin Hartl"]),
        ("Ben Sallow Games Editor", ["Ben Sallow"]),
        ("Mara Lind, PhD", ["Mara Lind"]),
        # A name printed twice (avatar alt text run into the link).
        ("Jane Roe Jane Roe", ["Jane Roe"]),
        # A weekday or date label running on after the name.
        ("By Alex Hartig Thursday", ["Alex Hartig"]),
        ("Sara Lenz Stand", ["Sara Lenz"]),
        ("Tom Hart Publiziert", ["Tom Hart"]),
        ("Isa Caro, José Miguel Wilson Hace 2 horas", ["Isa Caro", "José Miguel Wilson"]),
        ("Johanna Kropf Alle Artikel", ["Johanna Kropf"]),
        ("Alle Beiträge", []),
        ("Revised Edition", []),
        # Someone other than the author.
        ("Reviewed by Dr. Ann Weiss", []),
        ("Medically reviewed by Ann Weiss", []),
        ("Fact checked by Tom Hart", []),
        ("By Jane Roe | Reviewed by Ann Weiss", ["Jane Roe"]),
        ("Jane Roe, edited by Tom Hart", ["Jane Roe"]),
        # "and" joins two people; it is never part of a name.
        ("Glen Owens And Brenda Carr", ["Glen Owens", "Brenda Carr"]),
    ],
)
def test_people_only(raw: str, want: list[str]) -> None:
    assert names_in(raw, ["The Westerly Courier"]) == want


def test_a_declared_name_printed_twice_is_one_name() -> None:
    assert names_in("Yucy Yucy", single=True, declared=True) == ["Yucy"]


def test_account_and_profile_link_are_not_people() -> None:
    assert names_in("wordpressadmin", single=True, declared=True) == []
    assert names_in("Afficher mon profil complet", single=True, declared=True) == []


def test_json_ld_graph_author_by_reference() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebPage", "@id": "#page"},'
        '{"@type": "Article", "headline": "Ferry back", "author": {"@id": "#jane"}},'
        '{"@type": "Person", "@id": "#jane", "name": "Jane Roe"}]}</script></head>'
        "<body><p>Text.</p></body></html>"
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert value_of(meta.authors) == ("Jane Roe",)
    assert str(meta.authors.provenance) == "json-ld:author"


def test_json_ld_author_list_keeps_people_drops_organisations() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "Tom Hart"},'
        '{"@type": "Organization", "name": "Westerly Wire"}]}</script></head><body></body></html>'
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("Jane Roe", "Tom Hart")


def test_json_ld_person_that_is_the_publishing_organisation_is_not_an_author() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "publisher": {"@type": "NewsMediaOrganization", "name": "Westerlypost"},'
        ' "author": {"@type": "Person", "name": "WesterlyPost"}}</script></head>'
        '<body><p class="byline">By Jane Roe</p></body></html>'
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert value_of(meta.authors) == ("Jane Roe",)


def test_personal_blog_author_named_like_the_site_is_kept() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Mara Lind">'
        '<script type="application/ld+json">{"@type": "BlogPosting",'
        ' "publisher": {"@type": "Organization", "name": "Mara Lind"},'
        ' "author": {"@type": "Person", "name": "Mara Lind"}}</script></head><body></body></html>'
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("Mara Lind",)


def test_rel_author_link_names_the_author_as_written() -> None:
    html = (
        '<html><body><div class="meta">Posted on May 3 by <a rel="author" href="/u/quill">quillpen</a>'
        "</div><p>Text.</p></body></html>"
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert value_of(meta.authors) == ("quillpen",)
    assert str(meta.authors.provenance) == "rel=author"


def test_author_meta_and_written_by_label() -> None:
    meta_author = '<html><head><meta name="author" content="Jane Roe"></head><body></body></html>'
    assert value_of(read_page_meta(scan_of(meta_author), use_htmldate=False).authors) == ("Jane Roe",)
    written_by = (
        '<html><head><meta name="twitter:label1" content="Written by">'
        '<meta name="twitter:data1" content="Tom Hart"></head><body></body></html>'
    )
    meta = read_page_meta(scan_of(written_by), use_htmldate=False)
    assert value_of(meta.authors) == ("Tom Hart",)
    assert str(meta.authors.provenance) == "meta:twitter:data"


def test_reviewed_by_element_is_not_the_author() -> None:
    html = '<html><body><div class="author-reviewer">Reviewed by Ann Weiss</div><p>Text.</p></body></html>'
    assert read_page_meta(scan_of(html), use_htmldate=False).authors is None


def test_author_box_with_job_title() -> None:
    html = (
        '<html><body><p>Text.</p><div class="author-name">Daniel Rowe Full-Stack Developer</div>'
        "</body></html>"
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("Daniel Rowe",)


def test_declared_cjk_name_from_author_meta() -> None:
    html = '<html><head><meta name="author" content="孔德明"></head><body></body></html>'
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("孔德明",)
    html = '<html><head><meta name="author" content="Web Shop GmbH"></head><body></body></html>'
    assert read_page_meta(scan_of(html), use_htmldate=False).authors is None
    assert names_in("孔德明") == []  # free text: not enough to call it a name
    html = '<html><head><meta name="author" content="admin"></head><body></body></html>'
    assert read_page_meta(scan_of(html), use_htmldate=False).authors is None


def test_the_people_word_lists_are_data_and_can_all_match() -> None:
    # rules/common/people.toml: looked up case-folded, so an entry that is not
    # already case-folded (or a duplicate) could never match.
    from articlenorm.lexicon import load_table

    table = load_table("common", "people")
    for key in ("role_words", "not_people", "not_name_words", "extra_labels"):
        words = table.get(key, [])
        assert words, key
        assert all(w == w.casefold() and w.strip() == w for w in words), key
        assert len(words) == len(set(words)), key
