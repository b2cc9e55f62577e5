"""Category breadcrumbs and section labels at the top ("• Europe", "Home > World")."""

from __future__ import annotations

from .phrases import PhraseCleaner

__all__ = ["Breadcrumbs"]


class Breadcrumbs(PhraseCleaner):
    """Drops breadcrumb trails and lone section labels in the header region
    (rules: ``breadcrumbs.toml``)."""

    family = "breadcrumbs"
