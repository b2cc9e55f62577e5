"""The headline: the first title-like block at the top of the text.

Scanning stops at the first prose paragraph: a short line after the story has
begun is a subheading, not the headline.  In HTML mode the page's own title
(og:title / JSON-LD / ``<title>``, as trafilatura reads it) decides which block
is the headline when one matches it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..cleaners.base import Doc
from ..model import Block, BlockKind, Role, Verdict
from ..textutil import has_bullet, is_prose, is_title_like, word_count

#: A first line ending in one full stop ("Council backs new pool.") is a
#: headline only when it has at most this many words, is one sentence, and the
#: paragraph below it is prose at least ``STOP_LEAD_FACTOR`` times as long.
#: Some wire feeds and text corpora end every headline with a full stop; a
#: story's own first paragraph is rarely this short next to the second.
#: 20 words: 99% of such headlines in the dev sets' text inputs are shorter.
STOP_HEADLINE_MAX_WORDS = 20
STOP_LEAD_FACTOR = 2
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")

__all__ = ["Headline"]


class Headline:
    """Claims the headline block."""

    name = "headline"
    family = "headline"
    contextual = True

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        if Role.HEADLINE in doc.fields:
            return
        head = doc.header()
        max_chars = doc.config.headline_max_chars
        for i, block in enumerate(head):
            if block.kind is BlockKind.LIST_ITEM or has_bullet(block.text):
                continue
            if doc.source_format == "html" and block.kind is not BlockKind.HEADING:
                # HTML marks its headings; a short paragraph is not the headline.
                if is_prose(block.text):
                    return
                continue
            if i == len(doc.blocks) - 1:
                return  # a lone short line is not an article's headline
            if is_title_like(block.text, max_chars):
                yield Verdict.claim(block, Role.HEADLINE, block.text, "first-title-line", "the headline")
                return
            if i == 0 and doc.source_format == "text" and _stop_headline(doc.blocks, max_chars):
                reason = "the headline (ends in a full stop)"
                yield Verdict.claim(block, Role.HEADLINE, block.text, "first-line-full-stop", reason)
                return
            if is_prose(block.text):
                return


def _stop_headline(blocks: Sequence[Block], max_chars: int) -> bool:
    """Is the first block a headline written with a final full stop?"""
    if len(blocks) < 2:
        return False
    text = blocks[0].text.strip()
    if not text.endswith(".") or text.endswith("..") or "\n" in text:
        return False
    core = text[:-1]
    if not is_title_like(core, max_chars) or _INNER_SENTENCE_END.search(core):
        return False
    n = word_count(core)
    below = blocks[1].text
    return n <= STOP_HEADLINE_MAX_WORDS and is_prose(below) and word_count(below) >= STOP_LEAD_FACTOR * n
