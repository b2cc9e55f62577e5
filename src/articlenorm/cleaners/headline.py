"""The headline: the first title-like block at the top of the text.

Scanning stops at the first prose paragraph: a short line after the story has
begun is a subheading, not the headline.  In HTML mode the page's own title
(og:title / JSON-LD / ``<title>``, as trafilatura reads it) decides which block
is the headline when one matches it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import BlockKind, Role, Verdict
from ..pipeline import Doc
from ..textutil import has_bullet, is_prose, is_title_like

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
            if is_prose(block.text):
                return
