"""Related-link clutter: "Read also" and the list of links under it,
"Related:", "Related article: <headline>"."""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import Rule
from ..model import Block, Verdict
from ..pipeline import Doc
from .phrases import PhraseCleaner, link_list_after

__all__ = ["Related"]


class Related(PhraseCleaner):
    """Drops related-link labels and the links listed under them
    (rules: ``related.toml``)."""

    family = "related"

    def follow(self, doc: Doc, block: Block, rule: Rule) -> Iterator[Verdict]:
        if rule.options.follow == "link-list":
            for b in link_list_after(doc, block):
                yield Verdict.drop(b, "related-link", "a link listed under a related-links label")
