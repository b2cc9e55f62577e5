"""Page metadata lines: time-only stamps, reading time, audio/print controls."""

from __future__ import annotations

from .phrases import PhraseCleaner

__all__ = ["MetaLines"]


class MetaLines(PhraseCleaner):
    """Drops page-metadata lines that are not article text (rules: ``metalines.toml``)."""

    family = "metalines"
    contextual = False
