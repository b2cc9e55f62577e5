"""Repeated copies of the headline further down the text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..model import Verdict
from ..pipeline import Doc
from ..textutil import ends_sentence, words

__all__ = ["Repeats"]

#: Share of the headline's words an all-lower-case image slug must contain.
#: Slugs built from the headline keep 80-100% of its words; a story sentence
#: that shares many headline words is not all lower case.
SLUG_OVERLAP = 0.8
SLUG_MIN_WORDS = 6
#: A copy may carry the site name after a separator ("Headline | Site").
SITE_SUFFIX_MAX_WORDS = 5
_NON_WORD = re.compile(r"[\W_]+")
_SUFFIX = re.compile(r"^\s*[|\-–—:·•]\s*\S")


def _key(text: str) -> str:
    """Headline comparison key: case, quotes, dashes and punctuation ignored."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip()


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
        key = _key(headline)
        head_words = {w.casefold() for w in words(headline)}
        for block in doc.blocks:
            text = block.text
            if _key(text) == key or self._with_site_name(text, headline):
                yield Verdict.drop(block, "repeated-headline", "a second copy of the headline")
                continue
            if text == text.lower() and not ends_sentence(text) and head_words:
                ws = {w.casefold() for w in words(text)}
                if len(ws) >= SLUG_MIN_WORDS and len(ws & head_words) / len(head_words) >= SLUG_OVERLAP:
                    yield Verdict.drop(block, "headline-slug", "an image slug made of the headline")

    @staticmethod
    def _with_site_name(text: str, headline: str) -> bool:
        """``text`` is the headline followed by a separator and a short site name."""
        if len(text) <= len(headline) or _key(text[: len(headline)]) != _key(headline):
            return False
        rest = text[len(headline) :]
        return bool(_SUFFIX.match(rest)) and len(words(rest)) <= SITE_SUFFIX_MAX_WORDS
