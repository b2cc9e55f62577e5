"""Source trailers: "Source link", "Original url:" and the URL after it."""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import Rule
from ..model import Block, Verdict
from .base import Doc
from .phrases import PhraseCleaner

__all__ = ["Trailers"]


def _is_url_line(text: str) -> bool:
    t = text.strip().lower()
    return t.startswith(("http://", "https://", "www.")) and len(t.split()) <= 3


class Trailers(PhraseCleaner):
    """Drops source/syndication trailers (rules: ``trailers.toml``) and the
    URL line that follows a "Source:"/"Original url:" label."""

    family = "trailers"

    def follow(self, doc: Doc, block: Block, rule: Rule) -> Iterator[Verdict]:
        if rule.options.get("follow") != "url-line":
            return
        nxt = doc.neighbour(block, 1)
        if nxt is not None and _is_url_line(nxt.text):
            yield Verdict.drop(nxt, "source-url", "the URL of a source trailer")
