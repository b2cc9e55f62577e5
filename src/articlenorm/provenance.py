"""Where a field's value came from, as data.

Segmentation, page metadata and cleaners only *propose* values for the
article's fields; :mod:`articlenorm.decide` chooses among the proposals, one
function per field.  Every proposal is a :class:`Candidate`: the value and a
:class:`Provenance` saying what kind of source gave it (:class:`Origin`), the
source's own name for it (``"og:title"``, a rule name, ``"h1"``) and how much
that kind of source is trusted (:class:`Strength`).  Decisions read
``origin`` and ``strength``; no code parses the rendered string, which exists
only for the JSON output and the report (``str(provenance)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Generic, TypeVar

__all__ = ["CALLER", "Candidate", "Origin", "Provenance", "Strength"]

T = TypeVar("T")


class Origin(StrEnum):
    """The kind of source a value was read from."""

    #: A JSON-LD property (``name`` is ``"json-ld:<property>"``).
    JSON_LD = "json-ld"
    #: A ``<meta>`` tag (``"og:title"``, ``"meta:author"``).
    META = "meta"
    #: A ``<link>`` element (``"link:canonical"``).
    LINK = "link"
    #: The ``<title>`` element.
    TITLE_TAG = "title"
    #: A visible heading element (``"h1"``, ``"headline-element"``, ``"h2"``).
    HEADING = "heading"
    #: The heading printed right above the article's first paragraph.
    LAYOUT = "layout"
    #: The page shows the value as a line of its own (only ever a confirmation).
    LINE = "line"
    #: A ``<time>`` element marked as the publication time.
    TIME = "time"
    #: A byline element of the page (``rel=author``, ``itemprop=author``, a byline class).
    ELEMENT = "element"
    #: The ``lang`` attribute of ``<html>``.
    HTML_LANG = "html-lang"
    #: A date in the page's URL path.
    URL = "url"
    #: htmldate's guess from the whole page.
    HTMLDATE = "htmldate"
    #: A block of the text that a cleaner claimed (``name`` is the rule).
    BLOCK = "block"
    #: The caller passed it (``normalize(..., url=...)``).
    CALLER = "caller"
    #: A language detector read it from the text (``"stopwords"``, ``"langdetect"``).
    DETECTOR = "detector"


class Strength(IntEnum):
    """How far a value of this provenance is trusted, weakest first."""

    #: A last resort: a ``<title>`` or lone ``<h1>`` nothing confirms, a date in
    #: the URL, htmldate.  A value read from the text beats it.
    GUESS = 1
    #: Read from the text or the layout by a rule (a claimed block, the heading
    #: above the text, a detected language).
    INFERRED = 2
    #: Declared by the page for machines (JSON-LD, meta tags, ``<time>``,
    #: byline markup) or by the caller.
    DECLARED = 3
    #: Declared and also shown on the page (``h1`` matching ``og:title``).
    CONFIRMED = 4


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one value came from (see the module doc).

    ``confirmed_by`` names a second source that agrees (a heading confirmed by
    a declared title renders ``"h1=og:title"``); ``overrides`` a source this
    one was preferred to (a URL date one day from a UTC time stamp renders
    ``"url~json-ld:datePublished"``).
    """

    origin: Origin
    name: str
    strength: Strength
    confirmed_by: Provenance | None = None
    overrides: Provenance | None = None

    def __str__(self) -> str:
        own = f"block:{self.name}" if self.origin is Origin.BLOCK else self.name
        if self.confirmed_by is not None:
            own = f"{own}={self.confirmed_by}"
        if self.overrides is not None:
            own = f"{own}~{self.overrides}"
        return own

    def confirmed(self, by: Provenance) -> Provenance:
        """This provenance, confirmed by ``by``."""
        return Provenance(self.origin, self.name, Strength.CONFIRMED, by, self.overrides)

    @classmethod
    def block(cls, rule: str) -> Provenance:
        """A value a cleaner claimed from a block by ``rule``."""
        return cls(Origin.BLOCK, rule, Strength.INFERRED)


#: A value the caller passed to ``normalize()`` (the page's URL).
CALLER = Provenance(Origin.CALLER, "caller", Strength.DECLARED)


@dataclass(frozen=True, slots=True)
class Candidate(Generic[T]):
    """A proposed value for a field, with its provenance (and the proposer's
    confidence, where it gives one: a language detector's probability)."""

    value: T
    provenance: Provenance
    confidence: float | None = None

    @property
    def strength(self) -> Strength:
        return self.provenance.strength
