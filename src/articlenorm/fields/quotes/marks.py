"""Quotation marks: which characters open and close a quotation, and the spans.

Algorithm (one left-to-right pass per paragraph, linear in its length):

1. Every quotation-mark character is a candidate ``Mark`` with a *family*
   (double: ``“ ” „ ‟ "`` and doubled singles ``‘‘ ’’ `` ''``; single:
   ``‘ ’ ' ‚``; guillemets ``« »``; single guillemets ``‹ ›``) and the roles it
   may play, read from its neighbours ("flanking", as in Markdown's smart
   punctuation): a mark after a space or an opening bracket and before a
   letter may open; a mark after a letter or punctuation and before a space or
   punctuation may close.  Curly marks keep their natural role unless the
   flanking clearly says otherwise (German „…“, sloppy ”…”).  A straight or
   curly double mark right after a digit and before a word is an inch mark
   (a 12" screen); an apostrophe between letters or before a digit ('90s) is
   no mark.
2. A small stack matches marks: a mark that may close ends the innermost open
   quotation of its family (dropping unclosed ones inside it); a mark that may
   open starts one.  An opening mark of the family already open on top of the
   stack (“A. “B,”) closes the first quotation implicitly and opens a new one,
   the two being adjacent.  Only the outermost quotations become spans;
   nested ones stay inside their text.
   A paragraph holding more than ``MAX_MARKS`` marks is not prose and is
   skipped (a bounded regex count decides it).
3. Paragraph ends: a quotation still open continues into the next paragraph
   when that one begins with an opening mark of the same family (the
   newspaper convention for quotes running over several paragraphs).  An open
   quotation that does not continue is kept only when it began its paragraph
   (or continues one) and the paragraph ends a sentence; otherwise its mark
   is taken for a stray.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple

__all__ = ["MAX_MARKS", "Family", "Span", "find_spans", "is_prose"]


class Family(IntEnum):
    """Marks that pair with each other."""

    DOUBLE = 0
    SINGLE = 1
    GUILLEMET = 2
    SINGLE_GUILLEMET = 3


class Mark(NamedTuple):
    """A quotation-mark character (or pair) and the roles it may play."""

    pos: int
    size: int
    family: Family
    can_open: bool
    can_close: bool


@dataclass(frozen=True, slots=True)
class Span:
    """One run of quoted text inside one paragraph (paragraph-local offsets).

    ``start``/``end`` delimit the quoted words without marks or surrounding
    white space; ``open`` is the opening mark's offset and ``close`` the offset
    just after the closing mark (the paragraph's length when unclosed).
    ``continues``: the quotation goes on in the next paragraph; ``continued``:
    this span goes on from the previous paragraph.
    """

    paragraph: int
    open: int
    start: int
    end: int
    close: int
    family: Family
    closed: bool = True
    continues: bool = False
    continued: bool = False


#: A paragraph with more quotation marks than this is no prose (a data dump,
#: a wall of symbols): its marks are not read.  Real paragraphs hold tens; the
#: bound keeps a megabyte of marks from costing a per-mark pass in Python.
MAX_MARKS = 2000
# Two-character marks first, so that ‘‘ is one double mark, not two singles.
_MARK_RE = re.compile(r"‘‘|’’|``|''|[\"“”„‟«»‹›‘’'‚]")
# A run of four or more mark characters quotes nothing (decoration, debris);
# it is skipped whole, in one regex step.
_SCAN_RE = re.compile(r"(?P<run>[\"“”„‟«»‹›‘’'‚`]{4,})|‘‘|’’|``|''|[\"“”„‟«»‹›‘’'‚]")
_FAMILY = {
    '"': Family.DOUBLE,
    "“": Family.DOUBLE,
    "”": Family.DOUBLE,
    "„": Family.DOUBLE,
    "‟": Family.DOUBLE,
    "‘‘": Family.DOUBLE,
    "’’": Family.DOUBLE,
    "``": Family.DOUBLE,
    "''": Family.DOUBLE,
    "‘": Family.SINGLE,
    "’": Family.SINGLE,
    "'": Family.SINGLE,
    "‚": Family.SINGLE,
    "«": Family.GUILLEMET,
    "»": Family.GUILLEMET,
    "‹": Family.SINGLE_GUILLEMET,
    "›": Family.SINGLE_GUILLEMET,
}
_MARK_CHARS = frozenset("\"“”„‟«»‹›‘’'‚`")
# Characters after which a mark may open, and before which it may close.
_OPEN_BEFORE = frozenset("([{<—–-/") | _MARK_CHARS
_CLOSE_AFTER = frozenset(".,;:!?)]}>—–-/…") | _MARK_CHARS
_SENTENCE_END = frozenset(".!?…")
# Marks that, after a digit, measure inches rather than quote.
_INCH_MARKS = frozenset(['"', "”", "''", "’’"])


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _flanking(text: str, pos: int, size: int) -> tuple[bool, bool]:
    """(may open, may close) judged from the characters around a mark."""
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + size] if pos + size < len(text) else ""
    left = (_is_space(prev) or prev in _OPEN_BEFORE) and not _is_space(nxt)
    right = (_is_space(nxt) or nxt in _CLOSE_AFTER) and not _is_space(prev)
    return left, right


def _is_inch(text: str, pos: int, size: int) -> bool:
    """A double mark after a digit and before a word or hyphen: 12" screen, 5'10"."""
    if pos == 0 or not text[pos - 1].isdigit():
        return False
    nxt = text[pos + size : pos + size + 2]
    if not nxt:
        return False
    if nxt[0].isalnum() or nxt[0] in "-x×":
        return True
    return nxt[0] == " " and len(nxt) > 1 and (nxt[1].islower() or nxt[1].isdigit())


def _classify(text: str, pos: int, mark: str) -> Mark | None:
    """The roles a mark character may play here, or None when it is no mark."""
    size = len(mark)
    family = _FAMILY[mark]
    if mark in _INCH_MARKS and _is_inch(text, pos, size):
        return None
    left, right = _flanking(text, pos, size)
    if family is Family.SINGLE:
        return _classify_single(text, pos, mark, left, right)
    if mark in "„‟«‹":
        opens, closes = True, False
    elif mark in "“‘‘``":
        opens, closes = not (right and not left), right and not left
    elif mark in "”’’" or mark in "»›":
        opens, closes = left and not right, True
    else:  # straight " and '' : flanking decides; no flanking lets the stack decide
        opens, closes = (left, right) if left != right else (True, True)
    return Mark(pos, size, family, opens, closes)


def _classify_single(text: str, pos: int, mark: str, left: bool, right: bool) -> Mark | None:
    """Single marks double as apostrophes: only clearly flanking ones count."""
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    if prev.isalnum() and nxt.isalnum():
        return None  # don't, O'Brien, rock'n'roll
    if nxt.isdigit() or (prev.isdigit() and mark != "‘"):
        return None  # '90s, 5'10"
    if mark == "’":
        # Right after a letter it may close; at a word start it is an elision (’em).
        return Mark(pos, 1, Family.SINGLE, False, True) if right and not left else None
    if mark in "‘‚":
        return Mark(pos, 1, Family.SINGLE, not (right and not left), right and not left)
    if left != right:
        return Mark(pos, 1, Family.SINGLE, left, right)
    return None


def is_prose(text: str) -> bool:
    """False for a block with more than ``MAX_MARKS`` quotation marks.

    Counting stops at the bound, so the cost is one regex scan at most, and
    none for a block too short to hold that many marks (most paragraphs).
    """
    if len(text) <= MAX_MARKS:
        return True
    marks = _SCAN_RE.finditer(text)
    return next(itertools.islice(marks, MAX_MARKS, None), None) is None


def _marks(text: str) -> list[Mark]:
    """The candidate marks of a paragraph, in order (none for a non-prose block)."""
    # One bounded scan both counts the marks (see is_prose) and finds them.
    found = list(itertools.islice(_SCAN_RE.finditer(text), MAX_MARKS + 1))
    if len(found) > MAX_MARKS:
        return []
    marks = []
    for match in found:
        if match.lastgroup == "run":
            continue
        mark = _classify(text, match.start(), match.group())
        if mark is not None:
            marks.append(mark)
    return marks


def _opens_paragraph(text: str, family: Family) -> bool:
    """Whether ``text`` begins (after white space) with an opening mark of ``family``."""
    stripped = text.lstrip()
    match = _MARK_RE.match(stripped)
    if match is None:
        return False
    mark = _classify(stripped, 0, match.group())
    return mark is not None and mark.family is family and mark.can_open


@dataclass(slots=True)
class _Open:
    family: Family
    pos: int
    content: int
    continued: bool


class _ParagraphScan:
    """The stack matcher for one paragraph (see the module docstring)."""

    def __init__(self, index: int, text: str, continued: Family | None) -> None:
        self.index = index
        self.text = text
        self.continued = continued
        self.stack: list[_Open] = []
        self.spans: list[Span] = []

    def run(self, next_text: str | None) -> Family | None:
        """Scan; return the family of a quotation that goes on in the next paragraph."""
        for mark in _marks(self.text):
            self._feed(mark)
        if not self.stack:
            return None
        bottom = self.stack[0]
        if next_text is not None and _opens_paragraph(next_text, bottom.family):
            self._emit(bottom, len(self.text), len(self.text), closed=False, continues=True)
            return bottom.family
        starts_paragraph = not self.text[: bottom.pos].strip()
        ends_sentence = self.text.rstrip()[-1:] in _SENTENCE_END
        if (starts_paragraph or bottom.continued) and ends_sentence:
            self._emit(bottom, len(self.text), len(self.text), closed=False)
        return None

    def _feed(self, mark: Mark) -> None:
        if mark.can_close:
            for depth in range(len(self.stack) - 1, -1, -1):
                if self.stack[depth].family is mark.family:
                    opened = self.stack[depth]
                    del self.stack[depth:]
                    if depth == 0:
                        self._emit(opened, mark.pos, mark.pos + mark.size, closed=True)
                    return
        if not mark.can_open:
            return
        if self.stack and self.stack[-1].family is mark.family:
            # The same mark again before any close: an implicit close.
            opened = self.stack.pop()
            if not self.stack:
                self._emit(opened, mark.pos, mark.pos, closed=True)
        continued = (
            self.continued is mark.family
            and not self.spans
            and not self.stack
            and not self.text[: mark.pos].strip()
        )
        self.stack.append(_Open(mark.family, mark.pos, mark.pos + mark.size, continued))

    def _emit(self, opened: _Open, end: int, close: int, *, closed: bool, continues: bool = False) -> None:
        start = opened.content
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if not any(ch.isalnum() for ch in self.text[start:end]):
            return
        self.spans.append(
            Span(
                self.index, opened.pos, start, end, close, opened.family, closed, continues, opened.continued
            )
        )


def find_spans(paragraphs: Sequence[str]) -> list[Span]:
    """Every outermost quotation run in ``paragraphs``, in reading order."""
    spans: list[Span] = []
    carry: Family | None = None
    for index, text in enumerate(paragraphs):
        next_text = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        scan = _ParagraphScan(index, text, carry)
        carry = scan.run(next_text)
        spans.extend(scan.spans)
    return spans
