"""The ``dateline`` step: claims the publication date line in the article header.

What a date line looks like is read by :func:`articlenorm.fields.dates.parse_date_line`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..fields.byline import parse_byline
from ..fields.dates import MAX_RESIDUE_WORDS, parse_date_line
from ..model import Role, Verdict
from ..pipeline import Doc
from .phrases import rule_languages

__all__ = ["Dateline"]


class Dateline:
    """Claims the first date line in the header region as the publication
    date; drops update-only stamps there (proposing them as the modified
    date).  A line that also names the author
    ("By Jane Doe | Nov 1, 2024") is claimed for both fields."""

    name = "dateline"
    family = "dateline"
    contextual = True

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        langs = rule_languages(doc)
        for block in doc.header():
            found = parse_date_line(block.text, langs)
            if found is None:
                continue
            residue_words = found.residue.split()
            byline = parse_byline(block.text, langs, allow_date=True) if residue_words else None
            if len(residue_words) > MAX_RESIDUE_WORDS and byline is None:
                continue
            if found.updated:
                # An update stamp is never the publication date; it proposes
                # the last-modified date instead.
                yield Verdict.drop(
                    block,
                    "update-stamp",
                    "an update time stamp, not the publication date",
                    proposes=(Role.MODIFIED, found.value),
                )
                continue
            yield Verdict.claim(block, Role.DATE, found.value, "date-line", "the publication date line")
            if byline is not None:
                yield Verdict.claim(block, Role.BYLINE, byline, "byline-with-date", "the byline")
