"""Publication dates from date lines near the top ("Nov 1, 2024 - 18:00").

Only a block that is *mostly* a date (a date, maybe a time, a label such as
"Published", a weekday, a time zone) counts: a date inside a story sentence is
not the publication date, and a time alone is not a date.  Month names,
labels and the numeric order are data per language (``rules/<lang>/dates.toml``).
A date in the future, or before the web (:data:`EARLIEST_YEAR`), is never
returned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import available_languages, load_table
from ..textutil import word_count, words

__all__ = [
    "EARLIEST_YEAR",
    "DateLine",
    "has_published_label",
    "label_before",
    "parse_date_line",
    "plausible_day",
]

#: No article on the web was published before the web (the first pages went
#: up in 1991); an earlier date on a page is a date the story talks about.
EARLIEST_YEAR = 1991

#: A date line is short; a longer block is a sentence that contains a date.
MAX_WORDS = 16
#: ... and at most this many characters (bounds regex work on padded lines).
MAX_CHARS = 300
#: Words other than the date, time, labels and fillers a date line may hold
#: (a city: "MOSCOW, Nov. 1, 2024").
MAX_RESIDUE_WORDS = 2
_TIME = re.compile(
    r"(?<!\d)(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?::[0-5]\d)?(?!\d)\s*(?P<ampm>[ap]\.?\s?m\b\.?)?",
    re.IGNORECASE,
)


def plausible_day(y: int, m: int, d: int, today: dt.date) -> dt.date | None:
    """The calendar day, or None when it does not exist, is before
    :data:`EARLIEST_YEAR` or after tomorrow (a publication date is never in
    the future)."""
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    if day.year < EARLIEST_YEAR or day > today + dt.timedelta(days=1):
        return None
    return day


@dataclass(frozen=True, slots=True)
class DateLine:
    """What :func:`parse_date_line` found on a line."""

    value: str  # ISO date or date-time
    updated: bool  # the only date on the line is an update stamp
    residue: str  # the words left when date, time, labels and fillers are removed
    #: A label naming the publication ("Veröffentlicht am", "Published")
    #: stands right before the date (see :func:`label_before`).
    published: bool = False


@dataclass(frozen=True, slots=True)
class _Lang:
    months: dict[str, int]
    order: str
    published: tuple[str, ...]
    updated: tuple[str, ...]
    filler: frozenset[str]
    patterns: tuple[tuple[re.Pattern[str], str], ...]


@cache
def _lang(languages: tuple[str, ...]) -> _Lang:
    months: dict[str, int] = {}
    published: list[str] = []
    updated: list[str] = []
    filler: set[str] = set()
    order = "dmy"
    for lang in languages:
        table = load_table(lang, "dates")
        if not table:
            continue
        months.update({str(k).casefold(): int(v) for k, v in table.get("months", {}).items()})
        published += [str(x) for x in table.get("published_labels", ())]
        updated += [str(x) for x in table.get("updated_labels", ())]
        filler |= {str(x).casefold() for x in table.get("filler", ())}
        filler |= {str(x).casefold() for x in table.get("weekdays", ())}
        if lang == languages[0] or (lang != "en" and languages[0] == "en"):
            # English is the base of every page's rule languages; a page
            # language listed after it decides how 03/04/2024 reads.
            order = str(table.get("numeric_order", order))
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    patterns: list[tuple[re.Pattern[str], str]] = [
        (re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<mo>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"), "ymd"),
        (re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\.\s?(?P<mo>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)(?!\d)"), "dmy"),
        (re.compile(r"(?<!\d)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?!\d)"), "slash"),
        # 01-11-2024 (Dutch, and some other day-first pages): read like a slash date.
        (re.compile(r"(?<![\d-])(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<y>(?:19|20)\d\d)(?![\d-])"), "slash"),
    ]
    if names:
        patterns += [
            (
                re.compile(
                    rf"(?<!\w)(?P<mon>{names})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)",
                    re.IGNORECASE,
                ),
                "mdy-name",
            ),
            (
                re.compile(
                    rf"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?\s+(?:of\s+|de\s+)?(?P<mon>{names})\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)(?!\d)",
                    re.IGNORECASE,
                ),
                "dmy-name",
            ),
        ]
    return _Lang(months, order, tuple(published), tuple(updated), frozenset(filler), tuple(patterns))


def _ymd(m: re.Match[str], kind: str, lang: _Lang) -> tuple[int, int, int] | None:
    y = int(m.group("y"))
    if kind in ("mdy-name", "dmy-name"):
        mo = lang.months.get(m.group("mon").casefold().rstrip("."))
        return (y, mo, int(m.group("d"))) if mo else None
    if kind == "slash":
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12:
            return y, b, a
        if b > 12 or lang.order == "mdy":
            return y, a, b
        return y, b, a
    return y, int(m.group("mo")), int(m.group("d"))


def parse_date_line(
    text: str, languages: tuple[str, ...] = ("en",), *, today: dt.date | None = None
) -> DateLine | None:
    """Read ``text`` as a date line; ``None`` unless it is mostly a date."""
    if len(text) > MAX_CHARS or word_count(text) > MAX_WORDS or not any(c.isdigit() for c in text):
        return None
    lang = _lang(languages)
    today = today or dt.date.today()
    for pattern, kind in lang.patterns:
        m = pattern.search(text)
        if not m:
            continue
        ymd = _ymd(m, kind, lang)
        day = plausible_day(*ymd, today) if ymd else None
        if day is None:
            continue
        rest = text[: m.start()] + " " + text[m.end() :]
        value = day.isoformat()
        t = _TIME.search(rest)
        if t:
            hour = int(t.group("h")) % 12 if t.group("ampm") else int(t.group("h"))
            if t.group("ampm") and t.group("ampm").lower().startswith("p"):
                hour += 12
            value += f"T{hour:02d}:{t.group('m')}"
            rest = rest[: t.start()] + " " + rest[t.end() :]
        before = text[: m.start()].casefold()
        updated = any(re.search(rf"(?<!\w){re.escape(lab)}\W*$", before) for lab in lang.updated)
        residue = _residue(rest, lang)
        published = not updated and label_before(text[: m.start()]) == "published"
        return DateLine(value, updated, residue, published)
    return None


def _residue(rest: str, lang: _Lang) -> str:
    low = rest.casefold()
    for label in sorted(lang.published + lang.updated, key=len, reverse=True):
        low = re.sub(rf"(?<!\w){re.escape(label)}(?!\w)", " ", low)
    kept = [w for w in words(low) if w not in lang.filler and not w.isdigit()]
    return " ".join(kept)


@cache
def _published_anywhere() -> re.Pattern[str]:
    """Any publication label of any language, anywhere in a text."""
    return re.compile(_all_labels()[0].pattern.removesuffix(r"\W*$") + r"(?!\w)", re.IGNORECASE)


def has_published_label(text: str) -> bool:
    """Whether ``text`` holds a publication label ("Published", "Veröffentlicht
    am", ...) of any language anywhere: a cheap test before reading a line
    for a labelled publication date (which needs one before its date)."""
    return _published_anywhere().search(text) is not None


@cache
def _all_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(published, updated)``: the labels of every language's date table,
    each as one pattern matching a label at the end of a text."""
    published: set[str] = set()
    updated: set[str] = set()
    for lang in available_languages():
        table = load_table(lang, "dates")
        published |= {str(x).casefold().rstrip(":") for x in table.get("published_labels", ())}
        updated |= {str(x).casefold().rstrip(":") for x in table.get("updated_labels", ())}
    # A bare "date"/"le"/"vom" says nothing about which date it is; only
    # labels of two or more letters that name publishing or updating count.
    published -= {"date", "datum", "data", "fecha", "le", "vom", "dated", "data:"}

    def pattern(labels: set[str]) -> re.Pattern[str]:
        alt = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alt})\W*$", re.IGNORECASE)

    return pattern(published), pattern(updated)


def label_before(text: str) -> str | None:
    """``"published"`` or ``"updated"`` when ``text`` (the words printed just
    before a date) ends with a label saying which date follows ("Updated:",
    "Veröffentlicht am", "Mis à jour le"), in any language with a date table;
    else ``None``.  An update label wins where both match."""
    tail = text[-60:]
    published, updated = _all_labels()
    if updated.search(tail):
        return "updated"
    if published.search(tail):
        return "published"
    return None
