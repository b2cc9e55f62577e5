"""Context-free judgement of one text line of a page dump (jusText's first stage,
without the DOM).

Each line gets a :class:`LineClass`: GOOD (long, grammatical prose), NEAR
(medium prose, or a heading right above prose), SHORT (too short to judge
alone) or BAD (menus, footers, runs of link-like titles, low function-word
density), with the rule name that decided it.  Lines produced by table
layouts (a menu cell and an article cell side by side, separated by a run of
spaces) are judged by their best cell; see :func:`cells`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cache

from ..lexicon import Prepared, Rule, load_table, rule_index
from ..textutil import ends_sentence, has_bullet, is_title_like, is_url, strip_bullet, words
from .boilerplate_rules import Thresholds

__all__ = ["Line", "LineClass", "cells", "classify", "stopwords_for"]


class LineClass(IntEnum):
    """jusText's four classes, ordered so that ``max`` picks the better one."""

    BAD = 0
    SHORT = 1
    NEAR = 2
    GOOD = 3


@dataclass(slots=True)
class Line:
    """One live block of the document with the statistics the cleaner uses."""

    pos: int  # position among doc.blocks
    text: str  # the judged text (the best cell of a multi-column line)
    n_words: int
    chars: int
    stop_density: float | None  # None: no stopword list for the language
    ends: bool
    title: bool
    cls: LineClass = LineClass.SHORT
    rule: str = ""
    reason: str = ""  # a phrase rule's own reason, when one decided
    link_like: bool = False
    keep_cells: tuple[str, ...] = field(default_factory=tuple)  # cells to keep when the line is kept
    side_cells: tuple[Line, ...] = field(default_factory=tuple)  # the other cells, judged


@cache
def stopwords_for(language: str | None) -> frozenset[str]:
    """The cleaner's stopword list for ``language`` (``rules/<lang>/boilerplate.toml``),
    or empty when the language has none (densities are then not used).

    Which language is the stopword vote's (:mod:`articlenorm.fields.stopvote`)
    over every word of the page: the pipeline's rule language reads only the
    longest blocks, and here the page's prose decides."""
    if not language:
        return frozenset()
    found = load_table(language, "boilerplate").get("stopwords")
    if isinstance(found, list) and found:
        return frozenset(str(w).casefold() for w in found)
    return frozenset()


def cells(text: str, gap: int) -> list[str]:
    """The cells of a table-layout line: parts separated by ``gap`` or more
    spaces, or a tab.

    A plain HTML-to-text converter renders layout tables side by side, so one
    text line can hold a menu item, an article paragraph and a sidebar teaser.
    Linear: the gap pattern matches a run of blanks at its first try.
    """
    if " " * gap not in text and "\t" not in text:
        return [text]
    out = [part.strip() for part in _gap_pattern(gap).split(text)]
    return [part for part in out if part] or [text.strip()]


@cache
def _gap_pattern(gap: int) -> re.Pattern[str]:
    return re.compile(rf"(?: {{{gap},}}|\t)[ \t]*")


def _separators(text: str) -> int:
    """How many menu separators (``|``, ``•``, ``·``, ``»``, `` / ``) a line holds."""
    return sum(text.count(s) for s in ("|", "•", "·", "»", "›", " / ", " - ", "::"))


def _unbullet(text: str) -> tuple[str, bool]:
    """``text`` without a list marker, and whether it had one.  Besides the
    shared bullets this knows the ``+`` and ``o`` markers text converters
    give nested list items."""
    found = False
    for _ in range(3):  # nested markers: "+ • What's new"
        if has_bullet(text):
            text, found = strip_bullet(text), True
        elif len(text) > 2 and text[0] in "+o" and text[1] == " ":
            text, found = text[2:].lstrip(), True
        else:
            break
    return text, found


def _judge(
    text: str, stops: frozenset[str], th: Thresholds, rules: tuple[Rule, ...], ws: Sequence[str] | None = None
) -> Line:
    body, bulleted = _unbullet(text)
    ws = words(body) if ws is None or body is not text else ws
    n = len(ws)
    density = (sum(w.casefold() in stops for w in ws) / n if n else 0.0) if stops else None
    line = Line(
        pos=-1,
        text=text,
        n_words=n,
        chars=len(body),
        stop_density=density,
        ends=ends_sentence(body),
        title=is_title_like(body),
    )
    if n == 0:
        line.cls, line.rule = LineClass.BAD, "no-words"
        return line
    prepared = Prepared(text)
    # The index names the rules that can fire (in rule order); each is then
    # checked as before.
    for rule in rule_index(rules).candidates(prepared) if len(text) <= th.rule_max_chars else ():
        if rule.max_words is not None and n > rule.max_words:
            continue
        if rule.options.not_prose and n >= th.prose_words and line.ends:
            continue
        if rule._matches(prepared):
            line.cls, line.rule, line.reason = LineClass.BAD, rule.name, rule.reason
            return line
    if is_url(body):
        line.cls, line.rule = LineClass.BAD, "url-line"
        return line
    seps = _separators(body)
    if seps >= th.menu_separators and n / (seps + 1) <= th.menu_words_per_item:
        line.cls, line.rule = LineClass.BAD, "menu-row"
        return line
    # A line is link-like when it could be a menu entry or a teaser title:
    # no sentence end and title shape, a list marker, or one or two words.
    line.link_like = not line.ends and (line.title or bulleted or n <= 2)
    if line.chars < th.length_low:
        line.cls, line.rule = LineClass.SHORT, "short-line"
        return line
    if density is None:
        # No stopword list: sentence punctuation stands in for grammar.
        if line.ends and line.chars > th.length_high:
            line.cls, line.rule = LineClass.GOOD, "prose"
        elif line.ends:
            line.cls, line.rule = LineClass.NEAR, "medium-prose"
        else:
            line.cls, line.rule = LineClass.BAD, "no-sentence-end"
        return line
    if density >= th.stopwords_high:
        if line.chars > th.length_high:
            line.cls, line.rule = LineClass.GOOD, "prose"
        else:
            line.cls, line.rule = LineClass.NEAR, "medium-prose"
    elif density >= th.stopwords_low:
        line.cls, line.rule = LineClass.NEAR, "medium-prose"
    elif density >= th.stopwords_floor and line.ends and n >= th.prose_words:
        # Sentences with many names and numbers ("Quirke, 38, made 300
        # appearances ...") are prose by their punctuation.
        line.cls, line.rule = LineClass.NEAR, "medium-prose"
    else:
        line.cls, line.rule = LineClass.BAD, "low-stopword-density"
    return line


def classify(
    text: str, stops: frozenset[str], th: Thresholds, rules: tuple[Rule, ...], ws: Sequence[str] | None = None
) -> Line:
    """Judge one line; a multi-column line by its best cell, remembering which
    cells hold text worth keeping.  ``ws``: the line's words, if already split."""
    parts = cells(text, th.column_gap)
    if len(parts) == 1:
        return _judge(text, stops, th, rules, ws)
    whole = _judge(" ".join(parts), stops, th, rules)
    if whole.rule == "menu-row":
        return whole  # "Home   |   News   |   Sport": one menu, not cells
    judged = [_judge(p, stops, th, rules) for p in parts]
    best = max(judged, key=lambda ln: (ln.cls, ln.chars))
    keep: list[Line] = []
    if best.cls >= LineClass.NEAR:
        keep = [j for j in judged if j.cls >= LineClass.NEAR]
    elif best.title and best.n_words >= 3 and all(j is best or j.n_words <= 3 for j in judged):
        keep = [best]  # a headline beside menu labels
    best.keep_cells = tuple(j.text for j in keep)
    best.side_cells = tuple(j for j in judged if all(j is not k for k in keep))
    return best
