"""The people who wrote an HTML page's article, with where they came from.

Sources, in order of trust: JSON-LD ``author`` objects of type Person;
author meta tags (``author``, ``article:author``, ``parsely-author`` ...);
the visible byline (``rel=author``, ``itemprop=author``, elements whose class
or id names a byline or author).  Every value is cleaned the same way: byline
labels ("By", "Von", "Par") go, so do trailing clutter ("Email the author",
"@handle", "| The Herald"), the "for <publication>" tail and job titles
("AP Business Writer"); what remains is split into names and each must be
shaped like a person's name and be neither an agency nor the site's name.
A value that does not clean into names is skipped: better no author than a
wrong one.  When no person is named, the desk, agency or account the page
declares ("Redaktion", "HLNF Staff Report", "AFP/The Local") is read for the
byline only (:func:`choose_credit`): authors are people.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon import available_languages, load_table
from ..names import is_agency, looks_like_name
from ..provenance import Candidate, Origin, Provenance, Strength
from ..textutil import clean, norm
from .head import HeadTags
from .jsonld import LdArticle
from .scan import LABEL_ONLY, LABEL_OPENING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["choose_authors", "choose_credit", "credit_in", "names_in"]

AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "byl",
    "itemprop:author",
)
#: A byline's names are short; a longer credit is an author bio.  Checked
#: after the clutter that follows the names is cut.
MAX_BYLINE_CHARS = 120
#: An element's text longer than this is a bio or a teaser, whatever its
#: clutter ("Jane Roe Follow <her bio>" is shorter once cut at "Follow").
MAX_ELEMENT_CHARS = 300
#: How far into a byline the date and time may run before the label
#: ("Posted on September 21, 2020 by Jane Roe", "Datum: 19.11.2021 Autor:").
MAX_DATE_PREFIX = 60
#: More names than this in one credit is a list of something else.
MAX_NAMES = 6


@dataclass(frozen=True, slots=True)
class People:
    """The word lists of ``rules/common/people.toml`` (see its comments)."""

    role_words: frozenset[str]
    not_people: frozenset[str]
    not_name_words: frozenset[str]
    furniture_words: frozenset[str]
    not_credits: frozenset[str]
    extra_labels: tuple[str, ...]
    not_first_words: frozenset[str]
    not_name_endings: tuple[str, ...]

    def not_a_name_word(self, token: str) -> bool:
        """``token`` (case-folded, edge punctuation trimmed) is a word no
        person's name holds: page furniture, a legal form, a publication's
        word, or a compound ending in an organisation word."""
        return (
            token in self.not_name_words
            or token in self.furniture_words
            or any(len(token) > len(end) + 2 and token.endswith(end) for end in self.not_name_endings)
        )


@cache
def _people() -> People:
    table = load_table("common", "people")
    return People(
        role_words=frozenset(table.get("role_words", ())),
        not_people=frozenset(table.get("not_people", ())),
        not_name_words=frozenset(table.get("not_name_words", ())),
        furniture_words=frozenset(table.get("furniture_words", ())),
        not_credits=frozenset(table.get("not_credits", ())),
        extra_labels=tuple(table.get("extra_labels", ())),
        not_first_words=frozenset(table.get("not_first_words", ())),
        not_name_endings=tuple(table.get("not_name_endings", ())),
    )


#: Clutter that follows the name on byline lines.
_TRAILING = re.compile(
    r"\s*(?:[|•·–—]|-\s|\bemail\b|\be-mail\b|\bfollow\b|\bupdated\b|\bpublished\b|\bposted\b"
    r"|\bmore (?:from|by|stories|articles)\b|\bcontact\b|\bview\b|\bsee\b|\bread\b|\bon twitter\b"
    r"|\ball (?:posts|articles|stories)\b|\balle (?:artikel|beiträge|texte)\b"
    r"|\bweitere (?:artikel|beiträge)\b"
    r"|\btous (?:les|ses) articles\b|\btodos los art[ií]culos\b"
    # Relative times after the name: "hace 2 horas", "vor 3 Stunden", "il y a".
    r"|\bhace\b|\bvor \d|\bil y a\b"
    # The next field of a metadata line: "Jane Roe Quelle: dpa".
    r"|(?<=\s)[^\W\d_]{3,}:(?=\s|$)).*$",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"@\w+")
#: Names hold no digits: a byline goes on with a date ("von Jane Roe am 21.
#: April 2020", "By Jane Roe Jan. 5, 2024", "Jane Roe Fr, 3.1.") from the
#: first word with a digit, with the preposition, month or weekday before it.
_FROM_DIGIT = re.compile(
    r"(?:\s+(?:(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)[.,]?|(?-i:[a-z]{1,4})|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?|m(?:ay|ai|ärz)))?"
    r"\s+\S*\d.*$",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\s*[(\[][^()\[\]]{0,60}[)\]]")
#: Credits that name someone other than the author: a reviewer, fact
#: checker, editor, illustrator or photographer.  The text from the label on
#: names them, not the author.
_OTHER_CREDIT = re.compile(
    r"(?:^|\s|[|•·,;])(?:(?:medically\s+|expert[- ]|fact[- ]|peer[- ])?reviewed|fact[- ]?checked|checked"
    r"|edited|illustrat(?:ed|ions?)|photos?|photographs?|images?|translated|additional\s+reporting"
    r"|sponsored|presented|powered|hosted|designed|design|theme"
    r"|geprüft|überprüft|redigiert|lektoriert|bearbeitet|fotos?|bilder?|übersetzt"
    r"|relu|vérifié|édité|revisado|verificado|editado)\s+(?:by|von|par|por|da|door)\b.*$",
    re.IGNORECASE,
)
#: Soft hyphens and zero-width characters ("Mat\xadthi\xadas"): not letters.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
#: The last word of a name that keeps its period: an initial or a suffix
#: ("Joe S.", "Perry Bacon Jr.", "Nicolas Gutierrez C.").
_FINAL_INITIAL = re.compile(r"(?:^|\s)(?:[A-ZÀ-ÖØ-Þ]|[JS]r)$")
_URLISH = re.compile(r"^(?:https?:|www\.)|\.\w{2,4}/|^/", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|/|\b(?i:and)\b|&|\b(?i:und)\b|\bet\b|\by\b|\ben\b|\bi\b|\bu\b|\bи\b)\s*")
_DIGITS = re.compile(r"\d")


def _squashed(text: str) -> str:
    """A name's letters only, case-folded: "El Colombiano" and the host
    label "elcolombiano" are one key."""
    return "".join(c for c in norm(text) if c.isalnum())


@cache
def _date_words() -> re.Pattern[str]:
    """A weekday or a date label ("Thursday", "Publiziert", "Updated") and
    everything after it: a byline element goes on with the date, and the
    date's words are no part of the name.  Weekday names and labels of
    three or more letters from every language's date table."""
    found: set[str] = set()
    for lang in available_languages():
        table = load_table(lang, "dates")
        words = [*table.get("weekdays", ()), *table.get("published_labels", ())]
        words += table.get("updated_labels", ())
        found |= {str(x).casefold().rstrip(":") for x in words}
    # Words that are also name parts or too short to be sure of.
    found = {w for w in found if len(w) >= 4 and w not in _DATE_WORDS_THAT_ARE_NAMES}
    alt = "|".join(re.escape(x) for x in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?:^|\s+)(?:{alt})(?!\w).*$", re.IGNORECASE)


#: Date-table words that are also given names or surnames.
_DATE_WORDS_THAT_ARE_NAMES = frozenset({"data", "date", "datum", "sabato", "domingo", "samstag"})


@cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    labels: set[str] = set()
    cuts: set[str] = set()
    for lang in available_languages():
        table = load_table(lang, "byline")
        labels |= set(table.get("labels", ()))
        labels |= set(_people().extra_labels)
        cuts |= set(table.get("cut_words", ()))
    alt = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    # "for <Publication>" / "für <Zeitung>" ends the names; "in"/"from" are
    # left to the name test (they are also name particles in some languages).
    cut = "|".join(
        re.escape(x) for x in sorted(cuts - {"in", "from", "at", "with", "en", "da"}, key=len, reverse=True)
    )
    return (
        re.compile(rf"^\W*(?:{alt})\b\s*:?\s*", re.IGNORECASE),
        re.compile(rf"\s+(?:{cut})\s+\S.*$", re.IGNORECASE),
    )


def _with_final_initial(raw: str, part: str) -> str:
    """``part`` with the period of a final initial or suffix that the edge
    trim took off ("Joe S." stays "Joe S.")."""
    if raw.rstrip().endswith(".") and _FINAL_INITIAL.search(part):
        return part + "."
    return part


@cache
def _inner_label() -> re.Pattern[str]:
    """A byline label inside the text, after the words before it."""
    labels: set[str] = set(_people().extra_labels)
    for lang in available_languages():
        labels |= set(load_table(lang, "byline").get("labels", ()))
    alt = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s|·•,;]))(?:{alt})\b\s*:?\s+(?=\S)", re.IGNORECASE)


def _after_dated_label(text: str, label: re.Pattern[str]) -> str:
    """The text from a byline label on, when a date or time comes first
    ("Posted on May 3, 2020 by Jane Roe", "Datum: 19.11.2021 Autor: Jane
    Roe"); else ``text``.  Only a label right after a number (or "Uhr",
    "PM") counts: after other words it is a sentence's ("prices set by")."""
    if label.match(text):
        return text
    m = _inner_label().search(text, 1)
    if m is None or m.start() > MAX_DATE_PREFIX:
        return text
    before = text[: m.start()].replace("·", " ").replace("|", " ").replace("•", " ").split()
    if not before or not (_DIGITS.search(before[-1]) or before[-1].casefold().strip(",-–") in _TIME_WORDS):
        return text
    return text[m.end() :]


#: Words that end a time stamp ("um 14:34 Uhr von Jane Roe").
_TIME_WORDS = frozenset({"uhr", "am", "pm", "h", ""})


def _role_token(token: str) -> bool:
    """A word of a job title: a role word, also as a part of a hyphenated
    compound ("Online-Redakteur", "FOCUS-Online-Experte")."""
    t = token.casefold().strip(".,:;()")
    roles = _people().role_words
    return t in roles or any(p in roles for p in t.split("-") if p)


def _is_role(part: str) -> bool:
    return any(_role_token(w) for w in part.split())


def _without_title(part: str) -> str:
    """``part`` without a job title before or after the name ("Experte Jane
    Roe", "Jane Roe Full-Stack Developer"), when a name of two or more words
    is left; else ``part`` unchanged (and the role test then drops it).  A
    title after the name takes the word before its role word with it
    ("Jane Roe Games Editor"), unless only two words would be left."""
    tokens = part.split()
    roles = [i for i, tok in enumerate(tokens) if _role_token(tok)]
    if not roles:
        return part
    if roles[0] >= 2:
        name = tokens[: roles[0]]
        return " ".join(name[:-1] if len(name) >= 3 else name)
    rest = tokens[roles[-1] + 1 :]
    if len(rest) >= 2 and not any(_role_token(t) for t in rest):
        return " ".join(rest)
    return part


def _undoubled(part: str) -> str:
    """A name printed twice ("Mirela Mirela", "Jane Roe Jane Roe": an avatar's
    alt text run into the link text) once; also a first name printed before
    the full name ("Jane Jane Roe": the short name of a profile link)."""
    tokens = part.split()
    n = len(tokens)
    if n >= 2 and n % 2 == 0 and tokens[: n // 2] == tokens[n // 2 :]:
        return " ".join(tokens[: n // 2])
    if n >= 3 and tokens[0] == tokens[1]:
        return " ".join(tokens[1:])
    return part


#: A Chinese, Japanese or Korean personal name: two to four characters of
#: one script, written without spaces (孔德明, 김민준).
_CJK_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\uac00-\ud7a3]{2,4})$")
_ONE_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-öø-ÿā-ſ'’\-]{2,20}$")


def _person(part: str, single: bool, declared: bool = False) -> bool:
    tokens = part.split()
    people = _people()
    if any(people.not_a_name_word(t.casefold().strip(".,")) for t in tokens):
        return False
    if len(tokens) >= 2 and tokens[0].casefold() in people.not_first_words:
        return False
    if any(t.endswith(("'s", "’s")) for t in tokens):
        return False  # a possessive ("Trump’s inauguration") is prose
    if all(len(t.strip(".")) <= 1 for t in tokens):
        return False  # initials only ("J J"): not enough to name anyone
    if looks_like_name(part) and len(tokens) >= 2:
        return True
    if declared:
        # JSON-LD calls it a Person: take the name as written ("flerche",
        # "Mobasir hassan"), unless it is an account word or not a name at all.
        return (
            part.casefold() not in people.not_people
            and "admin" not in part.casefold()  # "wordpressadmin", "siteadmin": an account
            and len(part.split()) <= 4
            and not _URLISH.search(part)
        )
    if single and _CJK_NAME.match(part):
        return True
    # A lone first name ("Andrea", a blog's author) counts only where the
    # page says the value is an author (structured data), not in free text.
    return single and _ONE_NAME.match(part) is not None and part.casefold() not in people.not_people


def names_in(
    raw: str, sites: Sequence[str] = (), *, single: bool = False, declared: bool = False
) -> list[str]:
    """The people named in an author value or byline text (possibly none).

    ``single`` accepts a one-word name; use it for values the page declares
    to be an author (JSON-LD, author meta tags), not for text.  ``declared``
    (a JSON-LD Person) accepts any short name-like value as written.
    """
    text = clean(_INVISIBLE.sub("", raw))
    if not text or len(text) > MAX_ELEMENT_CHARS or _URLISH.search(text):
        return []
    label, cut = _labels()
    text = _HANDLE.sub(" ", text)
    text = _PARENS.sub(" ", text)
    text = _OTHER_CREDIT.sub("", text)
    if not text.strip():
        return []
    text = _after_dated_label(text, label)
    text = label.sub("", text, count=1)
    text = _TRAILING.sub("", text)
    text = _FROM_DIGIT.sub("", text)
    text = _date_words().sub("", text)
    text = cut.sub("", text)
    if len(text) > MAX_BYLINE_CHARS:
        return []
    site_keys = {norm(s) for s in sites if s}
    # A one-word name only when the whole value is that word: a single word
    # left over after cutting ("Organization for ...", "Mac & i", "Kooman,
    # F.") is a fragment, not a person.
    single = single and len(label.sub("", clean(raw), count=1).split()) == 1
    # A long text (an element with more than a credit in it) counts only
    # when every part left after the cuts is a person: otherwise the names
    # are words of a sentence ("... Terms of Use and Privacy Policy").
    strict = len(clean(raw)) > MAX_BYLINE_CHARS
    out: list[str] = []
    for part in _SPLIT.split(text):
        part = _with_final_initial(part, label.sub("", part.strip(" .:-–—|"), count=1).strip(" .:-–—|"))
        if not part:
            continue
        if _DIGITS.search(part):
            if strict:
                return []
            continue
        part = _without_title(part)
        if _is_role(part) or is_agency(part) or norm(part) in site_keys:
            continue
        part = _undoubled(_without_title(" ".join(part.split())))
        if part.isupper() and len(part) > 3:
            part = part.title()
        if _person(part, single, declared):
            if part not in out:
                out.append(part)
        elif strict:
            return []
    return out if len(out) <= MAX_NAMES else []


#: Class/id words of author *boxes* (bios, "more from"): not the byline.
#: ("box" alone is not here: "authorbox" often holds just "von <name>"; a
#: bio's length keeps it out anyway, see MAX_BYLINE_CHARS.)
_BOX_WORDS = ("bio", "about", "avatar", "image", "img", "photo", "more", "related", "comment")


def _spaced_text(el: HtmlElement) -> str:
    """An element's text with its pieces kept apart ("Heiko Sauer" + "Do
    12.3." must not read "Heiko SauerDo")."""
    return " ".join(" ".join(el.itertext()).split())


def _visible_bylines(elements: list[HtmlElement]) -> Iterable[tuple[str, str]]:
    for el in elements:
        marks = " ".join(filter(None, (el.get("class"), el.get("id")))).casefold()
        if any(w in marks for w in _BOX_WORDS):
            continue
        if el.tag in ("meta", "link", "script", "style", "img"):
            continue
        if el.get("itemprop") and "author" in el.get("itemprop", "").casefold():
            name = el.find(".//*[@itemprop='name']")
            if name is not None:
                yield "itemprop=author", name.get("content") or _spaced_text(name)
                continue
        fn = el if " fn " in f" {marks} " else el.find(".//*[@class]")
        if fn is not None and " fn " in f" {(fn.get('class') or '').casefold()} ":
            # An hCard formatted name (class "fn" in a byline or vcard): the
            # author's name as the site shows it, a handle included.
            yield "vcard-fn", _spaced_text(fn)
        if el.get("rel") == "author":
            yield "rel=author", _spaced_text(el)
        elif el.text and LABEL_OPENING.match(el.text):
            # "von Jana Brandtner": text that opens with a byline label.
            yield "text-label", _spaced_text(el)
        elif (el.tag in _LABEL_TAGS and not any(el.get(a) for a in ("class", "id", "itemprop"))) or (
            LABEL_ONLY.match(_spaced_text(el))
        ):
            # A label element ("<strong>Autor:</strong> Jane Roe", '<span
            # class="sr-only">By</span> <span>Jane Roe</span>'): the name follows it.
            follow = el.tail or ""
            nxt = el.getnext()
            if not follow.strip() and nxt is not None:
                follow = _spaced_text(nxt)
            yield "label-element", f"{_spaced_text(el)} {follow}"
        else:
            yield "byline-element", _spaced_text(el)


_LABEL_TAGS = frozenset({"strong", "b", "em", "span", "h4", "h5", "h6", "dt", "label", "td", "th"})
#: Sources whose value the page marks as a person's name.
_STRUCTURED = frozenset({"rel=author", "itemprop=author", "vcard-fn"})
#: Sources whose whole value is a name by markup (schema.org, hCard): taken
#: as written, handles included.
_DECLARED = frozenset({"itemprop=author", "vcard-fn", "rel=author"})
#: ``twitter:labelN`` values that say ``twitter:dataN`` is the author
#: (WordPress SEO plugins write "Written by" / "Geschrieben von" there).
WRITTEN_BY_LABELS = frozenset(
    {
        "written by",
        "author",
        "geschrieben von",
        "verfasst von",
        "autor",
        "écrit par",
        "auteur",
        "escrito por",
        "scritto da",
        "geschreven door",
    }
)


def _one_word_byline(text: str) -> bool:
    label, _ = _labels()
    rest = label.sub("", clean(text), count=1)
    return len(rest.split()) == 1 and _ONE_NAME.match(rest) is not None


def _twitter_written_by(head: HeadTags) -> list[str]:
    """The ``twitter:dataN`` values whose ``twitter:labelN`` says "Written by"."""
    out: list[str] = []
    for n in range(1, 5):
        for label in head.meta.get(f"twitter:label{n}", ())[:1]:
            if clean(label).casefold().rstrip(":") in WRITTEN_BY_LABELS:
                out += head.meta.get(f"twitter:data{n}", ())[:1]
    return out


def _is_the_site(name: str, site_keys: set[str]) -> bool:
    """A JSON-LD "Person" that is the publishing organisation: named like it,
    and not shaped like a person's name ("L'Opinion", "Makronom").  A
    two-word name stays a person: a blogger's site publishes under their
    name ("Jane Roe" as both author and publisher)."""
    return _squashed(name) in site_keys and not (len(name.split()) >= 2 and looks_like_name(name))


#: How many further sources are read to refine the chosen names (a name
#: without its glued title, a handle's full name, the co-authors).
MAX_OTHER_SOURCES = 30
_HANDLE_PARTS = re.compile(r"[._\-]+")

_Proposal = tuple[Provenance, tuple[str, ...]]


def _proposals(
    head: HeadTags,
    articles: list[LdArticle],
    bylines: list[HtmlElement],
    sites: Sequence[str],
    site_keys: set[str],
) -> Iterator[_Proposal]:
    """Every source's names, strongest source first (see the module doc);
    sources that name nobody are skipped."""
    for article in articles:
        names: list[str] = []
        for person in article.authors:
            # A JSON-LD Person is a person even when the host name bears
            # their name (a personal blog), but not when it is the name the
            # site declares for itself.
            names += [
                n
                for n in names_in(person, (), single=True, declared=True)
                if n not in names and not _is_the_site(n, site_keys)
            ]
        if names:
            yield Provenance(Origin.JSON_LD, "json-ld:author", Strength.DECLARED), tuple(names)
    for key in AUTHOR_META:
        names = []
        for value in head.meta.get(key, ()):
            # Not taken "as written" like a JSON-LD Person: author meta tags
            # often hold the organisation ("Bund der ... e.V.") or a handle.
            names += [n for n in names_in(value, sites, single=True) if n not in names]
        if names:
            yield Provenance(Origin.META, f"meta:{key}", Strength.DECLARED), tuple(names[:MAX_NAMES])
    names = []
    for value in _twitter_written_by(head):
        names += [n for n in names_in(value, sites, single=True) if n not in names]
    if names:
        yield Provenance(Origin.META, "meta:twitter:data", Strength.DECLARED), tuple(names)
    organisations = [_squashed(o) for a in articles for o in a.organisations]
    for source, text in _visible_bylines(bylines):
        # A byline element that holds one capitalised word ("von Heiko") names
        # its author by first name, as blogs do.  A name that is part of the
        # organisation the JSON-LD declares as author is that organisation
        # ("Autor: Gelbe Liste" for the author "Redaktion Gelbe Liste").
        found = names_in(
            text,
            sites,
            single=source in _STRUCTURED or _one_word_byline(text),
            declared=source in _DECLARED,
        )
        found = [n for n in found if not any(_squashed(n) in o for o in organisations)]
        if found:
            yield Provenance(Origin.ELEMENT, source, Strength.DECLARED), tuple(found)


def _is_handle(name: str) -> bool:
    """An account name rather than a written-out name: one word, all lower
    case or joined by dots, underscores or hyphens ("jane.roe", "janeroe")."""
    return " " not in name and (name.islower() or _HANDLE_PARTS.search(name) is not None)


def _full_form(name: str, other: str) -> bool:
    """``other`` is ``name`` written out: the same person without a glued
    title or suffix ("Sam Okafor" in "Tech Insider Sam Okafor"), the full
    name of a first name ("Timo Brandtner" for "Timo") or of a handle ("Jane
    Roe" for "janeroe" or "jane.roe")."""
    short, long_ = other.split(), name.split()
    if 2 <= len(short) < len(long_) and not _FINAL_INITIAL.search(other.rstrip(".")):
        # ("Morgan T." is a cut-off "Morgan T. Ashdown", not its clean form.)
        n = len(short)
        return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))
    if len(long_) == 1 and 2 <= len(short) <= 3 and short[0] == name and looks_like_name(other):
        return True  # a first name written out ("Timo" -> "Timo Brandtner")
    if _is_handle(name) and len(short) >= 2 and looks_like_name(other):
        parts = [p for p in _HANDLE_PARTS.split(name.casefold()) if p]
        return _squashed(name) == _squashed(other) or (
            len(parts) >= 2 and parts == [t.casefold().strip(".") for t in short]
        )
    return False


def _refined(chosen: _Proposal, others: Iterable[_Proposal]) -> _Proposal:
    """The chosen names, each in its cleanest form another source prints
    (without a glued title; a handle written out), or the fuller list of
    another source that names every chosen person and more (co-authors a
    JSON-LD object leaves out)."""
    source, names = chosen
    keys = {norm(n) for n in names}
    forms = list(names)
    refined_by: Provenance | None = None
    for other, found in itertools.islice(others, MAX_OTHER_SOURCES):
        other_keys = [norm(n) for n in found]
        if other.origin is Origin.META and len(other_keys) > len(keys) and keys <= set(other_keys):
            # Only an author tag's list: a visible credit that names more
            # people is as often a teaser's or a photographer's.
            return other.confirmed(source), found
        for i, name in enumerate(forms):
            better = next((f for f in found if f != name and _full_form(name, f)), None)
            if better is not None:
                forms[i] = better
                refined_by = other
    if refined_by is None:
        return chosen
    return refined_by.confirmed(source), tuple(dict.fromkeys(forms))


def choose_authors(
    head: HeadTags,
    articles: list[LdArticle],
    bylines: list[HtmlElement],
    sites: Sequence[str],
    declared_sites: Sequence[str] = (),
) -> Candidate[tuple[str, ...]] | None:
    """The people the page names as authors, strongest source first; ``None``
    when no source names a person.  ``declared_sites`` are the names of the
    organisations that publish the page (the JSON-LD publisher when it is an
    Organization): a JSON-LD "Person" by one of those names that is not
    shaped like a person's name is the site, not a person.  (og:site_name
    is not one: on a personal blog it is the author's name.)  The chosen
    names are then refined from the other sources (see :func:`_refined`)."""
    site_keys = {_squashed(s) for s in declared_sites if s}
    found = _proposals(head, articles, bylines, sites, site_keys)
    first = next(found, None)
    if first is None:
        return None
    source, names = _refined(first, found)
    return Candidate(names, source)


#: A desk's, agency's or account's credit is short ("Redaktion", "HLNF Staff
#: Report", "Staff and news service reports"); more words are a sentence or
#: a list of something else.
MAX_CREDIT_WORDS = 5
#: A credit's parts ("AFP/The Local", "dpa/lno").
_CREDIT_PARTS = re.compile(r"\s*/\s*")
#: A credit ends at the first comma or semicolon (a place or a role follows:
#: "hessenschau.de, Frankfurt"), and at the preposition of a date ("Miami
#: Today on", "Redaktion am Samstag").
_CREDIT_END = re.compile(r"\s*[,;].*$|\s+(?:on|am|le|el|il|op)(?:\s.*)?$", re.IGNORECASE)
#: A domain name ("katholisch.at", "www.w-commerce.de").
_DOMAIN = re.compile(r"\w\.(?-i:[a-z]{2,4})\b", re.IGNORECASE)
#: Legal forms that end a company's name.  An author tag that holds one
#: names the company behind the site, a default, not a credit.
_LEGAL_FORMS = frozenset({"gmbh", "mbh", "e.v", "e. v", "ltd", "inc", "llc", "corp", "plc", "ag", "kg", "ug"})


@cache
def _stopwords() -> frozenset[str]:
    """Every rule language's stopwords: a one-word credit that is one ("the",
    "und") is the start of a sentence, not a desk's name."""
    found: set[str] = set()
    for lang in available_languages():
        found |= {str(w).casefold() for w in load_table(lang, "language").get("stopwords", ())}
    return frozenset(found)


def credit_in(raw: str, sites: Sequence[str] = (), *, shown: bool = False) -> str | None:
    """The credit an author value gives when it names no person: a desk, an
    agency, an organisation or an account ("Redaktion", "HLNF Staff Report",
    "AFP/The Local", "jane_roe"), as written, without its label, date and
    clutter.  ``None`` for a placeholder ("admin", "Unknown"), page
    furniture, a URL, a sentence, or, with ``sites``, a value that is the
    site's own name (an author tag that repeats the site says nobody wrote
    it), unless an agency is credited with it ("AFP/The Local").

    ``shown`` values are printed on the page (after a byline label): one
    that starts with a stopword is prose ("von der linearen ...", "by the
    way").  Values the page only declares (JSON-LD, meta tags)
    must not hold a domain or a company's legal form: those are the site's
    operator, written into every page."""
    text = clean(_INVISIBLE.sub("", raw))
    if not text or len(text) > MAX_BYLINE_CHARS or _URLISH.search(text):
        return None
    label, cut = _labels()
    text = _OTHER_CREDIT.sub("", _PARENS.sub(" ", text))
    text = label.sub("", _after_dated_label(text, label), count=1)
    for pattern in (_TRAILING, _FROM_DIGIT, _date_words(), cut, _CREDIT_END):
        text = pattern.sub("", text)
    part = label.sub("", text.strip(" .:-–—|"), count=1).strip(" .:-–—|")
    text = _with_final_initial(text, part)
    words = text.split()
    people = _people()
    if not 1 <= len(words) <= MAX_CREDIT_WORDS or not text[0].isalnum() or text[-1] in "!?":
        return None
    folded = text.casefold()
    if folded in people.not_credits or "admin" in folded or folded in _stopwords():
        return None
    tokens = [w.casefold().strip(".,:;()") for w in words]
    if any(t in people.furniture_words for t in tokens):
        return None
    if shown and tokens[0] in _stopwords():
        return None
    if not shown and (_DOMAIN.search(text) or any(t in _LEGAL_FORMS for t in tokens) or "e. v" in folded):
        return None
    keys = {_squashed(s) for s in sites if s}
    parts = _CREDIT_PARTS.split(text)
    if any(_squashed(p) in keys for p in parts) and not any(is_agency(p) for p in parts):
        return None
    return text


def choose_credit(
    head: HeadTags, articles: list[LdArticle], bylines: list[HtmlElement], sites: Sequence[str]
) -> Candidate[str] | None:
    """The credit the page declares for a story no person is named for: the
    desk, agency, organisation or account in its JSON-LD ``author``, its
    author meta tags, or a visible credit the page marks as one (a byline
    label before it, ``rel=author``, ``itemprop=author``, an hCard name).
    For :attr:`Article.byline` only: it is never one of the authors, who are
    people (see :func:`choose_authors`)."""
    for article in articles:
        for value in (*article.authors, *article.organisations):
            found = credit_in(value, sites)
            if found:
                return Candidate(found, Provenance(Origin.JSON_LD, "json-ld:author", Strength.DECLARED))
    for key in AUTHOR_META:
        for value in head.meta.get(key, ()):
            found = credit_in(value, sites)
            if found:
                return Candidate(found, Provenance(Origin.META, f"meta:{key}", Strength.DECLARED))
    for value in _twitter_written_by(head):
        found = credit_in(value, sites)
        if found:
            return Candidate(found, Provenance(Origin.META, "meta:twitter:data", Strength.DECLARED))
    label, _ = _labels()
    for source, text in _visible_bylines(bylines):
        if source in _STRUCTURED or label.match(_after_dated_label(clean(text), label)):
            found = credit_in(text, shown=True)
            if found:
                return Candidate(found, Provenance(Origin.ELEMENT, source, Strength.DECLARED))
    return None
