"""Photo captions from the HTML page: ``<figure>``/``<figcaption>`` and
elements a page marks as captions (``class="wp-caption-text"``,
``class="image-caption"`` ...) next to an image.

A caption's credit is taken from a child element marked as one (class
``credit``, ``copyright``, ``photographer`` ...) or, failing that, from the
caption text itself with the same credit grammar the text cleaners use
("... © Dylan Morris/PA", "Photo: Marco Vieira/Reuters").  Each caption is
returned once, in page order; the blocks of the body that repeat one are
marked (see :func:`caption_keys`) so the pipeline claims them and they never
stay in the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..fields.captions import parse_caption
from ..model import Caption
from ..textutil import clean, norm, word_count

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["caption_keys", "find_captions"]

#: A caption longer than this is a story paragraph inside a figure (some
#: sites wrap whole sections in ``<figure>``).  Captions in the dev sets run
#: up to about 60 words.
MAX_CAPTION_WORDS = 80
#: How far up from a caption element an image may sit (caption and image
#: are siblings or cousins inside one wrapper).
MAX_IMAGE_DEPTH = 2
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|byline|attribution|source|courtesy", re.I)
#: Elements a caption class may sit on (a ``<figure class="wp-caption">``
#: wraps the image and its ``<figcaption>``; the figcaption is the caption).
_CAPTION_TAGS = frozenset({"div", "p", "span", "dd", "dt", "td", "small", "em", "cite"})
_LABEL = re.compile(
    r"^\W*(?:photo(?:graph)?|picture|image|credit|foto|bild|quelle)s?\s*:\s*|^\s*(?:©|\(c\))\s*", re.I
)


def _credit_element(caption: HtmlElement) -> HtmlElement | None:
    for el in caption.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        marks = f"{el.get('class', '')} {el.get('itemprop', '')}"
        if _CREDIT_CLASS.search(marks):
            return el
    return None


def _read(el: HtmlElement, languages: tuple[str, ...]) -> Caption | None:
    text = clean(el.text_content())
    if not text or word_count(text) > MAX_CAPTION_WORDS:
        return None
    credit_el = _credit_element(el)
    if credit_el is not None:
        credit = clean(credit_el.text_content())
        if credit and credit != text:
            body = clean(text.replace(credit, " ", 1)) if credit in text else text
            label = _LABEL.sub("", credit).strip(" ()[]") or None
            return Caption(body.rstrip(" |–—-"), label)
    found = parse_caption(text, languages)
    if found is not None:
        _, caption = found
        if caption.text or caption.credit:
            return caption
    return Caption(text, None)


def _has_image(el: HtmlElement) -> bool:
    up: HtmlElement | None = el
    for _ in range(MAX_IMAGE_DEPTH + 1):
        if up is None:
            return False
        if up.find(".//img") is not None or up.find(".//picture") is not None:
            return True
        up = up.getparent()
    return False


def _caption_elements(candidates: list[HtmlElement]) -> Iterator[HtmlElement]:
    seen: set[HtmlElement] = set()
    for el in candidates:
        if el.tag == "figcaption":
            seen.add(el)
            yield el
            continue
        if any(a in seen for a in el.iterancestors()):
            continue  # a caption class inside a figcaption
        if el.tag in _CAPTION_TAGS and _has_image(el):
            seen.add(el)
            yield el


def find_captions(
    candidates: list[HtmlElement], languages: tuple[str, ...] = ("en",)
) -> list[tuple[HtmlElement, Caption]]:
    """Each caption of the page once, in page order, with its element."""
    out: list[tuple[HtmlElement, Caption]] = []
    keys: set[str] = set()
    for el in _caption_elements(candidates):
        caption = _read(el, languages)
        if caption is None:
            continue
        key = norm(caption.text or caption.credit)
        if not key or key in keys:
            continue
        keys.add(key)
        out.append((el, caption))
    return out


def caption_keys(caption: Caption) -> set[str]:
    """The comparison keys of body blocks that repeat ``caption``: its text,
    its credit, and the two together."""
    keys = {norm(caption.text), norm(caption.credit)}
    if caption.text and caption.credit:
        keys.add(norm(f"{caption.text} {caption.credit}"))
    keys.discard("")
    return keys
