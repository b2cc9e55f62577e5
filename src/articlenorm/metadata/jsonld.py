"""schema.org JSON-LD: the article object a page describes itself with.

Pages embed one or more ``<script type="application/ld+json">`` blocks; the
article is the object whose ``@type`` is an article type, found at the top
level, in a list, or in an ``@graph``.  Broken JSON is common (trailing
commas, raw newlines inside strings, HTML comments around the script); the
parser repairs those three and skips a block it still cannot read: JSON-LD is
one metadata source among several, so an unreadable block is not an error.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["LdArticle", "read_json_ld", "read_json_ld_pages"]

#: schema.org types that describe a news article or blog post (and their
#: subtypes found on news sites).  WebPage is not here: its ``name`` is the
#: page title with the site name, and its dates are the page's.
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
        "techarticle",
        "scholarlyarticle",
        "review",
    }
)
#: Types of the page object itself; only its dates are read (the weakest
#: declared dates: on a page without an article object they are the post's).
PAGE_TYPES = frozenset({"webpage", "itempage"})
#: Types whose ``name`` is a person; anything else named as author (an
#: Organization, a WebSite) is a publisher, not a person.
PERSON_TYPES = frozenset({"person"})
#: A JSON-LD block larger than this is a data dump (product feeds, whole
#: listings), not page metadata; reading it would cost more than it gives.
MAX_SCRIPT_CHARS = 200_000
#: Comment and CDATA wrappers pages put around the JSON (``<!-- ... -->``,
#: ``//<![CDATA[ ... //]]>``).
_WRAPPER_START = re.compile(r"^(?:\s*(?://\s*)?(?:<!--|<!\[CDATA\[))+\s*")
_WRAPPER_END = re.compile(r"\s*(?:(?://\s*)?(?:-->|\]\]>)\s*)+$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")


@dataclass(frozen=True, slots=True)
class LdArticle:
    """The fields articlenorm reads from a JSON-LD article object."""

    type: str
    headline: str | None = None
    authors: tuple[str, ...] = ()  # people only
    organisations: tuple[str, ...] = ()  # authors that are organisations
    date_published: str | None = None
    date_created: str | None = None
    date_modified: str | None = None
    language: str | None = None
    url: str | None = None
    publisher: str | None = None
    #: The publisher is typed as an organisation (not a Person, not untyped).
    publisher_is_organisation: bool = False


def _loads(raw: str) -> Any:
    text = _WRAPPER_START.sub("", raw.strip(), count=1)
    text = _WRAPPER_END.sub("", text, count=1)
    try:
        return json.loads(text)
    except ValueError:
        pass
    repaired = _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))
    try:
        return json.loads(repaired)
    except ValueError:
        return None


def _objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every dict at the top, in lists and in ``@graph`` (not deeper: nested
    objects are an article's parts, e.g. its ``publisher``)."""
    if depth > 3:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _objects(graph, depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, dict):
            yield from _objects(main, depth + 1)


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return [str(x).rsplit("/", 1)[-1].casefold() for x in items if isinstance(x, str)]


def _string(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("@id") or value.get("url")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    if "&" in value and ";" in value:
        # JSON in a <script> is not HTML-decoded by the parser, yet CMSs
        # (WordPress SEO plugins) write HTML entities into it: "&#8211;".
        value = html.unescape(value)
    value = " ".join(value.split())
    return value or None


def _people(value: Any, ids: dict[str, dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(people, organisations) named by an ``author`` value.  An author given
    as a reference (``{"@id": ...}``, the form Yoast/WordPress graphs use) is
    looked up among the page's objects by its ``@id``."""
    people: list[str] = []
    orgs: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = ids.get(item["@id"], item)
        if isinstance(item, str):
            name = _string(item)
            if name:
                people.append(name)
        elif isinstance(item, dict):
            name = _string(item.get("name")) if "name" in item else None
            if not name:
                given, family = _string(item.get("givenName")), _string(item.get("familyName"))
                name = " ".join(p for p in (given, family) if p) or None
            if not name:
                continue
            types = _types(item)
            if not types or any(t in PERSON_TYPES for t in types):
                people.append(name)
            else:
                orgs.append(name)
    return people, orgs


def _article(obj: dict[str, Any], kind: str, ids: dict[str, dict[str, Any]]) -> LdArticle:
    people, orgs = _people(obj.get("author") or obj.get("creator"), ids)
    publisher = obj.get("publisher")
    url = obj.get("url") or obj.get("mainEntityOfPage")
    return LdArticle(
        type=kind,
        headline=_string(obj.get("headline")) or _string(obj.get("name")),
        authors=tuple(people),
        organisations=tuple(orgs),
        date_published=_string(obj.get("datePublished")),
        date_created=_string(obj.get("dateCreated")),
        date_modified=_string(obj.get("dateModified")),
        language=_string(obj.get("inLanguage")),
        url=_string(url),
        publisher=_string(publisher.get("name")) if isinstance(publisher, dict) else _string(publisher),
        publisher_is_organisation=isinstance(publisher, dict)
        and any(t not in PERSON_TYPES for t in _types(publisher)),
    )


def read_json_ld(scripts: list[HtmlElement]) -> list[LdArticle]:
    """The article objects of the JSON-LD ``scripts``, in page order."""
    return read_json_ld_pages(scripts)[0]


def read_json_ld_pages(scripts: list[HtmlElement]) -> tuple[list[LdArticle], list[LdArticle]]:
    """``(articles, pages)``: the article objects and the WebPage objects of
    the JSON-LD ``scripts``, each in page order."""
    objects: list[dict[str, Any]] = []
    for script in scripts:
        raw = script.text or ""
        if raw.strip() and len(raw) <= MAX_SCRIPT_CHARS:
            objects.extend(_objects(_loads(raw)))
    ids = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}
    found: list[LdArticle] = []
    pages: list[LdArticle] = []
    for obj in objects:
        types = _types(obj)
        kinds = [t for t in types if t in ARTICLE_TYPES]
        if kinds:
            found.append(_article(obj, kinds[0], ids))
        elif any(t in PAGE_TYPES for t in types):
            pages.append(
                LdArticle(
                    type="webpage",
                    date_published=_string(obj.get("datePublished")),
                    date_modified=_string(obj.get("dateModified")),
                )
            )
    return found, pages
