"""Donation, membership and patron appeals addressed to the reader."""

from __future__ import annotations

from .phrases import PhraseCleaner

__all__ = ["Appeals"]


class Appeals(PhraseCleaner):
    """Drops appeals by cue phrases spoken to the reader, outside quotations
    (rules: ``appeals.toml``)."""

    family = "appeals"
    contextual = False
