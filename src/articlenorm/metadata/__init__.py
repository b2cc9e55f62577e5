"""Page metadata read from an HTML tree: headline, authors, date, language,
canonical URL, with the provenance of each value.

Everything is read from the one parsed tree the HTML path builds, with plain
lxml lookups (no second parse, no network).  Each ``metadata`` module picks
one field from its sources in order of trust and says which source gave it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..model import Caption
from ..provenance import Candidate, Origin, Provenance, Strength
from ..textutil import clean
from .authors import choose_authors, choose_credit, names_in
from .dates import (
    HTMLDATE,
    article_times,
    choose_date,
    choose_modified,
    date_by_byline,
    date_near_headline,
    headline_element,
    htmldate_fallback,
    labelled_date_line,
    parse_date_value,
)
from .head import read_head
from .jsonld import read_json_ld_pages
from .page import choose_language, choose_url, site_names
from .scan import page_lines
from .title import choose_title, find_headings

if TYPE_CHECKING:
    from .scan import PageScan

__all__ = ["PageMeta", "names_in", "parse_date_value", "read_page_meta"]

#: Title meta keys after JSON-LD and og:title, in order of trust.
TITLE_META = (
    "og:title",
    "twitter:title",
    "itemprop:headline",
    "headline",
    "parsely-title",
    "sailthru.title",
    "dc.title",
    "dcterms.title",
    "citation_title",
    "title",
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page itself proposes for the article's fields, each value a
    :class:`~articlenorm.provenance.Candidate` (``None`` where the page says
    nothing).  The article's fields are decided in :mod:`articlenorm.decide`.

    ``headline`` is the page's own title (declared or shown);
    ``layout_headline`` the heading printed right above the article text,
    found by segmentation when ``headline`` is only declared.  ``title`` is
    the title the page declares for machines (og:title, else ``<title>``),
    kept as written whatever the headline is.  ``credit`` is the desk,
    agency or account the page declares as author when it names no person
    (for the byline only).  ``date`` is the publication
    date, ``modified`` the last-modified date the page declares.
    """

    headline: Candidate[str] | None = None
    layout_headline: Candidate[str] | None = None
    authors: Candidate[tuple[str, ...]] | None = None
    credit: Candidate[str] | None = None
    date: Candidate[str] | None = None
    modified: Candidate[str] | None = None
    title: Candidate[str] | None = None
    language: Candidate[str] | None = None
    url: Candidate[str] | None = None
    sitename: str | None = None
    captions: tuple[Caption, ...] = ()


def _declared_title(declared: list[tuple[Provenance, str]], title_tag: str | None) -> Candidate[str] | None:
    """The title the page declares: og:title (the one social sites show),
    else the ``<title>`` element, else the first other declared title; as
    written, the site's name included."""
    for source, value in declared:
        if source.name == "og:title" and clean(value):
            return Candidate(clean(value), source)
    if title_tag and clean(title_tag):
        return Candidate(clean(title_tag), _TITLE_TAG)
    for source, value in declared:
        if clean(value):
            return Candidate(clean(value), source)
    return None


_TITLE_TAG = Provenance(Origin.TITLE_TAG, "title", Strength.DECLARED)


def read_page_meta(
    scan: PageScan, url: str | None = None, *, today: dt.date | None = None, use_htmldate: bool = True
) -> PageMeta:
    """Read every metadata field of the scanned page (see the module doc)."""
    head = read_head(scan)
    articles, pages = read_json_ld_pages(scan.scripts)
    canonical = choose_url(head, articles, url)
    page_url = canonical.value if canonical else url
    sites = site_names(head, articles, page_url)
    declared = [
        (Provenance(Origin.JSON_LD, "json-ld:headline", Strength.DECLARED), a.headline)
        for a in articles
        if a.headline
    ]
    for key in TITLE_META:
        for value in head.meta.get(key, ())[:1]:
            name = f"meta:{key}" if not key.startswith("og:") else key
            declared.append((Provenance(Origin.META, name, Strength.DECLARED), value))
    title = choose_title(declared, head.title, find_headings(scan), sites, lambda: page_lines(scan))
    publishers = [a.publisher for a in articles if a.publisher and a.publisher_is_organisation]
    authors = choose_authors(head, articles, scan.bylines, sites, publishers)
    credit = choose_credit(head, articles, scan.bylines, sites) if authors is None else None
    language = choose_language(head, articles)
    lang = language.value if language else None
    heading = headline_element([*scan.h1, *scan.marked_headlines], title.value if title else None)

    @cache
    def shown() -> Candidate[str] | None:
        # Read at most once: by choose_date when the declared dates leave a
        # doubt, and again below when they give no date at all.
        return (
            date_near_headline(heading, scan.elements, lang, today)
            or date_by_byline(scan.bylines, heading, scan.elements, lang, today)
            or labelled_date_line(scan.elements, lang, today)
        )

    times = article_times(scan.times, scan.elements, heading)
    date = choose_date(head, articles, times, page_url, today, pages, shown)
    if date is None:
        date = shown()
    if date is None and scan.elements and use_htmldate:
        found = htmldate_fallback(scan.elements[0], page_url, today)
        date = Candidate(found, HTMLDATE) if found else None
    modified = choose_modified(head, articles, times, date, today, pages)
    return PageMeta(
        headline=title,
        authors=authors,
        credit=credit,
        date=date,
        modified=modified,
        title=_declared_title(declared, head.title),
        language=language,
        url=canonical,
        sitename=sites[0] if sites else None,
    )
