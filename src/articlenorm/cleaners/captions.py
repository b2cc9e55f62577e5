"""The ``captions`` step: claims photo caption lines (with their credits) and
drops the alt-text copies printed next to them.

What a caption looks like is read by :func:`articlenorm.fields.captions.parse_caption`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..fields.captions import ALT_TEXT_OVERLAP, overlap, parse_caption
from ..model import Block, Caption, Role, Verdict
from ..pipeline import Doc
from ..textutil import is_prose, norm_label
from .phrases import rule_languages

__all__ = ["Captions"]


class Captions:
    """Claims caption lines (with their credits) and drops alt-text copies."""

    name = "captions"
    family = "captions"
    contextual = True

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        langs = rule_languages(doc)
        seen = {norm_label(c.text) for c in _claimed_captions(doc)}
        taken: set[int] = set()
        for block in doc.blocks:
            if block.index in taken:
                continue
            found = parse_caption(block.text, langs)
            if found is None:
                continue
            rule, caption = found
            prev = doc.neighbour(block, -1)
            if not caption.text and prev is not None and not is_prose(prev.text) and prev.index not in taken:
                # A credit-only line: the caption is the line above it.
                caption = Caption(prev.text, caption.credit)
                taken.add(prev.index)
                yield Verdict.drop(prev, "caption-text", "caption text, kept with its credit below")
                prev = None
            key = norm_label(caption.text or (caption.credit or ""))
            if key in seen:
                yield Verdict.drop(block, "duplicate-caption", "a second copy of a caption")
                continue
            seen.add(key)
            if prev is not None and prev.index not in taken and _is_alt_text(prev, caption):
                taken.add(prev.index)
                yield Verdict.drop(prev, "alt-text", "an image's alt text repeating its caption")
            taken.add(block.index)
            yield Verdict.claim(block, Role.CAPTION, caption, rule, "a photo caption")


def _is_alt_text(block: Block, caption: Caption) -> bool:
    return bool(caption.text) and overlap(block.text, caption.text) >= ALT_TEXT_OVERLAP


def _claimed_captions(doc: Doc) -> list[Caption]:
    value = doc.fields.get(Role.CAPTION)
    return [value] if isinstance(value, Caption) else []
