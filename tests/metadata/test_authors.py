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
    assert names_in("Mirela Mirela", single=True, declared=True) == ["Mirela"]


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
    for key in (
        "role_words",
        "not_people",
        "not_name_words",
        "furniture_words",
        "not_credits",
        "extra_labels",
        "not_first_words",
        "not_name_endings",
    ):
        words = table.get(key, [])
        assert words, key
        assert all(w == w.casefold() and w.strip() == w for w in words), key
        assert len(words) == len(set(words)), key


# -- more declared forms; sharper people-only tests -------------------------------


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # A date or time before the label: the name follows the label.
        ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"]),
        ("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet", ["Fritz Imhof"]),
        ("Dezember 10, 2019 · von Jan Kessler · in Allgemein", ["Jan Kessler"]),
        ("Veröffentlicht am 19.10.19 um 14:34 Uhr von Greta Lind", ["Greta Lind"]),
        # ... but a label after other words is a sentence's.
        ("In 2020 the prices set by Tom Hart rose", []),
        # Soft hyphens are no part of a name.
        ("Von Mat\xadthi\xadas Lauerer", ["Matthias Lauerer"]),
        # A final initial or suffix keeps its period; a sentence's period goes.
        ("By Joe S.", ["Joe S."]),
        ("Perry Bacon Jr.", ["Perry Bacon Jr."]),
        ("By Jane Roe.", ["Jane Roe"]),
        # A publication, an organisation, an author box's heading, prose.
        ("The Planetary Press", []),
        ("IT Finanzmagazin /PP", []),
        ("Bayerische Landesanstalt für Wald und Forstwirtschaft", []),
        ("Alpental Online", []),
        ("Zur Person", []),
        ("Michael Isikoff Trump’s inauguration", []),
        ("Theo Planet", ["Theo Planet"]),
        ("Anna Stiftinger", ["Anna Stiftinger"]),
        # A long element counts when only names are left after the clutter.
        (
            "Inga Hoeltmann Follow Beraterin für Neue Arbeit und Netzwerke, schreibt seit vielen "
            "Jahren über Arbeit, Familie und Vereinbarkeit in Unternehmen",
            ["Inga Hoeltmann"],
        ),
        (
            "By signing up you agree to our Terms of Use and Data Rules. We will use your "
            "address only to send you the letter you asked for.",
            [],
        ),
        ("Sponsored by Westerly Motors", []),
    ],
)
def test_declared_forms_and_people_only(raw: str, want: list[str]) -> None:
    assert names_in(raw, ["The Westerly Courier"]) == want


def test_one_word_form_labels_are_not_people() -> None:
    assert names_in("Name", single=True) == []
    assert names_in("Collectif", single=True) == []
    assert names_in("Die Furche", single=True) == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("<p>Posted by Jonas</p>", ("Jonas",)),
        (
            '<div class="meta">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022</div>',
            ("Pamela Sladky",),
        ),
        ("<p><em>---- by Kenneth Surin</em></p>", ("Kenneth Surin",)),
        ("<p><span>Von: Greta Wolter</span></p>", ("Greta Wolter",)),
        ("<p><em>Text von Christian Seiler Illustration von Markus Roost</em></p>", ("Christian Seiler",)),
        ("<p><span>Autoren Jelko Djuren und Jutta Klaukien</span></p>", ("Jelko Djuren", "Jutta Klaukien")),
        ("<p>Autor des Buches ist ein Arzt aus Bern.</p>", None),
        ("<p>By Tuesday, prices had doubled.</p>", None),
        ("<p>Von der Ringform zur Kastenform und umgekehrt</p>", None),
    ],
)
def test_byline_label_openings(body: str, want: tuple[str, ...] | None) -> None:
    html = f"<html><body>{body}<p>Story text.</p></body></html>"
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == want


def _ld_person(name: str) -> str:
    """A JSON-LD article whose author is the Person ``name``."""
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"author": {{"@type": "Person", "name": "{name}"}}}}</script>'
    )


def test_a_glued_title_goes_when_another_source_prints_the_bare_name() -> None:
    html = (
        '<html><body><div class="byline">Tech Insider Sam Okafor</div>'
        '<span itemprop="author">Sam Okafor</span><p>Story.</p></body></html>'
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert value_of(meta.authors) == ("Sam Okafor",)
    assert str(meta.authors.provenance) == "byline-element=byline-element"


def test_a_first_name_is_written_out_from_another_source() -> None:
    html = (
        f"<html><head>{_ld_person('Timo')}</head><body>"
        '<div class="author">von Timo Brandtner</div><p>Story.</p></body></html>'
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("Timo Brandtner",)
    other = (
        f"<html><head>{_ld_person('Timo')}</head><body>"
        '<div class="author">von Jana Brandtner</div><p>Story.</p></body></html>'
    )
    assert value_of(read_page_meta(scan_of(other), use_htmldate=False).authors) == ("Timo",)


def test_a_first_name_before_the_full_name_is_said_once() -> None:
    assert names_in("Ansgar Ansgar Kolbe") == ["Ansgar Kolbe"]
    assert names_in("Hans Hans") == []  # a doubled one-word name in free text stays out


def test_a_cut_off_name_is_not_the_clean_form() -> None:
    html = (
        f"<html><head>{_ld_person('Morgan T. Ashdown')}</head><body>"
        '<a rel="author" href="/a/lr">Morgan T.</a><p>Story.</p></body></html>'
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("Morgan T. Ashdown",)


def test_a_declared_handle_is_written_out_from_the_byline() -> None:
    html = (
        f"<html><head>{_ld_person('lenawesterkamp')}</head><body>"
        '<div class="author">von Lena Westerkamp</div><p>Story.</p></body></html>'
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("Lena Westerkamp",)
    other = (
        f"<html><head>{_ld_person('quillpen')}</head><body>"
        '<div class="author">von Lena Westerkamp</div><p>Story.</p></body></html>'
    )
    assert value_of(read_page_meta(scan_of(other), use_htmldate=False).authors) == ("quillpen",)


def test_co_authors_from_the_author_tag_not_from_a_visible_credit() -> None:
    html = (
        f"<html><head>{_ld_person('Jane Roe')}"
        '<meta name="author" content="Jane Roe, Tom Hart"></head><body><p>Story.</p></body></html>'
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("Jane Roe", "Tom Hart")
    html = (
        f"<html><head>{_ld_person('Jane Roe')}</head><body>"
        '<div class="byline">by Jane Roe and Adrian Malloch</div><p>Story.</p></body></html>'
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == ("Jane Roe",)


# -- the declared credit when no person is named (for the byline only) ---------------


@pytest.mark.parametrize(
    ("raw", "shown", "want"),
    [
        ("Redaktion", False, "Redaktion"),
        ("HLNF Staff Report", False, "HLNF Staff Report"),
        ("Staff and news service reports", False, "Staff and news service reports"),
        ("AFP/The Local", False, "AFP/The Local"),  # an agency with the site
        ("Von: Rasender Reporter", True, "Rasender Reporter"),
        ("Written by Miami Courier on November 7, 2023", True, "Miami Courier"),
        ("von Redaktion, 24. Januar 2022", True, "Redaktion"),
        ("Von jane_roe am Samstag, 19. Oktober", True, "jane_roe"),
        # Placeholders, furniture, the site's operator, prose.
        ("admin", False, None),
        ("Unknown", False, None),
        ("No Author", False, None),
        ("The Local", False, None),  # the site's own name
        ("Hanns-Gruber-Stiftung e.V.", False, None),
        ("Web Shop GmbH www.webshop.de", False, None),
        ("kontakt.example.de", False, None),
        ("Follow us on Twitter", True, None),
        ("By the", True, None),
        ("von auto-welt.at Redaktion", True, "auto-welt.at Redaktion"),
        ("von der linearen zur zirkulären Wirtschaftsweise", True, None),
        ("By signing up you agree to our Terms of Use and Privacy Policy", True, None),
        ("https://example.com/author/jane", False, None),
    ],
)
def test_credit_in(raw: str, shown: bool, want: str | None) -> None:
    from articlenorm.metadata.authors import credit_in

    assert credit_in(raw, ["The Local"], shown=shown) == want


def test_a_declared_desk_is_the_credit_and_never_an_author() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"@type": "Person", "name": "Redaktion"}}</script></head>'
        "<body><p>Story.</p></body></html>"
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert meta.authors is None
    assert value_of(meta.credit) == "Redaktion" and str(meta.credit.provenance) == "json-ld:author"
    org = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"@type": "Organization", "name": "Newsdesk Nord"}}</script></head>'
        "<body><p>Story.</p></body></html>"
    )
    assert value_of(read_page_meta(scan_of(org), use_htmldate=False).credit) == "Newsdesk Nord"


def test_a_shown_credit_needs_its_label_and_a_person_leaves_no_credit() -> None:
    labelled = '<html><body><div class="byline">By Staff Writer</div><p>Story.</p></body></html>'
    meta = read_page_meta(scan_of(labelled), use_htmldate=False)
    assert meta.authors is None and value_of(meta.credit) == "Staff Writer"
    unlabelled = '<html><body><div class="author-tools">Share this story</div><p>Story.</p></body></html>'
    assert read_page_meta(scan_of(unlabelled), use_htmldate=False).credit is None
    person = (
        '<html><head><meta name="author" content="Redaktion"></head>'
        '<body><div class="byline">By Jane Roe</div><p>Story.</p></body></html>'
    )
    meta = read_page_meta(scan_of(person), use_htmldate=False)
    assert value_of(meta.authors) == ("Jane Roe",) and meta.credit is None


# -- more visible byline forms ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # A label alone in a marked element, the name in the next one.
        (
            '<div class="meta"><span class="sr-only">| By </span> <span>Cara Lind</span> | '
            "<time>April 13, 2020</time></div>",
            ("Cara Lind",),
        ),
        ('<div><h5 class="title-inline">Autor: </h5>Peter Mahlberg/SP-X</div>', ("Peter Mahlberg",)),
        # A byline indented in the source, a <byline> element, a date before the label.
        (
            '<span class="teaser-cat">\n' + " " * 48 + "von Andreas Kornmann" + " " * 24 + "</span>",
            ("Andreas Kornmann",),
        ),
        ("<byline>Von David Hutzel, dpa</byline>", ("David Hutzel",)),
        ("<h2>Stars <span>06.11.2023 13:30 von Olga Brandt</span></h2>", ("Olga Brandt",)),
        # Look-alikes: a count, a label-only element followed by prose.
        ("<h2>Gallery <span>06.11.2023 Seite 1 von 2</span></h2>", None),
        (
            '<div><span class="label">By</span> <span>the end of the week, prices had doubled.</span></div>',
            None,
        ),
    ],
)
def test_more_visible_byline_forms(body: str, want: tuple[str, ...] | None) -> None:
    html = f"<html><body>{body}<p>Story text.</p></body></html>"
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).authors) == want


def test_a_shown_name_inside_the_declared_organisation_is_not_a_person() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"@type": "Organization", "name": "Redaktion Grüne Liste Medizin"}}</script></head>'
        "<body><div><span class='label'>Autor:</span> <span>Grüne Liste Medizin</span></div>"
        "<p>Story.</p></body></html>"
    )
    meta = read_page_meta(scan_of(html), use_htmldate=False)
    assert meta.authors is None and value_of(meta.credit) == "Redaktion Grüne Liste Medizin"
    person = html.replace("Grüne Liste Medizin</span>", "Greta Lind</span>")
    assert value_of(read_page_meta(scan_of(person), use_htmldate=False).authors) == ("Greta Lind",)
