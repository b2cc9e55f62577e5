"""Combining what the cleaners claimed from the blocks with what the page
declares, field by field, and recording where each value came from.

For HTML the page's declarations win for the headline, authors and date (a
JSON-LD ``headline`` or ``datePublished`` is written for machines; a block
that looks like a title or a date line is a guess), with two exceptions: a
headline nothing on the page confirms (a bare ``<title>``, a lone ``<h1>``)
and a date read from the URL lose to a headline line or date line the
cleaners found in the body.  Claimed
blocks fill whatever the page leaves empty; in text mode they are the only
source.  Provenance values are a page source (``og:title``,
``json-ld:author`` ...) or ``block:<rule>`` for a value read from a block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..fields.byline import authors_of
from ..model import Caption, Role, Verdict
from . import PageMeta
from .text import norm
from .title import WEAK_SOURCES

__all__ = ["Merged", "merge_fields"]


@dataclass(slots=True)
class Merged:
    headline: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    captions: tuple[Caption, ...] = ()
    provenance: dict[str, str] = field(default_factory=dict)


def _claim(claims: Sequence[Verdict], role: Role) -> tuple[str | None, str | None]:
    for v in claims:
        if v.role is role and isinstance(v.value, str) and v.value:
            return v.value, f"block:{v.rule}"
    return None, None


def _same_people(a: Sequence[str], b: Sequence[str]) -> bool:
    keys = {norm(x) for x in a}
    return any(norm(x) in keys for x in b)


def _captions(page: Sequence[Caption], claimed: Sequence[Caption]) -> tuple[Caption, ...]:
    out = list(page)
    keys = [norm(c.text) for c in page if c.text] + [norm(f"{c.text} {c.credit or ''}") for c in page]
    for caption in claimed:
        key = norm(caption.text or caption.credit)
        if not key or any(key in k or k in key for k in keys if k):
            continue
        keys.append(key)
        out.append(caption)
    return tuple(out)


def merge_fields(
    claims: Sequence[Verdict],
    meta: PageMeta | None,
    *,
    author_box: str | None = None,
) -> Merged:
    """The article's headline, byline, authors, date and captions (see module doc)."""
    out = Merged()
    prov = out.provenance
    page = meta.provenance if meta else {}
    claimed_title, title_src = _claim(claims, Role.HEADLINE)
    weak = meta is not None and meta.provenance.get("headline") in WEAK_SOURCES
    if meta and meta.title and not (weak and claimed_title):
        out.headline, prov["headline"] = meta.title, page.get("headline", "page")
    elif claimed_title:
        out.headline, prov["headline"] = claimed_title, title_src or "block"

    byline, byline_src = _claim(claims, Role.BYLINE)
    if byline is None and author_box:
        byline, byline_src = author_box, "block:author-box"
    if meta and meta.authors:
        out.authors, prov["authors"] = meta.authors, page.get("authors", "page")
        if byline and _same_people(authors_of(byline), meta.authors):
            out.byline, prov["byline"] = byline, byline_src or "block"
        else:
            out.byline, prov["byline"] = ", ".join(meta.authors), page.get("authors", "page")
    elif byline:
        out.byline, prov["byline"] = byline, byline_src or "block"
        out.authors = authors_of(byline)
        if out.authors:
            prov["authors"] = prov["byline"]

    claimed_date, date_src = _claim(claims, Role.DATE)
    page_date_src = page.get("date")
    weak_date = page_date_src in ("url", "htmldate")
    if meta and meta.date and not (weak_date and claimed_date):
        out.date, prov["date"] = meta.date, page_date_src or "page"
    elif claimed_date:
        out.date, prov["date"] = claimed_date, date_src or "block"

    claimed_captions = [v.value for v in claims if v.role is Role.CAPTION and isinstance(v.value, Caption)]
    out.captions = _captions(meta.captions if meta else (), claimed_captions)
    return out
