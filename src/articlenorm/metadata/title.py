"""The headline of an HTML page, with where it came from.

Sources, strongest first: a visible heading (``<h1>``, an element marked as
the headline) that the page's declared titles confirm; the declared titles
themselves (JSON-LD ``headline``, ``og:title``, ``twitter:title``, other title
meta tags); ``<title>`` with the site name cut off; a lone ``<h1>``.  Declared
titles often carry the site name ("Trams return | The Herald"), so each is cut
at a title separator when one side is the site's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..provenance import Candidate, Origin, Provenance, Strength
from ..textutil import clean, norm, words_of
from .scan import line_key

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from .scan import PageScan

__all__ = [
    "TITLE_TAG",
    "Heading",
    "choose_title",
    "find_headings",
    "headline_above",
    "strip_site_name",
    "title_segments",
]

#: Separators between a title and a site name ("Title | Site", "Site - Title").
#: A colon is not one: "Brexit: May wins vote" is a whole headline.
_SEPARATOR = re.compile(r"\s+(?:[|–—·•»«/\\~]|-{1,2}|::)\s+")
#: For looking parts of ``<title>`` up in the page, also "Site : Title" and
#: the underscores some CMSs join parts with ("Title_English_Agency").
_SEGMENT_SEPARATOR = re.compile(r"\s+(?:[|–—·•»«/\\~:]|-{1,2}|::)\s+|\s*_\s*|(?<=\w):\s+")
#: A heading longer than this is a paragraph that was marked up as one.
MAX_HEADLINE_CHARS = 300
#: A side of ``<title>`` this short (in words), next to a longer one, is taken
#: for the site name even when the page never names its site ("Title - CNN.com").
#: Site names in the dev sets are 1-4 words; headlines are 4+ words.
MAX_SITE_WORDS = 4
#: A side of a title that is one token with a domain ending ("CNN.com",
#: "valmoraherald.example") is the site's address.
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}", re.I)


@dataclass(frozen=True, slots=True)
class Heading:
    """A visible heading: its text and what marked it (``h1``, ``headline-element``, ``h2``)."""

    text: str
    source: str

    @property
    def provenance(self) -> Provenance:
        """A heading on its own is a guess: pages print many."""
        return Provenance(Origin.HEADING, self.source, Strength.GUESS)


def _is_site(part: str, sites: Sequence[str]) -> bool:
    key = norm(part)
    if not key:
        return True
    if _DOMAIN.fullmatch(part.strip()):
        return True
    for site in sites:
        s = norm(site)
        if s and (
            key == s or (len(s) >= 3 and (s in key or key in s) and len(key.split()) <= MAX_SITE_WORDS)
        ):
            return True
    return False


def strip_site_name(title: str, sites: Sequence[str], *, guess: bool = False) -> str:
    """``title`` without a leading or trailing site name.

    With ``guess``, a short side next to a long one is taken for the site name
    even when it matches no known name (for ``<title>``, which nearly always
    carries one).
    """
    title = clean(title)
    cuts = list(_SEPARATOR.finditer(title))
    if not cuts:
        return title
    bounds = [0, *[x for m in cuts for x in (m.start(), m.end())], len(title)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    keep = [p for p in parts if not _is_site(title[p[0] : p[1]], sites)]
    if keep and len(keep) < len(parts):
        return title[keep[0][0] : keep[-1][1]].strip()
    if guess and len(parts) >= 2:
        first, last = title[: parts[0][1]], title[parts[-1][0] :]
        n_first, n_last = len(words_of(first)), len(words_of(last))
        rest_first = title[: parts[-2][1]]
        rest_last = title[parts[1][0] :]
        if n_last <= MAX_SITE_WORDS and len(words_of(rest_first)) > n_last:
            return rest_first.strip()
        if n_first <= MAX_SITE_WORDS and len(words_of(rest_last)) > n_first:
            return rest_last.strip()
    return title


def _matches(heading: str, declared: str) -> bool:
    h, d = norm(heading), norm(declared)
    if not h or not d:
        return False
    if h == d:
        return True
    # A declared title that still carries the site name, or was cut short
    # with an ellipsis: the heading is one end of it.
    if len(h.split()) >= 3 and len(h) >= 0.5 * len(d) and (d.startswith(h) or d.endswith(h)):
        return True
    d_cut = d.rstrip(".… ")
    return len(d_cut.split()) >= 3 and h.startswith(d_cut) and len(d_cut) >= 0.6 * len(h)


#: ``<title>`` values longer than this, or cut into more parts than this,
#: are not looked up piece by piece (the number of runs grows with the square
#: of the parts; real titles have 1-5 parts and under 300 characters).
MAX_TITLE_CHARS = 400
MAX_TITLE_PARTS = 8


def title_segments(title: str, sites: Sequence[str]) -> list[str]:
    """Every run of whole segments of ``title`` between title separators,
    longest first, leaving out runs that are only the site's name
    ("A - B - C" -> "A - B - C", "A - B", "B - C", "A", "B", "C")."""
    title = clean(title)
    if len(title) > MAX_TITLE_CHARS:
        return []  # not a title: broken markup swallowed the page into <title>
    cuts = list(_SEGMENT_SEPARATOR.finditer(title))[:MAX_TITLE_PARTS]
    bounds = [0, *[x for m in cuts for x in (m.start(), m.end())], len(title)]
    parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    runs = []
    for a in range(len(parts)):
        for b in range(a, len(parts)):
            text = title[parts[a][0] : parts[b][1]].strip()
            if text and not (a == b and _is_site(text, sites)):
                runs.append(text)
    return sorted(dict.fromkeys(runs), key=len, reverse=True)


#: A title segment confirmed only by occurring somewhere in the page text
#: must have at least this many words: "Football" or "News" occur in every
#: navigation bar.
MIN_VISIBLE_WORDS = 3
#: ``<title>``: nearly always carries the site's name, and nothing says it is
#: the article's headline unless the page shows it.
TITLE_TAG = Provenance(Origin.TITLE_TAG, "title", Strength.GUESS)
#: The page shows a declared title as an element's whole text.
_SHOWN = Provenance(Origin.LINE, "line", Strength.CONFIRMED)


def _as_shown(text: str, el: HtmlElement) -> str:
    shown = clean(el.text)
    return shown.strip(" |-–—") if line_key(shown) == line_key(text) else text


def choose_title(
    declared: Sequence[tuple[Provenance, str]],
    title_tag: str | None,
    headings: Sequence[Heading],
    sites: Sequence[str],
    lines: Callable[[], Mapping[str, HtmlElement]] | None = None,
) -> Candidate[str] | None:
    """The page's own headline proposal, strongest source first.

    ``declared`` are ``(provenance, title)`` pairs in order of trust (JSON-LD,
    og:title ...); ``headings`` the page's visible headline candidates in page
    order; ``lines`` gives the page's own element texts by :func:`line_key`
    (built only if needed), where a
    declared title or a part of ``<title>`` is looked up.  (A title found only
    inside longer text is no evidence: on l3s-gn1 such matches were right 2
    times in 16.)
    """
    candidates = [(src, strip_site_name(t, sites)) for src, t in declared if clean(t)]
    if title_tag:
        candidates.append((TITLE_TAG, strip_site_name(title_tag, sites, guess=True)))
        candidates.append((TITLE_TAG, clean(title_tag)))
    # 1. A visible heading that a declared title confirms.
    for heading in headings:
        text = clean(heading.text)
        if not text or len(text) > MAX_HEADLINE_CHARS:
            continue
        for src, title in candidates:
            if _matches(text, title):
                return Candidate(text, heading.provenance.confirmed(src))
    # 2. A declared title, or the longest part of <title>, that the page
    #    shows as a line of its own (an element's whole text).
    if lines is not None:
        shown = lines()
        for src, title in candidates:
            if len(words_of(title)) >= MIN_VISIBLE_WORDS and line_key(title) in shown:
                return Candidate(_as_shown(title, shown[line_key(title)]), src.confirmed(_SHOWN))
        if title_tag:
            for part in title_segments(title_tag, sites):
                if len(words_of(part)) >= MIN_VISIBLE_WORDS and line_key(part) in shown:
                    return Candidate(_as_shown(part, shown[line_key(part)]), TITLE_TAG.confirmed(_SHOWN))
    # 3. A declared title nothing confirms.
    for src, title in candidates:
        if title and src is not TITLE_TAG:
            return Candidate(title, src)
    h1s = [h for h in headings if h.source == "h1" and clean(h.text)]
    if len(h1s) == 1 and len(h1s[0].text) <= MAX_HEADLINE_CHARS:
        return Candidate(clean(h1s[0].text), h1s[0].provenance)
    if candidates and candidates[0][1]:
        return Candidate(candidates[0][1], TITLE_TAG)
    return None


def find_headings(scan: PageScan) -> list[Heading]:
    """Visible headline candidates: every ``<h1>``, elements marked as the
    headline (``itemprop``, class/id), then the first ``<h2>``/``<h3>``."""
    found = [Heading(el.text_content(), "h1") for el in scan.h1]
    found += [Heading(el.text_content(), "headline-element") for el in scan.marked_headlines]
    found += [Heading(el.text_content(), el.tag) for el in scan.minor_headings]
    return [h for h in found if clean(h.text) and len(h.text) <= 4 * MAX_HEADLINE_CHARS]


#: How many elements before the article's first paragraph are searched for
#: the headline (a heading, a byline and a date line, each with a wrapper or
#: two, fit in 40 on the l3s-gn1 pages).
ABOVE_WINDOW = 40
_ABOVE_TAGS = frozenset({"h1", "h2", "h3"})


def headline_above(
    elements: Sequence[HtmlElement], first: HtmlElement, marked: Sequence[HtmlElement], sites: Sequence[str]
) -> str | None:
    """The headline printed right above the article's first paragraph
    ``first``: the nearest preceding ``<h1>``-``<h3>`` or element marked as a
    headline (class/id) whose text reads like a title and is not the site's
    name.  ``None`` when there is none in reach."""
    try:
        at = elements.index(first)
    except ValueError:
        return None
    marked_set = set(marked)
    ancestors = set(first.iterancestors())
    for el in reversed(elements[max(0, at - ABOVE_WINDOW) : at]):
        if el in ancestors:
            continue
        if el.tag not in _ABOVE_TAGS and el not in marked_set:
            continue
        text = clean(el.text_content())
        n = len(words_of(text))
        title_like = text[-1:] not in ".:," and (text[:1].isupper() or text[:1].isdigit())
        if 3 <= n <= 30 and len(text) <= MAX_HEADLINE_CHARS and title_like and not _is_site(text, sites):
            return text
    return None
