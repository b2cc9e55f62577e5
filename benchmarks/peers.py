"""The peer extractors, called in-process: trafilatura (three settings) and jusText."""

from __future__ import annotations

import functools
from typing import Any

from benchmarks.textutil import declared_language, text_language

# ISO 639-1 code -> jusText stoplist name (languages seen in the dev sets and close ones).
_STOPLIST_NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "pt": "Portuguese",
    "ru": "Russian",
    "cs": "Czech",
    "sk": "Slovak",
    "da": "Danish",
    "sv": "Swedish",
    "no": "Norwegian_Bokmal",
    "nb": "Norwegian_Bokmal",
    "fi": "Finnish",
    "hu": "Hungarian",
    "tr": "Turkish",
    "ro": "Romanian",
    "el": "Greek",
    "uk": "Ukrainian",
    "bg": "Bulgarian",
    "hr": "Croatian",
    "sl": "Slovenian",
    "ca": "Catalan",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "et": "Estonian",
    "id": "Indonesian",
    "vi": "Vietnamese",
}
DEFAULT_STOPLIST = "German+English"


@functools.cache
def stoplist(name: str) -> frozenset[str]:
    """A jusText stoplist by name; ``German+English`` is the union of the two."""
    import justext

    if name == DEFAULT_STOPLIST:
        return frozenset(justext.get_stoplist("German")) | frozenset(justext.get_stoplist("English"))
    return frozenset(justext.get_stoplist(name))


def stoplist_for_page(markup: str, text_for_detection: str | None) -> str:
    """Stoplist name for a page: the declared ``<html lang>``, else the language
    langdetect finds in the page text, else ``German+English``."""
    code = declared_language(markup)
    if code not in _STOPLIST_NAMES and text_for_detection:
        code = text_language(text_for_detection)
    return _STOPLIST_NAMES.get(code or "", DEFAULT_STOPLIST)


def justext_body(markup: bytes | str, stoplist_name: str) -> str:
    """jusText's non-boilerplate paragraphs (default parameters), joined by blank lines."""
    import justext

    paragraphs = justext.justext(markup, stoplist(stoplist_name))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


TRAFILATURA_SETTINGS: dict[str, dict[str, Any]] = {
    "default": {},
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
}


def trafilatura_text(markup: bytes | str, url: str | None, setting: str) -> str:
    """``trafilatura.extract`` (txt output, otherwise default options) with one of
    :data:`TRAFILATURA_SETTINGS`; None becomes the empty string."""
    import trafilatura

    return trafilatura.extract(markup, url=url, **TRAFILATURA_SETTINGS[setting]) or ""


def trafilatura_metadata(markup: bytes | str, url: str | None) -> dict[str, str | None]:
    """Title, author and date from ``trafilatura.extract_metadata`` (default options)."""
    import trafilatura

    tree = trafilatura.load_html(markup)
    if tree is None:
        return {"title": None, "author": None, "date": None}
    doc = trafilatura.extract_metadata(tree, default_url=url)
    return {"title": doc.title, "author": doc.author, "date": doc.date}
