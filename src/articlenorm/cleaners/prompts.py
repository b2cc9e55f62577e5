"""Newsletter, subscription, registration and paywall prompts."""

from __future__ import annotations

from .phrases import PhraseCleaner

__all__ = ["Prompts"]


class Prompts(PhraseCleaner):
    """Drops sign-up and paywall prompts (rules: ``prompts.toml``)."""

    family = "prompts"
    contextual = False
