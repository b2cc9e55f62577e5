"""Cleaner families, one module each, and the default pipeline.

The default pipeline is just a list; see :func:`default_pipeline` for the
order and why it is that order.
"""

from __future__ import annotations

from ..pipeline import Cleaner, Doc, FunctionCleaner, Pipeline, cleaner
from .ads import Ads
from .appeals import Appeals
from .blurbs import Blurbs
from .boilerplate import Boilerplate
from .boilerplate_columns import BoilerplateColumns
from .breadcrumbs import Breadcrumbs
from .byline import Byline
from .captions import Captions
from .comments import Comments
from .dateline import Dateline
from .headline import Headline
from .html_hints import HtmlHints, HtmlLayout
from .markup import Markup
from .metalines import MetaLines
from .phrases import PhraseCleaner
from .prompts import Prompts
from .related import Related
from .repeats import Repeats
from .scorer import Scorer
from .trailers import Trailers
from .widgets import Widgets

__all__ = [
    "Ads",
    "Appeals",
    "Blurbs",
    "Boilerplate",
    "BoilerplateColumns",
    "Breadcrumbs",
    "Byline",
    "Captions",
    "Cleaner",
    "Comments",
    "Dateline",
    "Doc",
    "FunctionCleaner",
    "Headline",
    "HtmlHints",
    "HtmlLayout",
    "Markup",
    "MetaLines",
    "PhraseCleaner",
    "Pipeline",
    "Prompts",
    "Related",
    "Repeats",
    "Scorer",
    "Trailers",
    "Widgets",
    "cleaner",
    "default_pipeline",
]


def default_pipeline() -> Pipeline:
    """A fresh copy of the default pipeline.

    Order matters in three places: ``markup`` runs first so every later rule
    sees clean words; clutter that can sit above the headline (widgets,
    ads, breadcrumbs, time stamps) goes before ``headline`` so the headline is
    the first *real* title line; and ``repeats`` needs the headline.  The
    field steps (dateline, byline, captions, headline) claim blocks for their
    fields before the tail cleaners look at what is left.

    The page-boilerplate steps (text input only) sit in two places.
    ``boilerplate-columns`` runs early, after ``markup``: it cuts table-layout
    lines of a page dump down to their prose cell, so no later rule reads a
    thousand characters of column padding.  ``boilerplate`` runs after the
    phrase families and before the field steps: clutter a family recognises
    is attributed to that family, the menus, teaser lists, footers and
    comment threads left over are dropped as page furniture, and the headline
    step then finds the story's own title line, not a menu entry.

    The learned block scorer (:class:`Scorer`, docs/scorer.md) is not in
    the default pipeline: it raises body F1 of full-page text dumps in
    site-grouped cross-validation on dragnet-train, but drops real
    subheadings the negative fixtures keep.  Add it last to use it:
    ``[*default_pipeline(), Scorer()]``.
    """
    return Pipeline(
        [
            Markup(),
            HtmlHints(),
            HtmlLayout(),
            BoilerplateColumns(),
            Widgets(),
            Ads(),
            Appeals(),
            Prompts(),
            MetaLines(),
            Breadcrumbs(),
            Comments(),
            Boilerplate(),
            Dateline(),
            Byline(),
            Captions(),
            Headline(),
            Repeats(),
            Related(),
            Blurbs(),
            Trailers(),
        ]
    )
