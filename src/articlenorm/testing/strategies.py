"""Hypothesis strategies for realistic articles and clutter with known ground truth.

>>> from hypothesis import given
>>> from articlenorm.testing import cluttered_articles, assert_normalizes_to
>>> @given(cluttered_articles(language="de"))
... def test_my_pipeline(sample):
...     assert_normalizes_to(sample.text, sample.expected, fields=("paragraphs",))
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from .generate import (
    FAMILIES,
    ClutterPiece,
    GeneratedArticle,
    make_article,
    make_clutter,
    make_cluttered_article,
)
from .packs import LANGUAGES
from .source import HypothesisSource

__all__ = ["articles", "clutter", "cluttered_articles", "languages"]


def languages(only: Sequence[str] | None = None) -> st.SearchStrategy[str]:
    """Language codes with a generator pack (``LANGUAGES``), or a subset."""
    return st.sampled_from(tuple(only) if only else LANGUAGES)


def _language(language: str | Sequence[str] | None) -> st.SearchStrategy[str]:
    if isinstance(language, str):
        if language not in LANGUAGES:
            raise ValueError(f"no generator pack for {language!r}; languages: {', '.join(LANGUAGES)}")
        return st.just(language)
    return languages(language)


def articles(language: str | Sequence[str] | None = "en") -> st.SearchStrategy[GeneratedArticle]:
    """Clean articles: ``.text`` to normalize and the ``.expected`` Article
    (headline, byline, date, paragraphs with quotes and subheadings, captions).

    ``language`` is one code, a list to draw from, or ``None`` for every pack.
    """

    langs = _language(language)  # validate now, not at the first draw

    @st.composite
    def build(draw: st.DrawFn) -> GeneratedArticle:
        return make_article(HypothesisSource(draw), draw(langs))

    return build()


def clutter(
    family: str | Sequence[str] | None = None, language: str | Sequence[str] | None = "en"
) -> st.SearchStrategy[ClutterPiece]:
    """Clutter pieces (the lines one widget, label or box prints) of a family
    (``None``: any of ``FAMILIES``) in a language."""
    fams = (family,) if isinstance(family, str) else tuple(family or FAMILIES)
    unknown = [f for f in fams if f not in FAMILIES]
    if unknown:
        raise ValueError(f"unknown clutter families {unknown}; families: {', '.join(FAMILIES)}")

    langs = _language(language)

    @st.composite
    def build(draw: st.DrawFn) -> ClutterPiece:
        return make_clutter(HypothesisSource(draw), draw(st.sampled_from(fams)), draw(langs))

    return build()


def cluttered_articles(
    language: str | Sequence[str] | None = "en",
    families: Sequence[str] | None = None,
    *,
    min_pieces: int = 1,
    max_pieces: int = 4,
) -> st.SearchStrategy[GeneratedArticle]:
    """Articles with clutter injected where pages put it (top, header, between
    paragraphs, end).  ``.expected`` is the clean article; ``.clutter`` lists
    what was injected, with its family and position."""
    fams = tuple(families or FAMILIES)
    unknown = [f for f in fams if f not in FAMILIES]
    if unknown:
        raise ValueError(f"unknown clutter families {unknown}; families: {', '.join(FAMILIES)}")
    langs = _language(language)

    @st.composite
    def build(draw: st.DrawFn) -> GeneratedArticle:
        return make_cluttered_article(
            HypothesisSource(draw), draw(langs), families=fams, min_pieces=min_pieces, max_pieces=max_pieces
        )

    return build()
