"""Test and measure text pipelines with generated articles of known ground truth.

Public, documented, shipped with articlenorm (see ``docs/testing.md``):

* hypothesis strategies -- :func:`articles`, :func:`clutter`,
  :func:`cluttered_articles` (these need ``hypothesis`` installed);
* assertions -- :func:`assert_normalizes_to`, :func:`assert_cleaner_safe`;
* seeded sampling without hypothesis, for benchmarks --
  :func:`sample_articles`;
* ``FAMILIES`` (clutter families) and ``LANGUAGES`` (generator languages).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .assertions import DEFAULT_FIELDS, FIELDS, assert_cleaner_safe, assert_normalizes_to
from .generate import (
    FAMILIES,
    POSITIONS,
    ClutterPiece,
    GeneratedArticle,
    Injected,
    make_article,
    make_clutter,
    make_cluttered_article,
)
from .packs import LANGUAGES
from .source import HypothesisSource, RandomSource, Source

__all__ = [
    "DEFAULT_FIELDS",
    "FAMILIES",
    "FIELDS",
    "LANGUAGES",
    "POSITIONS",
    "ClutterPiece",
    "GeneratedArticle",
    "HypothesisSource",
    "Injected",
    "RandomSource",
    "Source",
    "articles",
    "assert_cleaner_safe",
    "assert_normalizes_to",
    "clutter",
    "cluttered_articles",
    "languages",
    "make_article",
    "make_clutter",
    "make_cluttered_article",
    "sample_articles",
]

_STRATEGIES = ("articles", "clutter", "cluttered_articles", "languages")


def sample_articles(
    n: int, *, language: str = "en", seed: int = 0, cluttered: bool = True, **options: Any
) -> Iterator[GeneratedArticle]:
    """``n`` generated articles from a seeded source: the same seed gives the
    same articles on every machine (no hypothesis needed)."""
    src = RandomSource(f"{seed}:{language}")
    for _ in range(n):
        yield make_cluttered_article(src, language, **options) if cluttered else make_article(src, language)


def __getattr__(name: str) -> Any:
    # The strategies import hypothesis, which is a test dependency only.
    if name in _STRATEGIES:
        try:
            from . import strategies
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                f"articlenorm.testing.{name} needs hypothesis: pip install hypothesis ({exc})"
            ) from exc
        return getattr(strategies, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
