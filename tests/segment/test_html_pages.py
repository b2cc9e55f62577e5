"""Whole small HTML pages (fixtures/html) through normalize()."""

from __future__ import annotations

from pathlib import Path

import articlenorm
from articlenorm.model import Caption

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "html"
CFG = articlenorm.Config(include_quotes=False)


def _normalize(name: str) -> articlenorm.Article:
    return articlenorm.normalize(PAGES / name, config=CFG, explain=True)


def test_figure_captions_once_with_credits_never_in_body() -> None:
    article = _normalize("figures.html")
    assert article.captions == (
        Caption("A grey seal pup on the shingle at the north end of the island.", "Ruairi Dunn/Shore Trust"),
        Caption("Two rangers record pups from the cliff top.", "Shore Trust"),
    )
    for caption in article.captions:
        assert caption.text not in article.body
        assert (caption.credit or "") not in article.body
    assert len(article.paragraphs) == 4
    assert article.headline == "Seal pups counted on Skerry Isle"


def test_boxes_named_for_clutter_stay_out_of_the_body() -> None:
    article = _normalize("boxes.html")
    assert article.paragraphs == (
        "Brackley library will open until 8 p.m. on Tuesdays and Thursdays from next month, after a "
        "survey found that many people who work during the day could not get there before it closed at 5.30.",
        "The county council said the longer hours would be paid for by closing the library on Monday "
        "mornings, when it had the fewest visitors of the week.",
        "Library staff will also run a homework club on Thursday evenings for pupils from the two "
        "secondary schools in the town.",
        "The new hours will be reviewed after six months, the council said.",
    )
    for clutter in (
        "Share on",
        "Related stories",
        "Mobile library",
        "morning briefing",
        "Priya Castell",
        "Home",
    ):
        assert clutter not in article.body


def test_json_ld_graph_metadata_with_provenance() -> None:
    article = _normalize("jsonld-graph.html")
    assert article.headline == "Harbour ferry timetable changes from June"
    assert article.authors == ("Orla Penhallow",)
    assert article.date == "2023-05-28T07:15"
    assert article.language == "en"
    assert str(article.provenance["headline"]) == "h1=json-ld:headline"
    assert str(article.provenance["authors"]) == "json-ld:author"
    assert str(article.provenance["date"]) == "json-ld:datePublished"
    assert str(article.provenance["language"]) == "html-lang"
    assert article.to_dict()["provenance"] == {k: str(v) for k, v in article.provenance.items()}


def test_canonical_url_resolved_against_the_callers_url() -> None:
    article = articlenorm.normalize(
        PAGES / "jsonld-graph.html", config=CFG, url="https://kelmouthgazette.example/news?id=7"
    )
    assert article.url == "https://kelmouthgazette.example/2023/05/28/harbour-ferry-timetable/"
    assert str(article.provenance["url"]) == "link:canonical"


def test_byline_clutter_and_site_name_removed() -> None:
    article = _normalize("bylines-clutter.html")
    assert article.authors == ("Tamsin Rowe", "Idris Vaughan")
    assert "Email" not in (article.byline or "")
    assert "Courier" not in (article.byline or "")
    assert article.date == "2022-04-09"
    assert str(article.provenance["date"]) == "time.published"


def test_meta_published_date_not_the_modified_one() -> None:
    article = _normalize("meta-dates.html")
    assert article.date == "2021-11-20T23:40"
    assert str(article.provenance["date"]) == "meta:article:published_time"
    assert article.language == "en"
    assert "Updated" not in article.body


def test_hidden_elements_never_reach_the_body() -> None:
    html = (
        "<html><head><title>Swimming pool reopens after repairs</title></head><body><article>"
        "<h1>Swimming pool reopens after repairs</h1>"
        "<p>The town's swimming pool reopened on Monday after three months of repairs to its roof, "
        "which had been leaking since a storm in the spring.</p>"
        '<div style="display: none"><p>Subscribe now to read every story on our site for one pound a '
        "month, cancel at any time.</p></div>"
        "<p>The council said the work had cost less than expected and that the pool would keep its "
        "summer opening hours until September.</p>"
        "<p hidden>Our sponsors make this newsletter possible and we thank them for their support.</p>"
        "</article></body></html>"
    )
    article = articlenorm.normalize(html, format="html", config=CFG)
    assert "Subscribe" not in article.body
    assert "sponsors" not in article.body
    assert len(article.paragraphs) == 2


def test_headline_restored_when_the_extractor_leaves_it_out() -> None:
    # The page headline is claimed (it never ends up in the body), and the
    # first paragraph is not mistaken for the headline.
    html = (
        '<html><head><meta property="og:title" content="Night buses return to the valley"></head><body>'
        '<div class="masthead"><h1>Night buses return to the valley</h1></div><main>'
        "<p>Night buses will run again between Aldergrove and the valley towns from Friday, a year "
        "after the service was cut.</p>"
        "<p>The operator said passenger numbers had recovered and that the last bus would leave the "
        "city centre at half past midnight.</p></main></body></html>"
    )
    article = articlenorm.normalize(html, format="html", config=CFG)
    assert article.headline == "Night buses return to the valley"
    assert article.paragraphs[0].startswith("Night buses will run again")
