"""Segmentation: turn decoded input into :class:`~articlenorm.model.Block` s.

* :mod:`.text` - plain text: one block per line, soft-wrapped lines rejoined.
* :mod:`.html` - HTML: trafilatura's structured extraction, one block per element.
"""

from .html import segment_html
from .text import segment_text

__all__ = ["segment_html", "segment_text"]
