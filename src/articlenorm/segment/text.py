"""Plain text -> blocks.

Every non-blank line is a block, except that a line soft-wrapped into the
next one (the line does not end a sentence, the next starts in lower case,
both in the same paragraph) is rejoined with a space.  Lines are the unit,
not blank-line paragraphs, because scraped text often puts a date and a
repeated headline, or an alt text and its caption, on adjacent lines of one
paragraph; judging them together would keep or drop both.

Each block keeps its character span in the text, so kept and removed blocks
together account for every non-blank character of the input exactly once.
"""

from __future__ import annotations

import re

from ..model import Block, BlockKind
from ..textutil import has_bullet

__all__ = ["segment_text"]

_LINE = re.compile(r"[^\n]*")
# A wrapped line is a long-ish line that stops mid-sentence; 30 characters
# keeps short labels ("Read also", "Related:") from swallowing the next line.
_WRAP_MIN_CHARS = 30
_NO_WRAP_END = '.!?:;…"”’»)]|'


def _wraps_into(prev: str, nxt: str) -> bool:
    if len(prev) < _WRAP_MIN_CHARS or prev[-1] in _NO_WRAP_END:
        return False
    first = nxt[0]
    return first.islower() and not has_bullet(nxt)


def segment_text(text: str) -> list[Block]:
    """Split ``text`` into line blocks with their spans and paragraph groups."""
    blocks: list[Block] = []
    group = 0
    blank_before = False
    pending: tuple[int, int] | None = None  # span of the block being built

    def flush() -> None:
        nonlocal pending
        if pending is None:
            return
        start, end = pending
        raw = text[start:end]
        body = " ".join(part.strip() for part in raw.split("\n"))
        kind = BlockKind.LIST_ITEM if has_bullet(body) else BlockKind.PARAGRAPH
        blocks.append(Block(len(blocks), body, kind, start, end, group))
        pending = None

    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        line = text[pos:nl]
        stripped = line.strip()
        if not stripped:
            flush()
            blank_before = True
        else:
            lead = len(line) - len(line.lstrip())
            start, end = pos + lead, pos + lead + len(stripped)
            if (
                pending is not None
                and not blank_before
                and _wraps_into(text[pending[0] : pending[1]].rstrip(), stripped)
            ):
                pending = (pending[0], end)
            else:
                flush()
                if blank_before and blocks:
                    group += 1
                pending = (start, end)
            blank_before = False
        pos = nl + 1
    flush()
    return blocks
