"""Seeded synthetic news text for growth measurements, made by articlenorm's own
generator (:mod:`articlenorm.testing`): generated English articles, clutter
included, one after another.  The same seed always gives the same text.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from articlenorm.testing import RandomSource, make_cluttered_article


def blocks(seed: int = 0) -> Iterator[str]:
    """Endless blank-line-separated blocks (headlines, bylines, paragraphs, clutter)."""
    src = RandomSource(f"growth:{seed}")
    while True:
        yield from make_cluttered_article(src, "en").text.split("\n\n")


def text_of_paragraphs(count: int, seed: int = 0) -> str:
    """``count`` blocks separated by blank lines."""
    return "\n\n".join(islice(blocks(seed), count))


def text_of_size(target_bytes: int, seed: int = 0) -> str:
    """About ``target_bytes`` of UTF-8 text (whole blocks, never less than asked)."""
    parts: list[str] = []
    size = -2
    for block in blocks(seed):
        parts.append(block)
        size += len(block.encode("utf-8")) + 2
        if size >= target_bytes:
            break
    return "\n\n".join(parts)
