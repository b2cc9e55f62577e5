"""The page's own declarations: ``<meta>`` tags, ``<title>``, ``<html lang>``
and ``<link rel=canonical>``, read in one pass over the parsed tree."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .scan import PageScan

__all__ = ["HeadTags", "read_head"]

#: Meta values longer than this are not titles, names or dates (they are
#: descriptions or serialized data) and are not kept.
MAX_META_CHARS = 1000


@dataclass(slots=True)
class HeadTags:
    """``meta`` maps a lower-cased ``name``/``property``/``itemprop`` (itemprop
    keys are prefixed ``itemprop:``) to its ``content`` values in page order."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    title: str | None = None
    lang: str | None = None
    canonical: str | None = None

    def first(self, *keys: str) -> tuple[str, str] | None:
        """``(key, value)`` of the first key in ``keys`` that has a value."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return key, values[0]
        return None


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def read_head(scan: PageScan) -> HeadTags:
    head = HeadTags()
    for el in scan.metas:
        content = _clean(el.get("content"))
        if not content or len(content) > MAX_META_CHARS:
            continue
        keys = [el.get("property"), el.get("name")]
        itemprop = el.get("itemprop")
        if itemprop:
            keys.append("itemprop:" + itemprop)
        http_equiv = el.get("http-equiv")
        if http_equiv:
            keys.append("http-equiv:" + http_equiv)
        for key in keys:
            if key:
                for part in key.split():  # property="og:title twitter:title"
                    head.meta.setdefault(part.casefold(), []).append(content)
    if scan.title is not None:
        head.title = _clean(scan.title.text_content()) or None
    root = scan.elements[0] if scan.elements else None
    if root is None:
        return head
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or root.get("xml:lang")
    head.lang = _clean(lang) or None
    for link in scan.links:
        rel = (link.get("rel") or "").casefold().split()
        if "canonical" in rel and link.get("href"):
            head.canonical = _clean(link.get("href"))
            break
    return head
