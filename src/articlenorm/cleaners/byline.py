"""The ``byline`` step: claims the first byline line in the article header.

What a byline looks like is read by :func:`articlenorm.fields.byline.parse_byline`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..fields.byline import parse_byline
from ..model import Role, Verdict
from ..pipeline import Doc
from .phrases import rule_languages

__all__ = ["Byline"]


class Byline:
    """Claims the first byline line in the header region."""

    name = "byline"
    family = "byline"
    contextual = True

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        if Role.BYLINE in doc.fields:
            return
        langs = rule_languages(doc)
        for block in doc.header():
            credit = parse_byline(block.text, langs)
            if credit:
                yield Verdict.claim(block, Role.BYLINE, credit, "byline", "the byline")
                return
