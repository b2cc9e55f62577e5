"""Ads, sponsored offers and affiliate disclosures."""

from __future__ import annotations

from .phrases import PhraseCleaner

__all__ = ["Ads"]


class Ads(PhraseCleaner):
    """Drops ad labels, betting/coupon offers and affiliate disclosures
    (rules: ``ads.toml``)."""

    family = "ads"
    contextual = False
