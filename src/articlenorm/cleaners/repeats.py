"""Repeated copies of the headline further down the text."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Verdict
from ..textutil import ends_sentence, norm_label, words
from .base import Doc

__all__ = ["Repeats"]

#: Share of the headline's words an all-lower-case image slug must contain.
#: Slugs built from the headline keep 80-100% of its words; a story sentence
#: that shares many headline words is not all lower case.
SLUG_OVERLAP = 0.8
SLUG_MIN_WORDS = 6


class Repeats:
    """Drops blocks that repeat the headline: an exact copy, or an
    all-lower-case image "slug" built from its words."""

    name = "repeats"
    family = "repeats"
    contextual = True

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        headline = doc.headline
        if not headline:
            return
        key = norm_label(headline)
        head_words = {w.casefold() for w in words(headline)}
        for block in doc.blocks:
            text = block.text
            if norm_label(text) == key:
                yield Verdict.drop(block, "repeated-headline", "a second copy of the headline")
                continue
            if text == text.lower() and not ends_sentence(text) and head_words:
                ws = {w.casefold() for w in words(text)}
                if len(ws) >= SLUG_MIN_WORDS and len(ws & head_words) / len(head_words) >= SLUG_OVERLAP:
                    yield Verdict.drop(block, "headline-slug", "an image slug made of the headline")
