"""The publication and modification dates of an HTML page, with where
each came from.

Publication date sources, in order of trust: JSON-LD ``datePublished`` (of
the article object, also inside an ``@graph``); publication-date meta tags
(``article:published_time`` and kin); a ``<time>`` marked as the publication
time by its markup or by the label printed before it ("Published",
"Veröffentlicht am"; never one in the reader comments, see
:func:`article_times`); JSON-LD ``dateCreated``; the ``datePublished`` of a
JSON-LD WebPage; a date path in the URL (``/2024/05/17/``); the date the
page shows (a date line or ``<time>`` under the headline, a date on the
byline's line, a line whose date follows a publication label).  htmldate
(with ``original_date=True``) is the last resort, called by the reader of
the page.  The shown date also settles the doubts the declared dates leave
(see :func:`choose_date`): which of several disagreeing declared dates, the
publisher's day of a UTC stamp, a generic ``date`` meta key.

The modification date is read the same way from ``dateModified``,
``article:modified_time`` and kin and a ``<time>`` marked or labelled as an
update ("Updated", "Aktualisiert am"); a modification date is never taken
for the publication date, nor one before it.

Values keep the calendar day (and time) as written: no time-zone
conversion, so "2024-05-17T00:30+02:00" is the 17th, the publisher's day; a
stamp written in UTC is moved to the publisher's day only where the page
gives its offset (its other stamps) or prints the same moment, or to the
URL's day one day off it; a stamp written with a non-zero offset is already
on the publisher's day.
Dates in the future or before the web are rejected, and a URL only counts
when year, month and day are separate path parts: an 8-digit run in a URL is
as often an article ID as a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from email.utils import parsedate as parsedate_tuple
from email.utils import parsedate_tz
from typing import TYPE_CHECKING

from ..fields.dates import has_published_label, label_before, parse_date_line, plausible_day
from ..lexicon import available_languages
from ..provenance import Candidate, Origin, Provenance, Strength
from ..textutil import clean, norm
from .head import HeadTags
from .jsonld import LdArticle

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "HTMLDATE",
    "URL_DATE",
    "article_times",
    "choose_date",
    "choose_modified",
    "date_by_byline",
    "date_near_headline",
    "headline_element",
    "htmldate_fallback",
    "labelled_date_line",
    "parse_date_value",
    "url_date",
]

#: Publication-date meta keys, most specific first (lower-cased ``name``,
#: ``property`` or ``itemprop:`` + itemprop).
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "itemprop:datepublished",
    "datepublished",
    "article.published",
    "article_date_original",
    "publication_date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "og:published_time",
    "date",
    "itemprop:datecreated",
)
#: Modification-date meta keys, most specific first.
MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "itemprop:datemodified",
    "datemodified",
    "article.updated",
    "last-modified",
    "lastmod",
    "parsely-updated",
    "dc.date.modified",
    "dcterms.modified",
)
#: htmldate's extensive search also reads dates out of free text.  Off,
#: by the rule that a wrong date is worse than none: the fallback runs on
#: pages that declare and show no date, where a date in the free text may
#: be one the story mentions.  Not tuned (no training set has date
#: gold).  For information, measured once on trafilatura-eval (a measuring
#: set) with this branch's sources before it: of the 93 pages that reach the
#: fallback, off gives 52 right / 19 wrong / 22 none, on 65 right / 27 wrong
#: / 1 none (18 vs 26 ms a page).
EXTENSIVE_SEARCH = False
_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-?(?P<m>[01]\d)-?(?P<d>[0-3]\d)(?:[T\s]+(?P<H>[0-2]?\d):(?P<M>[0-5]\d))?(?!\d)"
)
_DMY = re.compile(r"^\s*(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>\d{4})(?!\d)")
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$|[-_.])")
_URL_DASHED = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])")


def parse_date_value(value: str, today: dt.date | None = None) -> str | None:
    """A machine-written date (ISO 8601, RFC 2822, ``dd.mm.yyyy``) as
    ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``; ``None`` if it is none or invalid."""
    today = today or dt.date.today()
    value = clean(value)
    m = _ISO.match(value)
    if m:
        # A bare 8-digit run is only a date when nothing else follows it.
        if "-" not in value[:10] and len(value) > 8 and value[8:9] not in ("T", " "):
            return None
        day = plausible_day(int(m["y"]), int(m["m"]), int(m["d"]), today)
        if day is None:
            return None
        hour, minute = m["H"], m["M"]
        if hour is not None and int(hour) < 24 and (int(hour), int(minute)) != (0, 0):
            return f"{day.isoformat()}T{int(hour):02d}:{minute}"
        return day.isoformat()
    m = _DMY.match(value)
    if m:
        day = plausible_day(int(m["y"]), int(m["m"]), int(m["d"]), today)
        return day.isoformat() if day else None
    parsed = parsedate_tuple(value) if re.search(r"[A-Za-z]{3}", value) else None
    if parsed:
        day = plausible_day(parsed[0], parsed[1], parsed[2], today)
        return day.isoformat() if day else None
    return None


def url_date(url: str | None, today: dt.date | None = None) -> str | None:
    """A ``/YYYY/MM/DD/`` or ``YYYY-MM-DD`` date in a URL's path."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I).split("?", 1)[0]
    today = today or dt.date.today()
    for pattern in (_URL_DATE, _URL_DASHED):
        m = pattern.search(path)
        if m:
            day = plausible_day(int(m["y"]), int(m["m"]), int(m["d"]), today)
            if day:
                return day.isoformat()
    return None


_TIME_PUBDATE = Provenance(Origin.TIME, "time[pubdate]", Strength.DECLARED)
_TIME_PUBLISHED = Provenance(Origin.TIME, "time.published", Strength.DECLARED)
_TIME_LABELLED = Provenance(Origin.TIME, "time+label", Strength.DECLARED)
_TIME_MODIFIED = Provenance(Origin.TIME, "time.modified", Strength.DECLARED)
_TIME_UPDATED_LABEL = Provenance(Origin.TIME, "time+updated-label", Strength.DECLARED)
_JSON_LD_PUBLISHED = Provenance(Origin.JSON_LD, "json-ld:datePublished", Strength.DECLARED)
_JSON_LD_CREATED = Provenance(Origin.JSON_LD, "json-ld:dateCreated", Strength.DECLARED)
_JSON_LD_MODIFIED = Provenance(Origin.JSON_LD, "json-ld:dateModified", Strength.DECLARED)
_JSON_LD_PAGE = Provenance(Origin.JSON_LD, "json-ld:WebPage.datePublished", Strength.DECLARED)
_JSON_LD_PAGE_MODIFIED = Provenance(Origin.JSON_LD, "json-ld:WebPage.dateModified", Strength.DECLARED)
#: A date in the URL path: a guess, unless it corrects a declared time stamp.
URL_DATE = Provenance(Origin.URL, "url", Strength.GUESS)
HTMLDATE = Provenance(Origin.HTMLDATE, "htmldate", Strength.GUESS)
_UPDATED_MARKS = ("updated", "modified", "datemodified", "lastmod", "aktualisiert", "update")


def _text_before(el: HtmlElement) -> str:
    """The words printed just before ``el``: its previous sibling's tail (or
    text), else its parent's own text; a label ("Updated:") sits there."""
    prev = el.getprevious()
    if prev is not None:
        if prev.tail and prev.tail.strip():
            return prev.tail
        # A label element ("<span>Updated:</span><time>"), not another date.
        return "" if prev.tag == "time" else " ".join(prev.itertext())[-60:]
    parent = el.getparent()
    if parent is not None and parent.text and parent.text.strip():
        return parent.text
    return ""


def _time_kind(el: HtmlElement) -> tuple[str, Provenance] | None:
    """``("published" | "modified", provenance)`` of a ``<time>`` element,
    from its markup (``pubdate``, ``itemprop``, class, id) or the label
    printed before it or inside it; ``None`` when nothing says which date
    it is.  The label beats the markup: a ``<time class="published">``
    after "Updated:" is an update stamp."""
    marks = " ".join(filter(None, (el.get("itemprop"), el.get("class"), el.get("id")))).casefold()
    label = label_before(_text_before(el))
    own = el.text_content().strip()
    if label is None and own:
        # "<time>Updated 3 May 2024</time>": the label inside the element.
        first_digit = next((i for i, c in enumerate(own) if c.isdigit()), len(own))
        label = label_before(own[:first_digit])
    if label == "updated" or any(w in marks for w in _UPDATED_MARKS):
        return "modified", _TIME_UPDATED_LABEL if label == "updated" else _TIME_MODIFIED
    if el.get("pubdate") is not None or "datepublished" in marks:
        return "published", _TIME_PUBDATE
    if "publish" in marks or "entry-date" in marks or "posted" in marks:
        return "published", _TIME_PUBLISHED
    if label == "published":
        return "published", _TIME_LABELLED
    return None


def _times(times: list[HtmlElement], kind: str) -> Iterable[tuple[Provenance, str]]:
    """``(provenance, value)`` of the ``<time>`` elements of ``kind``."""
    for el in times:
        value = el.get("datetime") or el.text_content()
        if not value:
            continue
        found = _time_kind(el)
        if found is not None and found[0] == kind:
            yield found[1], value


def _parsed(
    candidates: Iterable[tuple[Provenance, str]], today: dt.date
) -> Iterator[tuple[Candidate[str], str]]:
    """Every candidate that parses, in order, with its value as written
    (lazily: the first one costs only the parses before it)."""
    for source, value in candidates:
        parsed = parse_date_value(value, today)
        if parsed:
            yield Candidate(parsed, source), value


_STAMP = re.compile(
    r"^\s*(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?\s*$"
)


def _instant(value: str) -> tuple[dt.datetime, dt.timedelta | None] | None:
    """The clock time an ISO 8601 or RFC 2822 time stamp is written with,
    and the UTC offset written with it (``None`` when it names none)."""
    m = _STAMP.match(value)
    if m:
        try:
            y, mo, d, h, mi = (int(m.group(i)) for i in range(1, 6))
            clock = dt.datetime(y, mo, d, h, mi)
        except ValueError:
            return None
        zone = m.group(6)
        if zone is None:
            return clock, None
        if zone == "Z":
            return clock, dt.timedelta(0)
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        return clock, sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if not re.search(r"[A-Za-z]{3}.*\d:\d\d", value):
        return None
    parsed = parsedate_tz(value)
    if parsed is None:
        return None
    try:
        clock = dt.datetime(*parsed[:5])
    except ValueError:
        return None
    zone_named = re.search(r"(?:[+-]\d{4}|\b(?:GMT|UTC|UT|Z)\b)\s*$", value.strip())
    return clock, (dt.timedelta(seconds=parsed[9] or 0) if zone_named else None)


def _offset(value: str) -> dt.timedelta | None:
    """The UTC offset a time stamp is written with (``None`` without one)."""
    found = _instant(value)
    return found[1] if found is not None else None


def _in_zone(value: str, offset: dt.timedelta) -> str | None:
    """A UTC time stamp as the publisher's clock shows it at ``offset``."""
    found = _instant(value)
    if found is None:
        return None
    local = found[0] + offset
    if (local.hour, local.minute) == (0, 0):
        return local.date().isoformat()  # midnight: a day, as parse_date_value writes it
    return f"{local.date().isoformat()}T{local.hour:02d}:{local.minute:02d}"


def _publisher_offset(
    head: HeadTags, articles: list[LdArticle], times: list[HtmlElement]
) -> dt.timedelta | None:
    """The one non-zero UTC offset the page writes its time stamps with
    (``None`` when it writes none, or several)."""
    values: list[str] = []
    for a in articles:
        values += [v for v in (a.date_published, a.date_modified, a.date_created) if v]
    for key in PUBLISHED_META + MODIFIED_META:
        values += head.meta.get(key, ())
    values += [v for v in (el.get("datetime") for el in times) if v]
    offsets = {o for o in map(_offset, values) if o}
    return offsets.pop() if len(offsets) == 1 else None


def _local_day(
    found: tuple[Candidate[str], str],
    head: HeadTags,
    articles: list[LdArticle],
    times: list[HtmlElement],
    today: dt.date,
) -> Candidate[str]:
    """A date written in UTC, moved to the publisher's own time zone when
    the page writes its other time stamps with one offset: a story posted
    at 00:30 in Berlin is written "23:30Z" the day before, but it is the
    Berlin day its readers saw (the day is never moved past ``today``)."""
    candidate, raw = found
    if _offset(raw) != dt.timedelta(0):
        return candidate
    offset = _publisher_offset(head, articles, times)
    local = _in_zone(raw, offset) if offset is not None else None
    if local is None or local[:10] == candidate.value[:10] or local[:10] > today.isoformat():
        return candidate
    return Candidate(local, candidate.provenance)


def _declared_day(
    sources: Iterable[tuple[Provenance, str]],
    head: HeadTags,
    articles: list[LdArticle],
    times: list[HtmlElement],
    today: dt.date,
) -> Candidate[str] | None:
    """The first of ``sources`` that parses, on the publisher's day (see :func:`_local_day`)."""
    first = next(_parsed(sources, today), None)
    return _local_day(first, head, articles, times, today) if first is not None else None


def _meta(head: HeadTags, keys: Iterable[str]) -> Iterable[tuple[Provenance, str]]:
    """``(provenance, value)`` of the meta tags named ``keys``, in key order."""
    for key in keys:
        for value in head.meta.get(key, ()):
            yield Provenance(Origin.META, f"meta:{key}", Strength.DECLARED), value


def _published(
    head: HeadTags, articles: list[LdArticle], pages: list[LdArticle], times: list[HtmlElement]
) -> Iterable[tuple[Provenance, str]]:
    for a in articles:
        if a.date_published:
            yield _JSON_LD_PUBLISHED, a.date_published
    yield from _meta(head, PUBLISHED_META)
    yield from _times(times, "published")
    for a in articles:
        if a.date_created:
            yield _JSON_LD_CREATED, a.date_created
    for p in pages:
        if p.date_published:
            yield _JSON_LD_PAGE, p.date_published


#: Meta keys that name a date but not which one: CMSs fill them with the
#: page's creation or last change as often as with the publication.
GENERIC_META = frozenset({"date", "dc.date", "dcterms.date"})


def choose_date(
    head: HeadTags,
    articles: list[LdArticle],
    times: list[HtmlElement],
    url: str | None,
    today: dt.date | None = None,
    pages: list[LdArticle] | None = None,
    shown: Callable[[], Candidate[str] | None] | None = None,
) -> Candidate[str] | None:
    """The page's publication date, strongest source first (``pages``: the
    page's JSON-LD WebPage objects, the weakest declared source).

    ``shown`` gives the date the page prints for readers (a date line under
    the headline or by the byline); it is read only where the declared
    dates leave a doubt: where they disagree, the declared date the page
    also shows wins; a time stamp written in UTC (or with no zone) one day
    off the shown day is the shown day (the publisher's own); and a date
    from a generic meta key (:data:`GENERIC_META`) gives way to the shown
    one."""
    today = today or dt.date.today()
    declared = list(_parsed(_published(head, articles, pages or [], times), today))
    from_url = url_date(url, today)
    if not declared:
        return Candidate(from_url, URL_DATE) if from_url else None
    found = _local_day(declared[0], head, articles, times, today)
    raw = declared[0][1]
    if (
        from_url
        and _offset(raw) in (None, dt.timedelta(0))
        and from_url != found.value[:10]
        and _one_day_apart(from_url, found.value[:10])
    ):
        # A time stamp in UTC (or with no zone) falls on the next or
        # previous day for the publisher; the URL carries the publisher's
        # own date.  A stamp written with the publisher's own offset is
        # already on the publisher's day: a URL a day before it is the
        # day the story was filed, not published.
        corrected = Provenance(Origin.URL, "url", Strength.DECLARED, overrides=found.provenance)
        return Candidate(from_url, corrected)
    days = {c.value[:10] for c, _ in declared}
    in_doubt = (
        len(days) > 1
        or (_has_clock(raw) and _offset(raw) in (None, dt.timedelta(0)))
        or found.provenance.name.removeprefix("meta:") in GENERIC_META
    )
    seen = shown() if in_doubt and shown is not None else None
    if seen is None or seen.value[:10] == found.value[:10]:
        return found
    day = seen.value[:10]
    for candidate, value in declared:
        if candidate.value[:10] == day:
            local = _local_day((candidate, value), head, articles, times, today)
            return Candidate(local.value, local.provenance.confirmed(seen.provenance))
    if _same_instant_elsewhere(raw, seen.value):
        return Candidate(seen.value, _declared(seen.provenance, found.provenance))
    if found.provenance.name.removeprefix("meta:") in GENERIC_META:
        return Candidate(seen.value, _declared(seen.provenance, found.provenance))
    return found


def _declared(shown: Provenance, over: Provenance) -> Provenance:
    """A shown date preferred to the declared source ``over``."""
    return Provenance(shown.origin, shown.name, Strength.DECLARED, overrides=over)


#: The widest UTC offset in use (Kiribati, UTC+14).
_MAX_OFFSET = dt.timedelta(hours=14)


def _same_instant_elsewhere(stamp: str, shown: str) -> bool:
    """Whether ``shown`` (a day and time printed on the page) is the moment
    of ``stamp`` (written in UTC or with no zone) on a clock in another time
    zone, on another day: the minutes agree and the hours differ by a
    whole-quarter-hour offset of at most 14 hours.  A shown day without a
    time could be any day's, and says nothing."""
    found = _instant(stamp)
    if found is None or found[1] not in (None, dt.timedelta(0)) or "T" not in shown:
        return False
    try:
        clock = dt.datetime.fromisoformat(shown)
    except ValueError:
        return False
    apart = clock - found[0]
    return (
        clock.date() != found[0].date()
        and abs(apart) <= _MAX_OFFSET
        and apart % dt.timedelta(minutes=15) == dt.timedelta(0)
    )


def _has_clock(value: str) -> bool:
    """Whether a time stamp is written with a time of day (not a bare day)."""
    return _instant(value) is not None


def _modified(
    head: HeadTags, articles: list[LdArticle], pages: list[LdArticle], times: list[HtmlElement]
) -> Iterable[tuple[Provenance, str]]:
    for a in articles:
        if a.date_modified:
            yield _JSON_LD_MODIFIED, a.date_modified
    yield from _meta(head, MODIFIED_META)
    yield from _times(times, "modified")
    for p in pages:
        if p.date_modified:
            yield _JSON_LD_PAGE_MODIFIED, p.date_modified


def choose_modified(
    head: HeadTags,
    articles: list[LdArticle],
    times: list[HtmlElement],
    published: Candidate[str] | None,
    today: dt.date | None = None,
    pages: list[LdArticle] | None = None,
) -> Candidate[str] | None:
    """The page's last-modified date, strongest source first; ``None`` when
    the page declares none, or only one before the ``published`` date."""
    today = today or dt.date.today()
    found = _declared_day(_modified(head, articles, pages or [], times), head, articles, times, today)
    if found is None or (published is not None and found.value[:10] < published.value[:10]):
        return None
    return found


#: How many elements after (and before) the headline element are read for
#: a date line: the header of an article (kicker, standfirst, byline, date)
#: fits in it; set by reading synthetic layouts, not tuned on a dev set.
NEAR_HEADLINE_ELEMENTS = 25
#: An element with more text than this is the body (or a teaser): the header
#: has ended and no date line is looked for past it.
MAX_HEADER_TEXT = 300
#: Words a date line near the headline may hold besides the date (a place,
#: "Pressemitteilung vom", a short byline), as the dateline step allows.
MAX_NEAR_RESIDUE = 3
_NEAR_HEADLINE = Provenance(Origin.LINE, "date-near-headline", Strength.INFERRED)


def date_near_headline(
    headline: HtmlElement | None,
    elements: list[HtmlElement],
    language: str | None,
    today: dt.date | None = None,
) -> Candidate[str] | None:
    """A publication date printed as a line of its own right after (else
    right before) the page's headline element: "Hamburg, 2. November 2021",
    "Published 3 May 2024 | Jane Roe", or a ``<time>`` there that nothing
    marks as an update.  Read for pages that declare no date, before the
    URL-less fallback to htmldate; an update stamp ("Aktualisiert am ...")
    is not the publication date and is skipped."""
    if headline is None:
        return None
    try:
        at = elements.index(headline)
    except ValueError:
        return None
    langs = _date_languages(language)
    inside = set(headline.iter())
    after = _header_run(elements, at + 1, inside)
    before = list(reversed(elements[max(0, at - NEAR_HEADLINE_ELEMENTS // 3) : at]))
    today = today or dt.date.today()
    for run in (after, before):
        for el in run:
            if el.tag in ("script", "style", "noscript", "a"):
                continue
            if el.tag == "time":
                found_time = _near_time(el, langs, today)
                if found_time is not None:
                    return Candidate(found_time, _NEAR_HEADLINE)
                continue
            text = " ".join(" ".join(el.itertext()).split())
            if len(text) > MAX_HEADER_TEXT:
                if len(_own_text(el)) > MAX_HEADER_TEXT:
                    break  # a paragraph: the body begins (or, before the headline, the navigation)
                continue  # a container of the header lines and the body
            if not text or len(el) > 3:
                continue  # a container of the lines, not a line
            if el.tag == "li" and _all_link_text(el):
                continue  # a menu or teaser entry ("12M – 12. Mai 2012")
            found = parse_date_line(text, langs, today=today)
            if found is None or found.updated or len(found.residue.split()) > MAX_NEAR_RESIDUE:
                continue
            return Candidate(found.value, _NEAR_HEADLINE)
    return None


#: At most this many elements (empty wrappers, images, scripts and all) are
#: walked for the NEAR_HEADLINE_ELEMENTS that hold text: an article's header
#: with wrappers around its image and ad slots; set by reading synthetic
#: layouts, not tuned.
MAX_HEADER_WALK = 4 * NEAR_HEADLINE_ELEMENTS


def _header_run(elements: list[HtmlElement], start: int, skip: set[HtmlElement]) -> list[HtmlElement]:
    """The elements after the headline, up to the NEAR_HEADLINE_ELEMENTS-th
    that holds text of its own (or is a ``<time>``; a link with text counts
    too, so a menu under a logo heading ends the run): empty wrappers,
    images and ad scripts between the headline and the date line do not
    count."""
    out: list[HtmlElement] = []
    lines = 0
    for el in elements[start : start + MAX_HEADER_WALK]:
        if el in skip:
            continue
        out.append(el)
        if el.tag == "time" or (el.tag not in _NOT_TEXT_TAGS and _own_text(el)):
            lines += 1
            if lines >= NEAR_HEADLINE_ELEMENTS:
                break
    return out


#: How many of the page's byline elements are read for a date printed with
#: the byline (the article's own byline comes first; later ones are often
#: teasers or comments).  Set by reading synthetic layouts, not tuned.
MAX_BYLINES = 3
#: How many elements after the headline a byline with a date may be: the
#: header (kicker, standfirst, image with caption and credit, byline) fits
#: in it; set by reading synthetic layouts, not tuned on a dev set.
BYLINE_WINDOW = 60
_BY_BYLINE = Provenance(Origin.LINE, "date-by-byline", Strength.INFERRED)
_LABELLED_LINE = Provenance(Origin.LINE, "date-line+label", Strength.INFERRED)
_NOT_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
_NOT_LINE_TAGS = _NOT_TEXT_TAGS | {"a"}


def date_by_byline(
    bylines: list[HtmlElement],
    headline: HtmlElement | None,
    elements: list[HtmlElement],
    language: str | None,
    today: dt.date | None = None,
) -> Candidate[str] | None:
    """A date printed on the byline's own line: "von Jane Roe am 3. Mai
    2024", "Par Loïc Le Clerc | 30 septembre 2018" (the byline element, or
    the line that holds it).  The names are the rest of such a line, so the
    words besides the date are not counted; an update stamp is skipped.
    Only a byline in the article's header counts (after the headline and
    before the first paragraph of the body, at most :data:`BYLINE_WINDOW`
    elements on): further down, bylines are teasers' and commenters'."""
    if headline is None:
        return None
    try:
        at = elements.index(headline)
    except ValueError:
        return None
    end = at + 1
    for el in elements[at + 1 : at + BYLINE_WINDOW]:
        if len(_own_text(el)) > MAX_HEADER_TEXT:
            break  # the body begins
        end += 1
    near = set(elements[max(0, at - NEAR_HEADLINE_ELEMENTS // 3) : end])
    langs = _date_languages(language)
    for el in [b for b in bylines if b in near][:MAX_BYLINES]:
        for line in (el, el.getparent()):
            if line is None or line.tag in _NOT_LINE_TAGS:
                continue
            text = " ".join(" ".join(line.itertext()).split())
            if not text or len(text) > MAX_HEADER_TEXT:
                continue
            found = parse_date_line(text, langs, today=today)
            if found is not None and not found.updated:
                return Candidate(found.value, _BY_BYLINE)
    return None


def labelled_date_line(
    elements: list[HtmlElement], language: str | None, today: dt.date | None = None
) -> Candidate[str] | None:
    """The first line of the page whose date follows a label naming the
    publication ("Veröffentlicht am 16.08.2019", "Mise en ligne le 23 mai
    2019", "Published: May 3, 2024"), wherever it is printed.  A bare
    "Datum:" does not say which date follows, and "Stand:" marks the last
    update (see :func:`~articlenorm.fields.dates.label_before`)."""
    langs = _date_languages(language)
    lines = _lines_with_year(elements)
    if not lines:
        return None
    for el in elements:
        if el not in lines or el.tag in _NOT_LINE_TAGS or len(el) > 3:
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if not text or len(text) > MAX_HEADER_TEXT or not has_published_label(text):
            continue
        found = parse_date_line(text, langs, today=today)
        if found is not None and found.published:
            return Candidate(found.value, _LABELLED_LINE)
    return None


#: A year of the web's time: every date a date line reads has one, written
#: in one piece of text (see :func:`~articlenorm.fields.dates.parse_date_line`).
_YEAR = re.compile(r"(?:19|20)\d\d")


def _lines_with_year(elements: list[HtmlElement]) -> set[HtmlElement]:
    """The elements whose text holds a year: the element whose own text (or
    whose child's tail) holds it, and its ancestors up to the first with
    far more text than a line.  Only these can be a date line; finding them
    reads each piece of text once instead of joining every element's text."""
    found: set[HtmlElement] = set()
    for el in elements:
        holders = []
        if el.text and el.tag not in ("script", "style") and _YEAR.search(el.text):
            holders.append(el)
        if el.tail and _YEAR.search(el.tail):
            parent = el.getparent()
            if parent is not None:
                holders.append(parent)
        for holder in holders:
            line: HtmlElement | None = holder
            while line is not None and line not in found and line.tag not in ("body", "html"):
                found.add(line)
                if len(line.text_content()) > MAX_LINE_SPAN:
                    break
                line = line.getparent()
    return found


#: How far up from a year its lines are looked for: past an ancestor with
#: this much raw text (whitespace and all) no line of MAX_HEADER_TEXT
#: normalised characters holds it.
MAX_LINE_SPAN = 4000


#: Class/id words (whole, or a part of a compound name: "comments-area",
#: "commentList", "post-comments") that name a reader-comment section.
_COMMENT_WORDS = frozenset({"comment", "comments", "commentlist", "kommentar", "kommentare", "disqus"})
#: Parts that make such a name a link, counter or button pointing to the
#: comments ("comments-link", "comment-count", "social-comments"), which
#: sits in the article's own header, next to its date.
_COMMENT_POINTER_PARTS = frozenset(
    {"link", "links", "count", "counter", "number", "num", "icon", "btn", "button", "toggle", "open"}
    | {"closed", "social", "share", "sharing", "bubble", "anchor", "jump"}
)
_NAME_PARTS = re.compile(r"[-_:.\s]+|(?<=[a-z])(?=[A-Z])")
#: A heading that opens the reader comments: a count ("12 Comments", "3
#: thoughts on ...", "2 Kommentare", "Ein Gedanke zu ...", "Comments (3)")
#: or the bare word, in the rule languages' common forms.
_COMMENT_HEADING = re.compile(
    r"^\W*(?:(?:\d+|no|one|ein|eine|zwei|drei|un|une|uno|una|één)\s+"
    r"(?:comments?|responses?|replies|thoughts?\s+on|kommentare?|antworten|gedanken?\s+zu|reaktionen"
    r"|commentaires?|réponses?|comentarios?|respuestas?|commenti|risposte|coment[aá]rios?|reacties?)\b"
    r"|(?:comments?|kommentare|leserkommentare|commentaires|comentarios|commenti|coment[aá]rios|reacties)"
    r"\W*(?:\(\d+\))?\W*$)",
    re.IGNORECASE,
)
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5"})


def _in_comment_box(el: HtmlElement) -> bool:
    """Whether ``el`` sits in an element whose class or id names a reader
    comment section (see :data:`_COMMENT_WORDS`)."""
    for box in el.iterancestors():
        if box.tag in ("body", "html"):
            return False
        for value in (box.get("class"), box.get("id")):
            if not value:
                continue
            for token in value.split():
                parts = {p.casefold() for p in _NAME_PARTS.split(token) if p}
                if parts & _COMMENT_WORDS and not parts & _COMMENT_POINTER_PARTS:
                    return True
    return False


def article_times(
    times: list[HtmlElement], elements: list[HtmlElement], headline: HtmlElement | None
) -> list[HtmlElement]:
    """The page's ``<time>`` elements that can be the article's own: not
    those in a reader-comment section (an element whose class or id names
    one, or anything after a heading that opens the comments below the
    headline): a comment's ``<time pubdate>`` dates the comment."""
    kept = [el for el in times if not _in_comment_box(el)]
    if not kept:
        return kept
    pending = set(kept)
    below = headline is None
    comments_from: int | None = None
    dropped: set[HtmlElement] = set()
    for i, el in enumerate(elements):
        if el is headline:
            below = True
        elif comments_from is not None:
            if el in pending:
                dropped.add(el)
        elif below and el.tag in _HEADING_TAGS:
            text = " ".join(el.text_content().split())
            if len(text) <= MAX_COMMENT_HEADING and _COMMENT_HEADING.match(text):
                comments_from = i
    return [el for el in kept if el not in dropped] if dropped else kept


#: A heading longer than this is a story's subheading, not the comments' title.
MAX_COMMENT_HEADING = 120


def headline_element(headings: Iterable[HtmlElement], title: str | None) -> HtmlElement | None:
    """The heading element that shows the page's ``title`` (its text and the
    title contain one another), else the first of ``headings``: a page's
    first ``<h1>`` is often the site's logo, and the date line sits under
    the story's own headline."""
    headings = list(headings)
    key = norm(title)
    if key:
        for el in headings:
            text = norm(el.text_content())
            if text and (text in key or key in text):
                return el
    return headings[0] if headings else None


def _all_link_text(el: HtmlElement) -> bool:
    """Whether every word of ``el`` is the text of a link in it."""
    if _own_text(el):
        return False
    return all(child.tag == "a" or _all_link_text(child) for child in el if isinstance(child.tag, str))


def _own_text(el: HtmlElement) -> str:
    """The text ``el`` holds itself (its text and its children's tails), not
    the text of its child elements."""
    parts = [el.text or ""] + [child.tail or "" for child in el]
    return " ".join(" ".join(parts).split())


def _near_time(el: HtmlElement, langs: tuple[str, ...], today: dt.date) -> str | None:
    """The day of a ``<time>`` near the headline that is not an update stamp."""
    kind = _time_kind(el)
    if kind is not None and kind[0] == "modified":
        return None
    stamp = el.get("datetime")
    if stamp:
        return parse_date_value(stamp, today)
    found = parse_date_line(" ".join(el.text_content().split()), langs, today=today)
    return found.value if found is not None and not found.updated else None


def _date_languages(language: str | None) -> tuple[str, ...]:
    """The date tables a page's lines are read with: its declared language
    and English, else every table (month names hardly collide)."""
    if language and language in available_languages():
        return (language, "en") if language != "en" else ("en",)
    return ("en", *(x for x in available_languages() if x not in ("en", "common")))


def _one_day_apart(a: str, b: str) -> bool:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) == 1


def htmldate_fallback(tree: HtmlElement, url: str | None, today: dt.date | None = None) -> str | None:
    """htmldate's guess at the original publication date (the last resort:
    it reads dates from free text and link paths, so it is right less often
    than a declared date).  ``None`` when it finds none or fails."""
    from htmldate import find_date

    today = today or dt.date.today()
    try:
        found = find_date(
            tree,
            extensive_search=EXTENSIVE_SEARCH,
            original_date=True,
            url=url,
            max_date=today.isoformat(),
        )
    except (ValueError, TypeError, RecursionError, AttributeError):  # htmldate's own parsing failures
        return None
    return parse_date_value(found, today) if found else None
