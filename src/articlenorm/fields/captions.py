"""Photo captions and credits mixed into the text.

A caption is recognised by its credit, not by its wording:

* ``label``     "Photo: <credit> <caption>" / "Photograph: Jane Roe/Reuters"
* ``copyright`` "<caption> © <credit>"
* ``photo-credit`` "<caption> (Photo: <credit>)" / "<caption> Photograph: <credit>"
* ``name-agency`` "<caption>. Jane Roe / TASS" (a name, a slash, a known agency)
* ``positions`` "... (L) ... (R) ..." position markers, which only captions use

The line just above a caption that repeats it nearly word for word is its
image's alt text: it is dropped (``alt-text``), and the caption is kept once
(``duplicate-caption`` drops a second copy).  Labels and markers are data
(``rules/<lang>/captions.toml``); agencies are ``rules/common/agencies.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import load_table
from ..model import Caption
from ..names import agency_regex, looks_like_name
from ..textutil import is_prose, word_count, words

__all__ = ["ALT_TEXT_OVERLAP", "overlap", "parse_caption"]

#: Captions are short; a longer block that ends in a credit is a story paragraph.
MAX_CAPTION_WORDS = 80
#: Share of a credit's words (joiners aside) that must be capitalised: names
#: and agencies are; prose after the word "copyright" is not.
CREDIT_CAPITALISED_SHARE = 0.6
#: ... and never this many characters (bounds all regex work per line).
MAX_CAPTION_CHARS = 2000
#: A credit is a few names: "Russian Foreign Ministry Press Service via AP" is 8.
MAX_CREDIT_WORDS = 12
#: Share of words an alt-text line shares with its caption (token Jaccard).
#: Alt texts in the seeds share 0.7-0.95; unrelated adjacent lines < 0.3.
ALT_TEXT_OVERLAP = 0.5


@dataclass(frozen=True, slots=True)
class _Lang:
    label: re.Pattern[str]
    trailing: re.Pattern[str]
    positions: re.Pattern[str]


@cache
def _lang(languages: tuple[str, ...]) -> _Lang:
    labels: list[str] = []
    marks: list[str] = []
    positions: list[str] = []
    for lang in languages:
        table = load_table(lang, "captions")
        labels += [str(x) for x in table.get("labels", ())]
        marks += [str(x) for x in table.get("credit_marks", ())]
        positions += [str(x) for x in table.get("position_markers", ())]

    def alt(items: list[str]) -> str:
        return "|".join(re.escape(x) for x in sorted(set(items), key=len, reverse=True))

    return _Lang(
        label=re.compile(
            rf"^\W{{0,3}}(?:{alt(labels) or 'photo'})\s*(?:[:|]|\s-\s)\s*(?P<rest>.+)$", re.IGNORECASE
        ),
        trailing=re.compile(rf"(?:{alt(marks) or '©'})", re.IGNORECASE),
        # After a space, so a trademark "Name(R)" is not a position marker.
        positions=re.compile(rf"(?<=\s)\((?:{alt(positions) or 'l|r'})\)", re.IGNORECASE),
    )


def _split_credit_first(rest: str) -> tuple[str | None, str]:
    """Split "Credit Name via Agency Caption text..." at the end of the credit."""
    m = None
    for m in agency_regex().finditer(rest):
        if word_count(rest[: m.end()]) > MAX_CREDIT_WORDS:
            m = None
        break
    if m is None:
        return None, rest
    end = m.end()
    # "Name/Agency via Getty Images": keep following credit joiners.
    more = re.match(r"(?:\s*(?:/|via|for|,)\s*[^\s/,]+(?:\s+(?-i:[A-Z])\w+){0,3})+", rest[end:])
    if more and agency_regex().search(more.group(0)):
        end += more.end()
    return rest[:end].strip(" ,;:-"), rest[end:].strip(" ,;:-")


#: A credit is at most this long ("Russian Foreign Ministry Press Service via
#: Associated Press" is 58 characters).
MAX_CREDIT_CHARS = 150


def _trailing_credit(text: str, marks: re.Pattern[str]) -> Caption | None:
    """ "<caption> © <credit>" / "<caption> (Photo: <credit>)": the last credit
    mark on the line, found in one linear scan."""
    last = None
    for last in marks.finditer(text):  # noqa: B007 - we want the last match
        pass
    if last is None:
        return None
    credit = text[last.end() :].strip().rstrip(")]").strip(" .,;")
    before = text[: last.start()].rstrip().rstrip("([").rstrip()
    if not 2 <= len(credit) <= MAX_CREDIT_CHARS or any(c in credit for c in "©()[]"):
        return None
    if word_count(credit) > MAX_CREDIT_WORDS or not _credit_shaped(credit):
        return None
    return Caption(before.strip(), credit)


_CREDIT_JOINERS = frozenset({"via", "for", "and", "of", "the", "de", "van", "von", "/", "|", "&", "-"})


def _credit_shaped(credit: str) -> bool:
    """A credit names people or agencies: no commas or sentence stops, and
    its words are capitalised (but for joiners such as "via"; a known agency
    counts as capitalised, so "Anna Weber/picture alliance" is one).  So "© the
    copyright holders of the film" or a captain's "(c), Jones, Brown" in a
    team line-up are no credits."""
    if any(c in credit for c in ",;!?") or credit.endswith("."):
        return False
    # A known agency counts as capitalised whatever its case ("picture alliance", "dpa").
    credit = agency_regex().sub(" Agency ", credit)
    tokens = [t for t in credit.replace("/", " / ").split() if t.casefold() not in _CREDIT_JOINERS]
    if not tokens:
        return False
    capitalised = sum(t[0].isupper() or t[0].isdigit() for t in tokens)
    return capitalised / len(tokens) >= CREDIT_CAPITALISED_SHARE


_NAME_AGENCY = re.compile(r"(?P<credit>[^.!?]{2,80}?\s*/\s*[^/.!?]{2,60})\s*$")


def parse_caption(text: str, languages: tuple[str, ...] = ("en",)) -> tuple[str, Caption] | None:
    """``(rule, Caption)`` if ``text`` is a caption line, else ``None``."""
    if len(text) > MAX_CAPTION_CHARS or word_count(text) > MAX_CAPTION_WORDS:
        return None
    lang = _lang(languages)
    m = lang.label.match(text)
    if m:
        rest = m.group("rest").strip()
        credit, body = _split_credit_first(rest)
        if credit is None and word_count(rest) <= 6 and ("/" in rest or looks_like_name(rest)):
            credit, body = rest, ""
        return "label", Caption(body, credit)
    trailing = _trailing_credit(text, lang.trailing)
    if trailing is not None:
        return "copyright", trailing
    # A name/agency credit ends the line: search only the line's tail (the
    # pattern is bounded to 150 characters), and only when it has a "/".
    tail_start = max(0, len(text) - MAX_CREDIT_CHARS)
    m = _NAME_AGENCY.search(text, tail_start) if "/" in text[tail_start:] else None
    if m:
        credit = m.group("credit").strip()
        left, _, right = credit.rpartition("/")
        left_words = left.strip().split()
        credit_like = agency_regex().fullmatch(right.strip()) and 1 <= len(left_words) <= 4
        if credit_like and (looks_like_name(left.strip()) or agency_regex().fullmatch(left.strip())):
            caption = text[: m.start()].strip()
            if not caption or caption[-1] in ".!?”\"')":
                return "name-agency", Caption(caption, credit)
    if lang.positions.search(text) and not is_prose(text):
        return "positions", Caption(text.strip(), None)
    return None


def overlap(a: str, b: str) -> float:
    wa = {w.casefold() for w in words(a)}
    wb = {w.casefold() for w in words(b)}
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0
