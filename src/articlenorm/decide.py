"""The one place where each field of the article is decided.

Page metadata (:mod:`articlenorm.metadata`), segmentation (the heading above
the text) and the cleaners (a claimed headline, byline or date line) only
*propose* values, as :class:`~articlenorm.provenance.Candidate` s.  Each
function here takes the proposals for one field and returns the winner; the
order of the tests in a function *is* the policy, and it reads only the typed
``origin`` and ``strength`` of a provenance, never its rendered name.

In short: what the page declares for machines beats what a rule read from
the text, except where the page's value is only a guess (a ``<title>`` or
lone ``<h1>`` nothing confirms, a date from the URL or from htmldate); a
headline the page only declares gives way to the heading printed above the
article text.  In text mode the claimed blocks are the only source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .fields.byline import authors_of
from .model import Caption
from .provenance import CALLER, Candidate, Origin, Strength
from .textutil import norm

if TYPE_CHECKING:
    from .metadata import PageMeta

__all__ = [
    "captions",
    "credits",
    "date",
    "headline",
    "language",
    "modified",
    "needs_layout_headline",
    "page_headline",
    "title",
    "url",
]

#: Origins of a title the page declares for machines but may not show.
_DECLARING = frozenset({Origin.JSON_LD, Origin.META, Origin.TITLE_TAG})


def needs_layout_headline(title: Candidate[str] | None) -> bool:
    """Whether the page's own title should give way to the heading printed
    above the article text: it has none, or only a declared one (``<title>``,
    og:title, JSON-LD, a title meta tag) that nothing on the page shows.
    Such unconfirmed titles were right 1 time in 43 on l3s-gn1 and 12 in 59
    on trafilatura-eval (often an SEO variant of the visible headline, or the
    site's name)."""
    if title is None:
        return True
    p = title.provenance
    return p.confirmed_by is None and p.origin in _DECLARING


def page_headline(meta: PageMeta) -> Candidate[str] | None:
    """The headline the page itself proposes: its own title, or the heading
    above the text where the title needs one (see :func:`needs_layout_headline`).
    Segmentation marks the block that repeats it."""
    if meta.layout_headline is not None and needs_layout_headline(meta.headline):
        return meta.layout_headline
    return meta.headline


def headline(meta: PageMeta | None, claimed: Candidate[str] | None) -> Candidate[str] | None:
    """The article's headline: the page's, unless it is only a guess and a
    cleaner found a headline line in the text."""
    return _page_unless_guessed(page_headline(meta) if meta else None, claimed)


def credits(
    page_authors: Candidate[tuple[str, ...]] | None,
    claimed_byline: Candidate[str] | None,
    author_box: Candidate[str] | None,
    page_credit: Candidate[str] | None = None,
) -> tuple[Candidate[str] | None, Candidate[tuple[str, ...]] | None]:
    """``(byline, authors)``.

    The people the page declares are the authors.  The byline is the credit
    line printed at the top (or, failing that, in the author box at the end)
    when it names some of the same people; otherwise the declared names
    joined.  With no declared authors, the authors are the people the byline
    names (agencies are not people, and stay in the byline only).  With
    neither, the byline is the desk, agency or account the page declares as
    author (``page_credit``), and there are no authors: authors are people.
    """
    line = claimed_byline or author_box
    if page_authors is not None and page_authors.value:
        if line is not None and _same_people(authors_of(line.value), page_authors.value):
            return line, page_authors
        return Candidate(", ".join(page_authors.value), page_authors.provenance), page_authors
    if line is None:
        return page_credit, None
    people = authors_of(line.value)
    return line, (Candidate(people, line.provenance) if people else None)


def _same_people(a: Sequence[str], b: Sequence[str]) -> bool:
    keys = {norm(x) for x in a}
    return any(norm(x) in keys for x in b)


def date(page: Candidate[str] | None, claimed: Candidate[str] | None) -> Candidate[str] | None:
    """The publication date: the page's, unless it is only a guess (from the
    URL or htmldate) and a cleaner claimed a date line in the text."""
    return _page_unless_guessed(page, claimed)


def modified(
    page: Candidate[str] | None, stamp: Candidate[str] | None, published: Candidate[str] | None
) -> Candidate[str] | None:
    """The last-modified date: the one the page declares, else an update
    stamp printed in the text ("Updated: May 3, 2024"); never one before the
    publication date (a stamp that is, belongs to something else)."""
    found = page if page is not None else stamp
    if found is None or (published is not None and found.value[:10] < published.value[:10]):
        return None
    return found


def title(meta: PageMeta | None) -> Candidate[str] | None:
    """The title the page declares for machines (og:title, else
    ``<title>``), as written: the headline may differ (the visible heading
    wins there), so this keeps what the page calls itself for users who
    want it.  ``None`` in text mode."""
    return meta.title if meta is not None else None


def _page_unless_guessed(
    page: Candidate[str] | None, claimed: Candidate[str] | None
) -> Candidate[str] | None:
    """The page's value, unless it is only a guess and the text gave one."""
    if page is not None and not (page.strength is Strength.GUESS and claimed is not None):
        return page
    return claimed


def language(
    page: Candidate[str] | None, detect: Callable[[], Candidate[str] | None]
) -> Candidate[str] | None:
    """The page's declared language (``<html lang>`` and the like: cheaper
    than detection and right on the dev sets' declared pages), else what
    ``detect`` reads from the text (called only then)."""
    return page if page is not None else detect()


def url(page: Candidate[str] | None, caller: str | None) -> Candidate[str] | None:
    """The page's canonical URL (or the caller's, as metadata proposes it);
    in text mode, the caller's."""
    if page is not None:
        return page
    return Candidate(caller, CALLER) if caller else None


def captions(page: Sequence[Caption], claimed: Sequence[Caption]) -> tuple[Caption, ...]:
    """The page's figure captions, then the caption lines the cleaners
    claimed that do not repeat one of them."""
    out = list(page)
    keys = [norm(c.text) for c in page if c.text] + [norm(f"{c.text} {c.credit or ''}") for c in page]
    for caption in claimed:
        key = norm(caption.text or caption.credit)
        if not key or any(key in k or k in key for k in keys if k):
            continue
        keys.append(key)
        out.append(caption)
    return tuple(out)
