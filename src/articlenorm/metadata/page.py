"""Language, canonical URL and site names declared by an HTML page."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from ..provenance import CALLER, Candidate, Origin, Provenance, Strength
from ..textutil import clean
from .head import HeadTags
from .jsonld import LdArticle

__all__ = ["choose_language", "choose_url", "site_names"]

_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{2,8})*$")
#: Declared codes that name no language.
_NOT_LANGUAGES = frozenset({"und", "mul", "zxx", "xx"})


def _code(value: str | None) -> str | None:
    m = _LANG.match(clean(value))
    if not m:
        return None
    code = m.group(1).casefold()
    return None if code in _NOT_LANGUAGES else code


def _declared(origin: Origin, name: str, value: str) -> Candidate[str]:
    return Candidate(value, Provenance(origin, name, Strength.DECLARED))


def choose_language(head: HeadTags, articles: list[LdArticle]) -> Candidate[str] | None:
    """The ISO 639 code the page declares, if any."""
    code = _code(head.lang)
    if code:
        return _declared(Origin.HTML_LANG, "html-lang", code)
    found = head.first("http-equiv:content-language", "content-language", "dc.language", "language")
    if found and (code := _code(found[1].split(",")[0])):
        return _declared(Origin.META, f"meta:{found[0]}", code)
    for article in articles:
        if code := _code(article.language):
            return _declared(Origin.JSON_LD, "json-ld:inLanguage", code)
    found = head.first("og:locale")
    if found and (code := _code(found[1])):
        return _declared(Origin.META, "meta:og:locale", code)
    return None


def _absolute(href: str, base: str | None) -> str | None:
    href = clean(href)
    if not href or href.startswith(("javascript:", "mailto:", "#", "data:")):
        return None
    if base and not urlsplit(href).scheme:
        href = urljoin(base, href)
    if href.startswith("//"):
        href = "https:" + href
    parts = urlsplit(href)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in href:
        return None
    return href


def choose_url(head: HeadTags, articles: list[LdArticle], url: str | None) -> Candidate[str] | None:
    """The page's canonical URL: ``<link rel=canonical>``, ``og:url``,
    JSON-LD ``url``, else the caller's URL.  Relative links are resolved
    against the caller's URL; a link that is still not an absolute http(s)
    URL is ignored."""
    og = head.first("og:url")
    base = url or (og[1] if og else None)
    tries: list[tuple[Origin, str, str | None]] = [(Origin.LINK, "link:canonical", head.canonical)]
    tries.append((Origin.META, "og:url", og[1] if og else None))
    tries += [(Origin.JSON_LD, "json-ld:url", a.url) for a in articles]
    for origin, name, value in tries:
        if value:
            absolute = _absolute(value, base)
            if absolute:
                return _declared(origin, name, absolute)
    return Candidate(url, CALLER) if url else None


def site_names(head: HeadTags, articles: list[LdArticle], url: str | None) -> list[str]:
    """Names the site goes by: og:site_name, application-name, the JSON-LD
    publisher, the Twitter account and the host name's main label."""
    names: list[str] = []
    for key in ("og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher"):
        for value in head.meta.get(key, ()):
            names.append(value.lstrip("@"))
    names += [a.publisher for a in articles if a.publisher]
    host = urlsplit(url).hostname if url else None
    if host:
        labels = [x for x in host.split(".") if x not in ("www", "m", "amp", "mobile")]
        if len(labels) >= 2:
            names.append(labels[-2] if len(labels[-2]) > 3 or len(labels) < 3 else labels[-3])
            names.append(".".join(labels[-2:]))
    return [n for n in dict.fromkeys(clean(n) for n in names) if n]
