"""Source trailers: "Source link", "Original url:" and the URL after it,
and wire signatures ending a story ("(PAP)", "abc/PAP")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import Rule
from ..model import Block, Verdict
from ..names import agency_regex
from ..pipeline import Doc
from .phrases import PhraseCleaner

__all__ = ["Trailers"]


def _is_url_line(text: str) -> bool:
    t = text.strip().lower()
    return t.startswith(("http://", "https://", "www.")) and len(t.split()) <= 3


#: The parts of a wire signature: "(kw/ mw/ PAP)" -> "kw", "mw", "PAP".
_SIGNATURE_SPLIT = re.compile(r"\s*[/,]\s*")
#: An editor's initials in a signature: a few lower-case letters.
MAX_INITIALS = 5


def is_agency_signature(text: str) -> bool:
    """Is ``text`` only agency names and editors' lower-case initials, with at
    least one agency ("(PAP)", "abc/PAP", "dpa, kw")?  Agencies are those of
    ``rules/common/agencies.toml``, matched as :func:`~articlenorm.names.agency_regex`
    does (short all-caps names case-sensitively, so "ap" is initials, not AP)."""
    t = text.strip().rstrip(".").strip().strip("()[]").strip()
    parts = [p for p in _SIGNATURE_SPLIT.split(t) if p]
    agencies = 0
    for part in parts:
        if agency_regex().fullmatch(part):
            agencies += 1
        elif not (part.isalpha() and part.islower() and len(part) <= MAX_INITIALS):
            return False
    return agencies > 0


class Trailers(PhraseCleaner):
    """Drops source/syndication trailers (rules: ``trailers.toml``) and the
    URL line that follows a "Source:"/"Original url:" label; a rule with
    ``agency_signature = true`` fires only on a wire signature."""

    family = "trailers"

    def accept(self, doc: Doc, block: Block, rule: Rule) -> bool:
        """Rule option ``agency_signature = true``: the block must also pass
        :func:`is_agency_signature` (the pattern only checks its shape)."""
        if rule.options.agency_signature and not is_agency_signature(block.text):
            return False
        return super().accept(doc, block, rule)

    def follow(self, doc: Doc, block: Block, rule: Rule) -> Iterator[Verdict]:
        if rule.options.follow != "url-line":
            return
        nxt = doc.neighbour(block, 1)
        if nxt is not None and _is_url_line(nxt.text):
            yield Verdict.drop(nxt, "source-url", "the URL of a source trailer")
