"""Page metadata read from an HTML tree: headline, authors, date, language,
canonical URL, with the provenance of each value.

Everything is read from the one parsed tree the HTML path builds, with plain
lxml lookups (no second parse, no network).  Each ``metadata`` module picks
one field from its sources in order of trust and says which source gave it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Caption
from .authors import choose_authors, names_in
from .dates import choose_date, htmldate_fallback, parse_date_value
from .head import read_head
from .jsonld import read_json_ld
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
    """Metadata read from the page itself (``None``/empty where the page says
    nothing).  ``provenance`` maps a field name (``headline``, ``authors``,
    ``date``, ``language``, ``url``) to the source of its value."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    url: str | None = None
    sitename: str | None = None
    authors: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    provenance: dict[str, str] = field(default_factory=dict, hash=False)


def read_page_meta(
    scan: PageScan, url: str | None = None, *, today: dt.date | None = None, use_htmldate: bool = True
) -> PageMeta:
    """Read every metadata field of the scanned page (see the module doc)."""
    head = read_head(scan)
    articles = read_json_ld(scan.scripts)
    provenance: dict[str, str] = {}
    canonical, url_src = choose_url(head, articles, url)
    sites = site_names(head, articles, canonical or url)
    declared = [("json-ld:headline", a.headline) for a in articles if a.headline]
    for key in TITLE_META:
        for value in head.meta.get(key, ())[:1]:
            declared.append((f"meta:{key}" if not key.startswith("og:") else key, value))
    title, title_src = choose_title(
        declared, head.title, find_headings(scan), sites, lambda: page_lines(scan)
    )
    authors, authors_src = choose_authors(head, articles, scan.bylines, sites)
    date, date_src = choose_date(head, articles, scan.times, canonical or url, today)
    if date is None and scan.elements and use_htmldate:
        date = htmldate_fallback(scan.elements[0], canonical or url, today)
        date_src = "htmldate" if date else None
    language, language_src = choose_language(head, articles)
    for name, src in (
        ("headline", title_src),
        ("authors", authors_src),
        ("date", date_src),
        ("language", language_src),
        ("url", url_src),
    ):
        if src:
            provenance[name] = src
    return PageMeta(
        title=title,
        author=", ".join(authors) if authors else None,
        date=date,
        language=language,
        url=canonical,
        sitename=sites[0] if sites else None,
        authors=authors,
        provenance=provenance,
    )
