"""Recognising people's names and agencies in bylines, author boxes and credits.

Name shape, not a name list: 1-5 capitalised tokens, optionally with
particles ("van", "de", "bin") and initials ("J."), no digits and no sentence
punctuation.  Agencies come from ``rules/common/agencies.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import load_table

__all__ = ["agency_names", "agency_regex", "is_agency", "looks_like_name", "split_names"]

# Lower-case particles that occur inside personal names in many languages.
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "di",
        "du",
        "del",
        "della",
        "des",
        "la",
        "le",
        "ter",
        "ten",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "dos",
        "das",
        "af",
        "zu",
    }
)
_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*|Mc\w+|O['’]\w+)$")
# "and" in the rule languages: en, de, fr, es, it/pt, nl, ru, pl (lower-case
# only, so an initial "I." is no joiner).
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bи\b|\bi\b)\s*")


@cache
def agency_names() -> tuple[str, ...]:
    table = load_table("common", "agencies")
    names = list(table.get("agencies", ()))
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _agency_set() -> frozenset[str]:
    return frozenset(a.casefold() for a in agency_names())


@cache
def agency_regex() -> re.Pattern[str]:
    """Matches any agency name as whole words (case-sensitive for short
    all-caps abbreviations, so "ap" in prose is not "AP")."""
    parts = []
    for name in agency_names():
        escaped = re.escape(name).replace(r"\ ", r"\s+")
        if len(name) <= 4 and name.isupper():
            parts.append(f"(?-i:{escaped})")
        else:
            parts.append(escaped)
    return re.compile(rf"(?<![\w])(?:{'|'.join(parts)})(?![\w])", re.IGNORECASE)


def is_agency(text: str) -> bool:
    return text.strip().casefold() in _agency_set()


def looks_like_name(text: str, *, max_tokens: int = 5) -> bool:
    """Is ``text`` shaped like one person's name ("Jane Doe", "J. R. van Dijk")?"""
    tokens = text.strip().split()
    if not 1 <= len(tokens) <= max_tokens:
        return False
    capitalised = 0
    for tok in tokens:
        if tok.casefold() in _PARTICLES:
            continue
        if not _TOKEN.match(tok) or any(c.isdigit() for c in tok):
            return False
        capitalised += 1
    return capitalised >= 1 and not (len(tokens) == 1 and not is_agency(text))


def split_names(text: str) -> list[str]:
    """Split a credit like "Jane Doe, John Roe and AFP" into its parts."""
    return [p.strip(" .") for p in _SPLIT.split(text) if p and p.strip(" .")]
