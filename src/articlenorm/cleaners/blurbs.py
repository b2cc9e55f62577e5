"""Author blurbs and contact lines at the end, with the author-box lines
(a lone name, "By <name>") right above them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..fields.byline import parse_byline
from ..lexicon import Rule
from ..model import Block, Role, Verdict
from ..names import looks_like_name
from ..pipeline import Doc
from .phrases import PhraseCleaner

__all__ = ["Blurbs"]

_BY = re.compile(r"^\s*(?:by|written by|words by)\s+(.+)$", re.IGNORECASE)
#: How many lines above a blurb can belong to its author box.
AUTHOR_BOX_LINES = 3


def _author_box_line(text: str) -> bool:
    m = _BY.match(text)
    return looks_like_name(m.group(1) if m else text)


class Blurbs(PhraseCleaner):
    """Drops author biographies and contact lines in the tail region
    (rules: ``blurbs.toml``)."""

    family = "blurbs"

    def follow(self, doc: Doc, block: Block, rule: Rule) -> Iterator[Verdict]:
        if rule.name != "author-bio":
            return
        for prev in reversed(doc.before(block)[-AUTHOR_BOX_LINES:]):
            if not _author_box_line(prev.text):
                return
            credit = parse_byline(prev.text)
            yield Verdict.drop(
                prev,
                "author-box",
                "the author-box line above an author biography",
                proposes=(Role.BYLINE, credit) if credit else None,
            )
