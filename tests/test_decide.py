"""articlenorm.decide: one function per field, reading only typed provenance."""

from __future__ import annotations

from articlenorm import decide
from articlenorm.metadata import PageMeta
from articlenorm.model import Caption
from articlenorm.provenance import CALLER, Candidate, Origin, Provenance, Strength

OG_TITLE = Provenance(Origin.META, "og:title", Strength.DECLARED)
TITLE_TAG = Provenance(Origin.TITLE_TAG, "title", Strength.GUESS)
H1 = Provenance(Origin.HEADING, "h1", Strength.GUESS)
LAYOUT = Provenance(Origin.LAYOUT, "heading-above-text", Strength.INFERRED)
JSON_LD_AUTHOR = Provenance(Origin.JSON_LD, "json-ld:author", Strength.DECLARED)
JSON_LD_DATE = Provenance(Origin.JSON_LD, "json-ld:datePublished", Strength.DECLARED)
URL_DATE = Provenance(Origin.URL, "url", Strength.GUESS)


def _block(value: str, rule: str) -> Candidate[str]:
    return Candidate(value, Provenance.block(rule))


# -- headline -----------------------------------------------------------------


def test_a_confirmed_title_beats_a_claimed_headline_line() -> None:
    confirmed = Candidate("Ferry service resumes", H1.confirmed(OG_TITLE))
    assert confirmed.strength is Strength.CONFIRMED
    meta = PageMeta(headline=confirmed)
    chosen = decide.headline(meta, _block("Ferry service resumes today", "first-title-line"))
    assert chosen is confirmed and str(chosen.provenance) == "h1=og:title"


def test_a_declared_title_nothing_shows_gives_way_to_the_heading_above_the_text() -> None:
    declared = Candidate("Ferry service resumes | The Gazette", OG_TITLE)
    layout = Candidate("Ferry service resumes after storm", LAYOUT)
    assert decide.needs_layout_headline(declared)
    meta = PageMeta(headline=declared, layout_headline=layout)
    assert decide.page_headline(meta) is layout
    # ... and the layout heading is no guess: a claimed line does not beat it.
    assert decide.headline(meta, _block("Another line", "first-title-line")) is layout


def test_a_shown_or_confirmed_title_needs_no_layout_heading() -> None:
    shown = Candidate(
        "Ferry service resumes", OG_TITLE.confirmed(Provenance(Origin.LINE, "line", Strength.CONFIRMED))
    )
    lone_h1 = Candidate("Ferry service resumes", H1)
    assert not decide.needs_layout_headline(shown)
    assert not decide.needs_layout_headline(lone_h1)  # a heading is shown, if unconfirmed
    assert decide.needs_layout_headline(None)
    assert decide.needs_layout_headline(Candidate("Gazette", TITLE_TAG))
    layout = Candidate("Something else entirely", LAYOUT)
    assert decide.page_headline(PageMeta(headline=shown, layout_headline=layout)) is shown


def test_a_guessed_title_loses_to_a_claimed_line_but_beats_nothing() -> None:
    guess = Candidate("The Gazette - News", TITLE_TAG)
    claimed = _block("Ferry service resumes", "first-title-line")
    assert decide.headline(PageMeta(headline=guess), claimed) is claimed
    assert decide.headline(PageMeta(headline=guess), None) is guess
    assert decide.headline(None, claimed) is claimed  # text mode: the claim is the only source
    assert decide.headline(None, None) is None


# -- byline and authors -------------------------------------------------------------


def test_declared_people_are_the_authors_and_a_matching_byline_is_kept() -> None:
    people = Candidate(("Jane Roe",), JSON_LD_AUTHOR)
    byline, authors = decide.credits(people, _block("Jane Roe and Tom Hart", "byline"), None)
    assert authors is people
    assert byline is not None and byline.value == "Jane Roe and Tom Hart"
    assert str(byline.provenance) == "block:byline"


def test_a_byline_naming_someone_else_gives_way_to_the_declared_names() -> None:
    people = Candidate(("Jane Roe", "Tom Hart"), JSON_LD_AUTHOR)
    byline, authors = decide.credits(people, _block("By Owen Marsh", "byline"), None)
    assert authors is people
    assert byline is not None and byline.value == "Jane Roe, Tom Hart" and byline.provenance is JSON_LD_AUTHOR


def test_without_declared_people_the_byline_names_them_and_agencies_are_not_people() -> None:
    byline, authors = decide.credits(None, _block("Jane Roe", "byline"), None)
    assert byline is not None and authors is not None and authors.value == ("Jane Roe",)
    assert authors.provenance == byline.provenance
    agency, nobody = decide.credits(None, _block("AFP", "byline"), None)
    assert agency is not None and agency.value == "AFP" and nobody is None
    assert decide.credits(None, None, None) == (None, None)


def test_the_author_box_counts_only_when_the_top_has_no_byline() -> None:
    box = _block("Jane Roe", "author-box")
    top = _block("Tom Hart", "byline")
    assert decide.credits(None, top, box)[0] is top
    byline, _ = decide.credits(None, None, box)
    assert byline is box and str(box.provenance) == "block:author-box"


# -- date, language, url, captions ---------------------------------------------------


def test_a_declared_date_wins_a_guessed_one_yields_to_a_date_line() -> None:
    declared = Candidate("2024-11-01", JSON_LD_DATE)
    from_url = Candidate("2024-11-02", URL_DATE)
    line = _block("2024-11-01T18:00", "date-line")
    assert decide.date(declared, line) is declared
    assert decide.date(from_url, line) is line
    assert decide.date(from_url, None) is from_url
    corrected = Candidate(
        "2024-11-01", Provenance(Origin.URL, "url", Strength.DECLARED, overrides=JSON_LD_DATE)
    )
    assert decide.date(corrected, line) is corrected
    assert str(corrected.provenance) == "url~json-ld:datePublished"


def test_language_detection_runs_only_when_the_page_declares_none() -> None:
    calls: list[int] = []

    def detect() -> Candidate[str] | None:
        calls.append(1)
        return Candidate("de", Provenance(Origin.DETECTOR, "stopwords", Strength.INFERRED), 0.9)

    declared = Candidate("en", Provenance(Origin.HTML_LANG, "html-lang", Strength.DECLARED))
    assert decide.language(declared, detect) is declared and not calls
    detected = decide.language(None, detect)
    assert detected is not None and detected.value == "de" and detected.confidence == 0.9 and calls == [1]


def test_url_is_the_page_s_else_the_caller_s() -> None:
    canonical = Candidate(
        "https://news.example/a", Provenance(Origin.LINK, "link:canonical", Strength.DECLARED)
    )
    assert decide.url(canonical, "https://news.example/a?utm=x") is canonical
    caller = decide.url(None, "https://news.example/a")
    assert caller is not None and caller.provenance is CALLER and str(caller.provenance) == "caller"
    assert decide.url(None, None) is None


def test_claimed_captions_that_repeat_a_figure_caption_are_not_added_twice() -> None:
    page = [Caption("Passengers wait at the pier.", "Jane Roe/AFP")]
    claimed = [
        Caption("Passengers wait at the pier.", None),
        Caption("The ferry leaves Kessel.", "Tom Hart"),
    ]
    assert decide.captions(page, claimed) == (page[0], claimed[1])
    assert decide.captions((), claimed) == tuple(claimed)


# -- modified and title (issue 13) ----------------------------------------------------

JSON_LD_MODIFIED = Provenance(Origin.JSON_LD, "json-ld:dateModified", Strength.DECLARED)


def test_modified_is_the_declared_one_else_an_update_stamp_never_before_publication() -> None:
    published = Candidate("2024-11-01", JSON_LD_DATE)
    declared = Candidate("2024-11-03", JSON_LD_MODIFIED)
    stamp = _block("2024-11-02T09:00", "update-stamp")
    assert decide.modified(declared, stamp, published) is declared
    assert decide.modified(None, stamp, published) is stamp
    assert decide.modified(None, stamp, None) is stamp
    assert decide.modified(Candidate("2024-10-01", JSON_LD_MODIFIED), None, published) is None
    assert decide.modified(None, None, published) is None


def test_title_is_the_declared_title_in_html_and_none_in_text_mode() -> None:
    og = Candidate("Ferry service resumes | The Gazette", OG_TITLE)
    assert decide.title(PageMeta(title=og)) is og
    assert decide.title(None) is None


def test_update_stamp_line_gives_the_modified_date_not_the_publication_date() -> None:
    import articlenorm

    text = (
        "Ferry service resumes after the storm\n\n"
        "Updated: November 2, 2024\n\n"
        "The ferry service resumed on Monday after the storm, officials said on the island.\n\n"
        "Crossings will run every hour from the harbour until the end of the season, they said."
    )
    article = articlenorm.normalize(text, format="text")
    assert article.date is None
    assert article.modified == "2024-11-02"
    assert str(article.provenance["modified"]) == "block:update-stamp"
    assert "Updated" not in article.body


def test_html_article_keeps_declared_title_and_both_dates_with_provenance() -> None:
    import articlenorm

    html = (
        '<html><head><meta property="og:title" content="Ferry back | Gazette"><title>Ferry back</title>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-17",'
        ' "dateModified": "2024-05-19"}</script></head><body><h1>Ferry service resumes</h1>'
        "<p>The ferry service resumed on Monday after the storm, officials said on the island.</p>"
        "<p>Crossings will run every hour from the harbour until the end of the season.</p></body></html>"
    )
    article = articlenorm.normalize(html, format="html")
    assert (article.date, article.modified, article.title) == (
        "2024-05-17",
        "2024-05-19",
        "Ferry back | Gazette",
    )
    data = article.to_dict()
    assert data["schema"] == "2"
    assert data["provenance"]["modified"] == "json-ld:dateModified"
    assert data["provenance"]["title"] == "og:title"


def test_the_declared_credit_is_the_byline_only_when_nobody_is_named() -> None:
    desk = Candidate("Redaktion", JSON_LD_AUTHOR)
    byline, authors = decide.credits(None, None, None, desk)
    assert byline is desk and authors is None  # authors are people only
    line = _block("AFP", "byline")
    assert decide.credits(None, line, None, desk) == (line, None)  # the printed credit first
    people = Candidate(("Jane Roe",), JSON_LD_AUTHOR)
    assert decide.credits(people, None, None, desk)[1] is people
