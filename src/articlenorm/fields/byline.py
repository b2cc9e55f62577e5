"""Bylines: "By Jane Doe", "By AFP", "Agence France-Presse in Moscow".

A person's name is only taken after a byline label ("By", "Words by"); a line
that is nothing but an agency name (optionally "in <place>") is taken on its
own.  Every part of the credit must be shaped like a name or be a known
agency, so "By Tuesday, prices had doubled." is never a byline.  Labels and
the words that end a credit are data per language (``rules/<lang>/byline.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import load_table
from ..names import agency_regex, is_agency, looks_like_name, split_names
from ..textutil import norm_label, word_count

__all__ = ["authors_of", "parse_byline"]

#: A byline line is short: names, a label, maybe an agency and a place.
MAX_WORDS = 14
#: ... and at most this many characters (a cap that also bounds the work of
#: the separator split on lines padded with long runs of spaces).
MAX_CHARS = 300
#: More credited parts than this is a list, not a byline.
MAX_PARTS = 6
_SEPARATORS = re.compile(r"\s+(?:[|•·–—]|-)\s+|\s*\|\s*")


@dataclass(frozen=True, slots=True)
class _Lang:
    label: re.Pattern[str]
    cut: re.Pattern[str]
    not_names: frozenset[str]
    credits: frozenset[str]


@cache
def _lang(languages: tuple[str, ...]) -> _Lang:
    labels: list[str] = []
    cuts: list[str] = []
    not_names: set[str] = set()
    credits: set[str] = set()
    for lang in languages:
        table = load_table(lang, "byline")
        labels += [str(x) for x in table.get("labels", ())]
        cuts += [str(x) for x in table.get("cut_words", ())]
        not_names |= {str(x).casefold() for x in table.get("not_names", ())}
        credits |= {norm_label(str(x)) for x in table.get("credits", ())}
    alt = "|".join(re.escape(x) for x in sorted(set(labels), key=len, reverse=True)) or "by"
    cut = "|".join(re.escape(x) for x in sorted(set(cuts), key=len, reverse=True)) or "for"
    return _Lang(
        re.compile(rf"^\W*(?:{alt})\b\s*:?\s*(?P<rest>.+)$", re.IGNORECASE),
        re.compile(rf"\s+(?:{cut})\s+(?-i:[A-Z]).*$", re.IGNORECASE),
        frozenset(not_names),
        frozenset(credits),
    )


def _valid_parts(parts: list[str], lang: _Lang) -> bool:
    if not 1 <= len(parts) <= MAX_PARTS:
        return False
    for part in parts:
        first = part.split()[0].casefold() if part.split() else ""
        if first in lang.not_names:
            return False
        if not (is_agency(part) or looks_like_name(part)):
            return False
    return True


def parse_byline(text: str, languages: tuple[str, ...] = ("en",), *, allow_date: bool = False) -> str | None:
    """The credit named on a byline line, or ``None`` if ``text`` is not one.

    With ``allow_date``, text after a separator (``|``, `` - ``) may be a date
    and is ignored; the caller has found the date on the line.
    """
    t = text.strip()
    if not t or len(t) > MAX_CHARS or (word_count(t) > MAX_WORDS and not allow_date):
        return None
    lang = _lang(languages)
    pieces = [p for p in _SEPARATORS.split(t) if p.strip()]
    if allow_date or len(pieces) > 1:
        t = pieces[0] if pieces else t
    if t.rstrip().endswith(("!", "?", "…")):
        return None
    m = lang.label.match(t)
    if m:
        credit = lang.cut.sub("", m.group("rest")).strip(" ,;:.")
        credit = re.sub(r"\s*\((?:[^()]{1,40})\)\s*$", "", credit)  # "(AP)", "(Reuters)"
        parts = split_names(credit)
        return credit if _valid_parts(parts, lang) else None
    if norm_label(t) in lang.credits:
        return t.strip(" .")
    # No label: only an agency line ("Reuters", "Agence France-Presse in Moscow").
    agency = agency_regex().match(t)
    if agency:
        rest = t[agency.end() :].strip(" ,.")
        if not rest or re.fullmatch(r"(?:in|from)\s+(?-i:[A-Z])[\w .'’\-]{1,40}", rest, re.IGNORECASE):
            return agency.group(0)
    return None


def authors_of(byline: str) -> tuple[str, ...]:
    """The people credited in ``byline`` (agencies are not people)."""
    return tuple(p for p in split_names(byline) if looks_like_name(p) and not is_agency(p))
