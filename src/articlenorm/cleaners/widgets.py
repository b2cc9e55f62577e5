"""Share and social widgets ("Spread the love", "Share on Facebook")."""

from __future__ import annotations

from .phrases import PhraseCleaner

__all__ = ["Widgets"]


class Widgets(PhraseCleaner):
    """Drops share/social widget labels and button rows (rules: ``widgets.toml``)."""

    family = "widgets"
    contextual = False
