"""Typed provenance: decisions read the type; the JSON carries the rendered string."""

from __future__ import annotations

import articlenorm
from articlenorm.provenance import Candidate, Origin, Provenance, Strength


def test_rendering_matches_the_strings_the_json_has_always_carried() -> None:
    og = Provenance(Origin.META, "og:title", Strength.DECLARED)
    h1 = Provenance(Origin.HEADING, "h1", Strength.GUESS)
    line = Provenance(Origin.LINE, "line", Strength.CONFIRMED)
    assert str(og) == "og:title"
    assert str(h1.confirmed(og)) == "h1=og:title"
    assert str(og.confirmed(line)) == "og:title=line"
    assert str(Provenance.block("date-line")) == "block:date-line"
    published = Provenance(Origin.JSON_LD, "json-ld:datePublished", Strength.DECLARED)
    assert str(Provenance(Origin.URL, "url", Strength.DECLARED, overrides=published)) == (
        "url~json-ld:datePublished"
    )


def test_confirming_raises_strength_and_keeps_the_origin() -> None:
    h1 = Provenance(Origin.HEADING, "h1", Strength.GUESS)
    confirmed = h1.confirmed(Provenance(Origin.JSON_LD, "json-ld:headline", Strength.DECLARED))
    assert confirmed.origin is Origin.HEADING and confirmed.strength is Strength.CONFIRMED
    assert Strength.GUESS < Strength.INFERRED < Strength.DECLARED < Strength.CONFIRMED
    assert Provenance.block("byline").strength is Strength.INFERRED
    assert Candidate("x", h1).strength is Strength.GUESS


def test_article_provenance_is_typed_and_to_dict_renders_it() -> None:
    html = (
        "<html lang='en'><head><meta property='og:title' content='Ferry service resumes'></head>"
        "<body><article><h1>Ferry service resumes</h1>"
        "<p>"
        + "The ferry between Kessel and Ober-Ried runs again from Monday, the operator said. "
        * 4
        + "</p>"
        "</article></body></html>"
    )
    article = articlenorm.normalize(html, format="html", url="https://news.example/ferry")
    headline = article.provenance["headline"]
    assert isinstance(headline, Provenance)
    assert headline.origin is Origin.HEADING and headline.strength is Strength.CONFIRMED
    rendered = article.to_dict()["provenance"]
    assert rendered["headline"] == "h1=og:title" and rendered["language"] == "html-lang"
    assert rendered["url"] == "caller"
    assert all(isinstance(v, str) for v in rendered.values())
