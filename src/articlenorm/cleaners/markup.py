"""Markup leftovers in kept text: inline HTML tags, ``**bold**``,
``__underline__``, markdown links and HTML entities.  Words stay; only the
markers go.  Each change is an EDIT verdict naming the rules that fired."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ..model import Verdict
from ..pipeline import Doc

__all__ = ["Markup"]

# Inline formatting tags only: a "<noun>" in prose or code is left alone.
_INLINE_TAGS = (
    "u|b|i|em|strong|span|font|small|big|sup|sub|mark|s|strike|ins|del|br|a|abbr|cite|q|tt|wbr|nobr|center|p"
)
_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("html-tag", re.compile(rf"</?(?:{_INLINE_TAGS})(?:\s[^<>]{{0,300}})?\s*/?>", re.IGNORECASE), ""),
    ("markdown-link", re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|/|www\.)[^()\s]{0,500}\)"), r"\1"),
    ("bold-markers", re.compile(r"\*\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*\*"), r"\1"),
    ("underline-markers", re.compile(r"(?<!\w)__(?=\S)([^_\n]{1,500}?)(?<=\S)__(?!\w)"), r"\1"),
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
_SPACES = re.compile(r"[ \t]{2,}")
# A block that is nothing but HTML tags of any name ("<div><img src=...>",
# an ad or tracking pixel a text dump kept as source): no words to keep.
# Each tag is bounded and delimited by "<", so the match is linear.
_TAGS_ONLY = re.compile(r"\s*(?:(?:<[/!]?[a-zA-Z][^<>]{0,2000}>|<!--[^<>]{0,2000}-->)\s*)+")


def strip_markup(text: str) -> tuple[str, list[str]]:
    """``text`` without markup leftovers, and the names of the rules that fired.

    Entities are decoded first, so an escaped tag (``&lt;b&gt;``) is stripped
    too, and the rules repeat until nothing changes (nested markers), so the
    result is stable: stripping it again changes nothing.
    """
    fired: list[str] = []
    for _ in range(4):
        before = text
        if "&" in text and _ENTITY.search(text):
            new = _ENTITY.sub(lambda m: html.unescape(m.group(0)).replace("\xa0", " "), text)
            if new != text:
                fired.append("html-entity")
                text = new
        for name, pattern, repl in _RULES:
            new = pattern.sub(repl, text)
            if new != text:
                fired.append(name)
                text = new
        if text == before:
            break
    if fired:
        text = _SPACES.sub(" ", text).strip()
    return text, list(dict.fromkeys(fired))


class Markup:
    """Strips markup leftovers from every block (an editor: it never drops)."""

    name = "markup"
    family = "markup"
    contextual = False

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        for block in doc.blocks:
            if not any(c in block.text for c in "<*_[&"):
                continue
            if block.text.lstrip().startswith("<") and _TAGS_ONLY.fullmatch(block.text):
                yield Verdict.drop(block, "markup-only", "markup with no text in it")
                continue
            text, fired = strip_markup(block.text)
            if fired and not text:
                yield Verdict.drop(block, "markup-only", "markup with no text in it")
            elif fired:
                yield Verdict.edit(block, text, ",".join(fired), "markup leftovers stripped")
