"""Small text predicates shared by segmenters, cleaners and field extractors.

Keeping them in one place means every cleaner agrees on what "prose",
"title-like" or "a bullet" is.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "BULLETS",
    "QUOTE_PAIRS",
    "clean",
    "norm",
    "words_of",
    "is_prose",
    "is_title_like",
    "is_url",
    "mask_quoted",
    "norm_label",
    "strip_bullet",
    "word_count",
    "words",
]

#: Characters that start a list item in scraped text.
BULLETS = "•·▪◦‣∙●○■□►▶➤→»*-–—"
_BULLET_RE = re.compile(r"^\s*(?:[•·▪◦‣∙●○■□►▶➤→»]|[*\-–—](?=\s))\s*")
_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]"
_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)

#: Opening mark -> closing marks that may end it.
QUOTE_PAIRS: dict[str, str] = {
    "“": "”“",
    "„": "“”",
    "«": "»",
    "»": "«",
    '"': '"',
    "‘": "’",
    "‚": "‘’",
}


def words(text: str) -> list[str]:
    """The words of ``text`` (letters/digits, keeping inner apostrophes and hyphens)."""
    return _WORD_RE.findall(text)


def word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))


def strip_bullet(text: str) -> str:
    """``text`` without a leading list bullet."""
    return _BULLET_RE.sub("", text, count=1)


def has_bullet(text: str) -> bool:
    return _BULLET_RE.match(text) is not None


def ends_sentence(text: str) -> bool:
    """Does ``text`` end like a sentence (terminal mark, maybe inside closing quotes)?"""
    t = text.rstrip().rstrip(_CLOSERS)
    return bool(t) and t[-1] in _TERMINAL


def is_prose(text: str) -> bool:
    """A sentence-like block: 8+ words ending in terminal punctuation, or 25+ words.

    The thresholds come from the seeds and l3s-gn1: story paragraphs have 15+
    words, while page chrome lines have fewer than 8 and no final full stop.
    """
    n = word_count(text)
    return n >= 25 or (n >= 8 and ends_sentence(text))


def is_title_like(text: str, max_chars: int = 200) -> bool:
    """Could ``text`` be a headline or a subheading?

    2-30 words, no trailing comma/colon/semicolon/full stop, starts with an
    upper-case letter, a digit or a quotation mark, is not a URL and is not all
    lower case.  ("?", "!" and closing quotes may end a headline.)
    """
    t = text.strip()
    if not t or len(t) > max_chars or is_url(t):
        return False
    n = word_count(t)
    if n < 2 or n > 30:
        return False
    last = t.rstrip(_CLOSERS)[-1:] if t.rstrip(_CLOSERS) else ""
    if last in ".,;:" and not t.endswith("..."):
        return False
    first = t[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«„¿¡"):
        return False
    return t != t.lower()


def is_url(text: str) -> bool:
    return _URL_RE.match(text.strip()) is not None


# A letter or digit.  Labels are trimmed to the first and last of these (so
# bullets, emoji and punctuation at either end go).  Found with two forward
# searches, on the text and on its reverse: the regex ``[\W_]+$`` did the same
# but tried every start inside a long run of spaces, quadratic in the run.
_ALNUM = re.compile(r"[^\W_]")
_SPACES = re.compile(r"\s+")


def _trim_edges(t: str) -> str:
    first = _ALNUM.search(t)
    if first is None:
        return ""
    last = _ALNUM.search(t[::-1])
    assert last is not None
    return t[first.start() : len(t) - last.start()]


def norm_label(text: str) -> str:
    """Case-folded text with bullets, edge punctuation and extra spaces removed,
    and typographic apostrophes unified: the key for whole-block phrase lookups."""
    t = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    t = _trim_edges(t)
    return _SPACES.sub(" ", t).casefold().strip()


_QUOTED = re.compile(r"“[^”“\n]{0,2000}[”“]|„[^“”\n]{0,2000}[“”]|«[^»\n]{0,2000}»|\"[^\"\n]{0,2000}\"")


def mask_quoted(text: str) -> str:
    """``text`` with the inside of quotations replaced by spaces (same length).

    Cleaners match cue phrases outside quotations only, so a story quoting
    someone who says "read more" or "donate now" is not mistaken for clutter.
    """
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


# -- comparison keys (page metadata, field decisions) ----------------------

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
    """Runs of letters and digits (no apostrophes or hyphens inside, unlike :func:`words`)."""
    return _WORD.findall(text or "")
