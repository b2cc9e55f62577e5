"""Ads, sponsored offers and affiliate disclosures."""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import Rule
from ..model import Block, Verdict
from ..pipeline import Doc
from .phrases import PhraseCleaner, link_list_after

__all__ = ["Ads"]


class Ads(PhraseCleaner):
    """Drops ad labels, betting/coupon offers and affiliate disclosures
    (rules: ``ads.toml``), and the sponsored links listed under a
    "Sponsored content" label."""

    family = "ads"

    def follow(self, doc: Doc, block: Block, rule: Rule) -> Iterator[Verdict]:
        if rule.options.follow == "link-list":
            for b in link_list_after(doc, block):
                yield Verdict.drop(b, "sponsored-link", "a sponsored link listed under an ad label")
