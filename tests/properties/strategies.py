"""Inputs for the property tests, built on ``articlenorm.testing``.

The articles and clutter come from the public strategies; this module only
adds the stray whitespace scraped text has (blank lines of spaces, CRLF,
runs of newlines) by re-joining the generated blocks.
"""

from __future__ import annotations

from hypothesis import strategies as st

from articlenorm.testing import GeneratedArticle, articles, cluttered_articles

__all__ = ["clean_articles", "messy_texts", "scraped"]

SEPARATORS = ["\n\n", "\n", "\n \n", "\r\n\r\n", "\n\n\n", "\n\t\n"]


def clean_articles() -> st.SearchStrategy[GeneratedArticle]:
    """Clutter-free articles in every generator language."""
    return articles(language=None)


@st.composite
def messy_texts(draw: st.DrawFn) -> str:
    """Cluttered article text with its blocks re-joined by random separators."""
    sample = draw(cluttered_articles(language=None))
    blocks = sample.text.split("\n\n")
    out = blocks[0]
    for block in blocks[1:]:
        out += draw(st.sampled_from(SEPARATORS)) + block
    return out


def scraped() -> st.SearchStrategy[GeneratedArticle]:
    """Cluttered articles (ground truth kept) in every generator language."""
    return cluttered_articles(language=None)
