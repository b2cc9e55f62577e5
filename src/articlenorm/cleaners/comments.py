"""Comment forms and comment-section chrome ("Leave a Reply")."""

from __future__ import annotations

from .phrases import PhraseCleaner

__all__ = ["Comments"]


class Comments(PhraseCleaner):
    """Drops comment-form labels and boilerplate (rules: ``comments.toml``)."""

    family = "comments"
    contextual = False
