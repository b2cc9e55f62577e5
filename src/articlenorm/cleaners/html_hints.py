"""HTML-only signals: where a block sat on the page and how much of it is links.

The HTML path (:mod:`articlenorm.segment.html`) gives each block ``hints``:
the class/id words of the small containers around it, ``<tag>`` names,
``x:outside-main`` when it lies outside the element that holds most of the
extracted text; and proposed ``roles`` (:attr:`~articlenorm.model.Block.roles`)
when it repeats the page's headline or one of its photo captions.  This cleaner turns those into
verdicts; on plain-text input no block has hints and it does nothing.

Two steps read them.  :class:`HtmlHints` runs first and claims fields:

* ``page-headline``  the block repeating the page headline is the headline.
* ``figure-caption`` a figure caption trafilatura left in the body is a caption.

:class:`HtmlLayout` runs right after it, before the text cleaners, so the
text headline step never takes a navigation line for the headline:

* ``box-<family>``   a block inside a box named for clutter ("share-buttons",
  "related-links", "newsletter-box", "author-bio") goes with that family.
* ``outside-main``   a short or link-heavy block outside the main container is
  page furniture (navigation rows, teaser links, notices).
* ``link-row``       a table row that is mostly links is navigation.

Thresholds were measured on the l3s-gn1 and readability-pages tune splits
(two thirds of each set, by a hash of the case id); see each constant.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..fields.captions import parse_caption
from ..model import Block, BlockKind, Caption, Role, Verdict
from ..pipeline import Doc
from ..segment.candidates import CANDIDATE, outside_clutter
from ..segment.hints import OUTSIDE_MAIN
from ..textutil import is_prose
from .phrases import rule_languages

__all__ = ["HtmlHints", "HtmlLayout"]

#: Class/id words that name a clutter box, by the family that box belongs to.
#: Generic words many sites use; a site's own class name never belongs here.
#: ("widget", "date", "more" are left out: on readability-pages they wrap
#: article text as often as clutter.)
BOX_WORDS: dict[str, frozenset[str]] = {
    "widgets": frozenset(
        {"share", "sharing", "sharebar", "sharethis", "addthis", "social", "toolbar", "print"}
    ),
    "related": frozenset({"related", "recommended", "recirculation", "trending", "popular", "mostread"}),
    "prompts": frozenset({"newsletter", "subscribe", "subscription", "signup", "paywall", "registration"}),
    "ads": frozenset(
        {"ad", "ads", "advert", "advertisement", "advertising", "sponsor", "sponsored", "promo"}
    ),
    "appeals": frozenset({"donate", "donation", "patreon", "membership", "contribute"}),
    "blurbs": frozenset({"author-bio", "authorbio", "author-box", "authorbox", "about-author", "bio"}),
    "metalines": frozenset({"reading-time", "read-time", "readtime", "post-meta", "entry-meta", "tags"}),
    "breadcrumbs": frozenset({"breadcrumb", "breadcrumbs"}),
    "comments": frozenset({"comment", "comments", "disqus", "respond"}),
    "trailers": frozenset({"copyright", "disclaimer", "footer"}),
}
#: A block at least this long that reads as prose stays even inside a box
#: whose name says clutter: the box name is wrong more often than the text.
PROSE_GUARD_WORDS = 40
#: Link density from which a table row is a link row (the outside-main rule's
#: own, segment/candidates.py OUTSIDE_LINK_DENSITY, is the same: on the
#: l3s-gn1 tune split, out-of-main blocks at >= 0.5 are 1% article text).
LINK_DENSITY = 0.5


def _box_family(block: Block) -> str | None:
    for family, words in BOX_WORDS.items():
        if block.hints & words:
            return family
    return None


class HtmlHints:
    """Claims the page headline and figure captions (see the module doc)."""

    name = "html-hints"
    family = "layout"
    contextual = False

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        if doc.source_format != "html":
            return
        langs = rule_languages(doc)
        headline_taken = Role.HEADLINE in doc.fields
        for block in doc.blocks:
            if Role.HEADLINE in block.roles and not headline_taken:
                headline_taken = True
                yield Verdict.claim(block, Role.HEADLINE, block.text, "page-headline", "the page's headline")
            elif Role.CAPTION in block.roles:
                found = parse_caption(block.text, langs)
                caption = found[1] if found else Caption(block.text, None)
                yield Verdict.claim(block, Role.CAPTION, caption, "figure-caption", "a figure caption")


class HtmlLayout:
    """Drops blocks that the page's layout marks as clutter (see the module doc)."""

    name = "html-layout"
    family = "layout"
    contextual = False

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        if doc.source_format != "html":
            return
        for block in doc.blocks:
            hints = block.hints
            if not hints:
                continue
            prose = is_prose(block.text)
            long_prose = prose and len(block.text.split()) >= PROSE_GUARD_WORDS
            family = _box_family(block)
            if family and not long_prose:
                yield Verdict.drop(block, f"box-{family}", f"inside a box named for {family}")
            elif (
                OUTSIDE_MAIN in hints
                and CANDIDATE not in hints  # the learned scorer judges those (docs/scorer.md)
                and outside_clutter(block.text, block.link_density)
            ):
                yield Verdict.drop(block, "outside-main", "a short or link-heavy block outside the article")
            elif block.kind is BlockKind.TABLE and block.link_density >= LINK_DENSITY and not prose:
                yield Verdict.drop(block, "link-row", "a table row of links (navigation laid out in a table)")
