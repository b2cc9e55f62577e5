"""Small text helpers shared by the metadata readers."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean", "norm", "words_of"]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "\xa0": " "})
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_WORD = re.compile(r"[^\W_]+")


def clean(text: str | None) -> str:
    """Whitespace collapsed, NFC, stripped."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def norm(text: str | None) -> str:
    """A comparison key: case-folded, NFKC, quotes unified, whitespace collapsed,
    punctuation trimmed at both ends."""
    t = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).casefold()
    return _EDGE.sub("", " ".join(t.split()))


def words_of(text: str | None) -> list[str]:
    return _WORD.findall(text or "")
