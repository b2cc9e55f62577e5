"""HTML signals for blocks: the class/id words and tag names of the elements
a block sits in, up to the container that holds the article.

Only *small* containers count: once an ancestor holds a large share of the
extracted text it is the article's own wrapper (``<div class="story
related-enabled">``), and its words say nothing about one block.  Words are
lower-cased and given whole and in parts ("related-links" -> "related-links",
"related", "links"; "relatedStories" -> "related", "stories").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["OUTSIDE_MAIN", "container_hints", "element_words", "main_container"]

#: The hint of a block outside the main container (and not between two parts of it).
OUTSIDE_MAIN = "x:outside-main"

#: An ancestor holding at least this share of the extracted characters is
#: the article's container; it and everything above it give no hints.  Tuned
#: on the l3s-gn1/readability tune splits: 0.3-0.6 change nothing measurable,
#: below 0.3 the wrapper of a two-part article starts to count as a box.
CONTAINER_SHARE = 0.4
MAIN_SHARE = 0.6
#: Tags whose presence above a block is itself a signal.
SIGNAL_TAGS = frozenset(
    {"aside", "nav", "footer", "header", "form", "figure", "figcaption", "button", "label"}
)
_PARTS = re.compile(r"[-_:.\s]+|(?<=[a-z])(?=[A-Z])")
#: Class/id words longer than this are generated hashes, not names.
MAX_WORD_CHARS = 40
#: A class/id of more parts than this is a slug made from text
#: ("sharing-with-a-single-developer", a section id from its heading), not a
#: name for a kind of box: its parts are not taken as words.
MAX_NAME_PARTS = 4


def element_words(el: HtmlElement) -> set[str]:
    """The class/id words of one element, whole and in parts, lower-cased."""
    out: set[str] = set()
    for attr in ("class", "id"):
        value = el.get(attr)
        if not value:
            continue
        for token in value.split():
            if len(token) > MAX_WORD_CHARS:
                continue
            out.add(token.casefold())
            parts = [p for p in _PARTS.split(token) if p]
            if len(parts) <= MAX_NAME_PARTS:
                out.update(p.casefold() for p in parts if len(p) > 1)
    return out


def _chain(el: HtmlElement) -> list[HtmlElement]:
    chain = [el]
    chain.extend(a for a in el.iterancestors() if a.tag != "html")
    return chain


def _held(
    sources: Sequence[HtmlElement | None], sizes: Sequence[int]
) -> tuple[dict[HtmlElement, int], list[list[HtmlElement]]]:
    held: dict[HtmlElement, int] = {}
    chains: list[list[HtmlElement]] = []
    for src, size in zip(sources, sizes, strict=True):
        chain = _chain(src) if src is not None else []
        chains.append(chain)
        for el in chain:
            held[el] = held.get(el, 0) + size
    return held, chains


def _main(held: dict[HtmlElement, int], total: int) -> HtmlElement | None:
    main = None
    best_depth = -1
    for el, n in held.items():
        if n >= MAIN_SHARE * total:
            depth = sum(1 for _ in el.iterancestors())
            if depth > best_depth:
                main, best_depth = el, depth
    return main


def main_container(sources: Sequence[HtmlElement | None], sizes: Sequence[int]) -> HtmlElement | None:
    """The deepest page element holding ``MAIN_SHARE`` of the extracted text."""
    held, _ = _held(sources, sizes)
    return _main(held, sum(sizes) or 1)


def container_hints(sources: Sequence[HtmlElement | None], sizes: Sequence[int]) -> list[frozenset[str]]:
    """Hints for each block, given its source element (``None`` if unknown)
    and its text length."""
    total = sum(sizes) or 1
    held, chains = _held(sources, sizes)
    main = _main(held, total)
    inside = [i for i, chain in enumerate(chains) if main is not None and main in chain]
    first, last = (inside[0], inside[-1]) if inside else (0, -1)
    out: list[frozenset[str]] = []
    for i, chain in enumerate(chains):
        words: set[str] = set()
        if chain and isinstance(chain[0].tag, str):
            words.add(f"<{chain[0].tag}>")
        for el in chain:
            if held[el] >= CONTAINER_SHARE * total:
                break
            words |= element_words(el)
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag in SIGNAL_TAGS:
                words.add(f"<{tag}>")
        if chain and main is not None:
            if main in chain:
                words.add(f"x:depth-{min(chain.index(main), 5)}")
            elif first < i < last:
                # Between two parts of the main text: a section of the
                # article that sits in a sibling wrapper, not page furniture.
                words.add("x:between-main")
            else:
                words.add(OUTSIDE_MAIN)
        out.append(frozenset(words))
    return out
