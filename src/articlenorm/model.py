"""The data model: blocks, verdicts and the canonical :class:`Article`.

Everything here is a frozen, slotted dataclass.  Sequences are tuples so an
``Article`` can be shared between threads, cached and hashed without copies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .provenance import Provenance

__all__ = [
    "Action",
    "Article",
    "Block",
    "BlockKind",
    "Caption",
    "Edit",
    "Quote",
    "Removal",
    "Role",
    "Verdict",
]


class BlockKind(StrEnum):
    """What a block is, as far as segmentation can tell."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list-item"
    QUOTE = "quote"
    CAPTION = "caption"
    TABLE = "table"
    CODE = "code"


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the input that cleaners judge: a paragraph, a line, a list item.

    ``start``/``end`` are character offsets into the decoded, encoding-repaired
    text the block came from (plain-text input), or ``None`` when the block was
    produced by HTML extraction.  ``group`` numbers the source paragraph a
    line belongs to (lines with no blank line between them share a group).
    ``hints`` carries lower-cased HTML signals (tag name, class/id tokens).
    ``roles`` are the fields segmentation proposes the block may fill (it
    repeats the page's headline, or sits in a ``<figure>`` caption); a
    cleaner decides.
    """

    index: int
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    start: int | None = None
    end: int | None = None
    group: int = 0
    hints: frozenset[str] = frozenset()
    link_density: float = 0.0
    roles: frozenset[Role] = frozenset()


class Action(StrEnum):
    """What a verdict does to its block."""

    #: The block is clutter: it leaves the article.
    DROP = "drop"
    #: The block is a field (headline, byline, date, caption): it leaves the body.
    CLAIM = "claim"
    #: The block stays, with new text (e.g. markup stripped).
    EDIT = "edit"


class Role(StrEnum):
    """The field a claimed block fills."""

    HEADLINE = "headline"
    BYLINE = "byline"
    DATE = "date"
    #: A last-modified date (an update stamp a cleaner dropped proposes it).
    MODIFIED = "modified"
    CAPTION = "caption"


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption with its credit (``credit`` is ``None`` when none is given)."""

    text: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """A cleaner's judgement of one block.

    Build them with :meth:`drop`, :meth:`claim` and :meth:`edit`.  The pipeline
    fills in ``cleaner`` and ``family``; a cleaner only names its ``rule`` and
    gives a human ``reason``.
    """

    block: int
    action: Action
    rule: str
    reason: str
    role: Role | None = None
    #: For CLAIM: the parsed field value (str or Caption).  For EDIT: the new
    #: text.  For DROP with a ``role``: a value the dropped block proposes.
    value: str | Caption | None = None
    cleaner: str = ""
    family: str = ""

    @classmethod
    def drop(
        cls, block: Block | int, rule: str, reason: str, *, proposes: tuple[Role, str] | None = None
    ) -> Verdict:
        """Drop ``block``; ``proposes`` offers a weak value for a field read
        from the dropped block (the name in an author box at the end), which
        :mod:`articlenorm.decide` may use when nothing better is found."""
        if proposes is None:
            return cls(_index(block), Action.DROP, rule, reason)
        return cls(_index(block), Action.DROP, rule, reason, role=proposes[0], value=proposes[1])

    @classmethod
    def claim(cls, block: Block | int, role: Role, value: str | Caption, rule: str, reason: str) -> Verdict:
        return cls(_index(block), Action.CLAIM, rule, reason, role=role, value=value)

    @classmethod
    def edit(cls, block: Block | int, text: str, rule: str, reason: str) -> Verdict:
        return cls(_index(block), Action.EDIT, rule, reason, value=text)


def _index(block: Block | int) -> int:
    return block if isinstance(block, int) else block.index


@dataclass(frozen=True, slots=True)
class Removal:
    """A block that left the body, who took it and why.

    ``role`` is set when the block left the body to fill a field (a caption, the
    headline ...) rather than being dropped as clutter.
    """

    block: int
    text: str
    cleaner: str
    family: str
    rule: str
    reason: str
    role: Role | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "block": self.block,
            "text": self.text,
            "cleaner": self.cleaner,
            "family": self.family,
            "rule": self.rule,
            "reason": self.reason,
            "role": self.role.value if self.role else None,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Edit:
    """A change to kept text.  ``block`` is ``None`` for whole-input steps
    (encoding repair), whose ``rule`` is then ftfy's ``action:parameter``."""

    block: int | None
    cleaner: str
    family: str
    rule: str
    reason: str
    before: str | None = None
    after: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "block": self.block,
            "cleaner": self.cleaner,
            "family": self.family,
            "rule": self.rule,
            "reason": self.reason,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation in the body.

    ``paragraph`` indexes :attr:`Article.paragraphs`; ``start``/``end`` are
    character offsets into :attr:`Article.body` of the quoted text (without the
    quotation marks).  ``speaker`` is the fullest name the article gives for the
    speaker; ``speaker_mention`` the words used at the attribution ("she",
    "Mr. Lavrov").  ``partial`` marks a few quoted words inside a sentence.
    """

    text: str
    speaker: str | None
    speaker_mention: str | None
    paragraph: int
    start: int
    end: int
    partial: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "partial": self.partial,
        }


#: The output schema's version (docs/schema.md lists what changed in each).
#: 2: ``title`` (the declared title) and ``modified`` (the last-modified
#: date) added; ``provenance`` may name them; ``date`` is the publication date.
SCHEMA_VERSION = "2"


@dataclass(frozen=True, slots=True)
class Article:
    """The canonical article.  Build it with :func:`articlenorm.normalize`.

    ``body`` is ``"\\n\\n".join(paragraphs)``.  ``removed`` and ``edits`` are
    only filled when ``normalize(..., explain=True)`` is asked for.
    ``provenance`` maps a field name to the typed
    :class:`~articlenorm.provenance.Provenance` of its value; ``to_dict()``
    renders each as a string (``{"headline": "og:title", "date":
    "json-ld:datePublished"}``).  It is read-only by convention and left out
    of the hash.

    ``date`` is the publication date and ``modified`` the last-modified
    date (never before ``date``); ``headline`` is the article's visible
    heading and ``title`` the title the page declares (og:title, else
    ``<title>``) as written, ``None`` in text mode.
    """

    headline: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    modified: str | None = None
    title: str | None = None
    paragraphs: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    quotes: tuple[Quote, ...] = ()
    language: str | None = None
    language_confidence: float | None = None
    url: str | None = None
    source_format: str = "text"
    encoding: str | None = None
    provenance: dict[str, Provenance] = field(default_factory=dict, hash=False)
    removed: tuple[Removal, ...] = ()
    edits: tuple[Edit, ...] = ()

    @property
    def body(self) -> str:
        """The paragraphs joined by one blank line, made on each access (a
        stored copy of the whole text was the largest object of a long
        article; keep the value if you read it in a loop)."""
        return "\n\n".join(self.paragraphs)

    def to_text(self) -> str:
        """The article as plain text: headline, a blank line, the body.

        This is the canonical text form: ``normalize(a.to_text())`` gives back
        the same headline and body.
        """
        parts = [self.headline] if self.headline else []
        if self.body:
            parts.append(self.body)
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (see ``docs/schema.md`` for every key)."""
        return {
            "schema": SCHEMA_VERSION,
            "headline": self.headline,
            "byline": self.byline,
            "authors": list(self.authors),
            "date": self.date,
            "modified": self.modified,
            "title": self.title,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "captions": [{"text": c.text, "credit": c.credit} for c in self.captions],
            "quotes": [q.to_dict() for q in self.quotes],
            "language": self.language,
            "language_confidence": self.language_confidence,
            "url": self.url,
            "source_format": self.source_format,
            "encoding": self.encoding,
            "provenance": {name: str(p) for name, p in self.provenance.items()},
            "removed": [r.to_dict() for r in self.removed],
            "edits": [e.to_dict() for e in self.edits],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as JSON text (UTF-8 characters kept, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
