"""Segmentation: turn decoded input into :class:`~articlenorm.model.Block` s.

* :mod:`.text` - plain text: one block per line, soft-wrapped lines rejoined.
* :mod:`.html` - HTML: trafilatura's structured extraction, one block per element.

The HTML half (lxml, the metadata readers, trafilatura) loads on first use,
so plain-text callers never pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .text import segment_text

if TYPE_CHECKING:
    from .html import segment_html

__all__ = ["segment_html", "segment_text"]


def __getattr__(name: str) -> object:
    if name == "segment_html":
        from .html import segment_html

        return segment_html
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
