"""The shape of a language pack (see :mod:`articlenorm.testing.packs`).

Templates use ``str.format`` fields.  Story templates may use ``{org}``
(a sentence subject), ``{obj}`` (an object phrase that fits every template
using it), ``{place}``, ``{person}`` (a full name), ``{num}``, ``{day}``
(a weekday phrase that fits the template), ``{when}`` (a date phrase inside
a sentence) and ``{role}``.  Clutter lines may use ``{link}`` (a teaser
headline), ``{url}``, ``{name}``, ``{email}``, ``{num}`` and ``{site}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["LangPack"]


@dataclass(frozen=True)
class LangPack:
    """Everything language-specific the generators need."""

    code: str
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    places: tuple[str, ...]
    orgs: tuple[str, ...]
    objects: tuple[str, ...]
    statements: tuple[str, ...]
    roles: tuple[str, ...]
    quotes: tuple[str, ...]
    #: '{open}{quote}{close}, said {person}.' -- {open}/{close} are the marks.
    quote_frames: tuple[str, ...]
    quote_marks: tuple[tuple[str, str], ...]
    #: Genuine prose that uses words clutter uses too (share, donate, reporter ...).
    tricky: tuple[str, ...]
    subheadings: tuple[str, ...]
    headlines: tuple[str, ...]
    captions: tuple[str, ...]
    #: '{text} Photo: {credit}' -- the caption text, then how the credit is printed.
    caption_forms: tuple[str, ...]
    agencies: tuple[str, ...]
    #: 'By {name}' -- the byline is {name} (or 'A and B' with {name2}).
    byline_forms: tuple[str, ...]
    two_names: str
    months: tuple[str, ...]
    #: Date-line templates: {d} {dd} {mm} {month} {y} {hh} {mi}; a '*' first
    #: marks a form that carries the time (the expected date is then a date-time).
    date_forms: tuple[str, ...]
    #: Date phrases inside a sentence ("on March 3").
    when_forms: tuple[str, ...]
    weekdays: tuple[str, ...]
    #: family -> pieces; a piece is a tuple of lines.
    clutter: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    sites: tuple[str, ...] = ("example.com", "news.example.org")
