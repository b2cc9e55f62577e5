"""HTML segmentation: which heading is the headline when declared titles are unconfirmed."""

from __future__ import annotations

import articlenorm


def test_unconfirmed_og_title_gives_way_to_the_heading_above_the_text() -> None:
    # og:title is an SEO variant that the page never shows; the heading right
    # above the first paragraph is the headline readers see.
    lead = "The ferry operator will cut two of its four winter crossings from December, blaming fuel costs."
    more = "Islanders say the cuts will make it harder to reach the hospital and the school on the mainland."
    html = (
        '<html><head><meta property="og:title" content="Ferry cuts: everything you need to know">'
        "</head><body><header><h2>Operator halves winter ferry crossings to the island</h2></header><article>"
        f"<p>{lead}</p><p>{more}</p></article></body></html>"
    )
    article = articlenorm.normalize(html, format="html")
    assert article.headline == "Operator halves winter ferry crossings to the island"
    assert str(article.provenance["headline"]) == "heading-above-text"
