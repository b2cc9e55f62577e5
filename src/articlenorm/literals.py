"""The literal text a regular expression cannot match without.

A phrase rule of the ``pattern`` kind is a regex searched in every block short
enough for it, and most blocks contain none of its words: searching costs a
pass over the block per rule, trying every alternative at every position.
:func:`required_literals` reads a pattern's parse tree once and says, for each
top-level alternative, which strings (lower case; ASCII letters and caseless
symbols) every match of that alternative contains.  A block that holds, for
no alternative, all of its strings cannot match, and the search is skipped:
:class:`LiteralFilter` finds the strings of all patterns with one
Aho-Corasick scan of the block's lower-cased text, a fraction of a search.

The analysis is conservative: anything it does not understand (a class, an
optional part, a non-ASCII letter) ends the current literal run and adds no
requirement, so the answer is always a necessary
condition, never a sufficient one.  An alternative without any requirement
makes the whole pattern "always a candidate" (``None``).

It reads ``re._parser``, the standard library's regex parser (private, but
the one ``re.compile`` uses; stable in form since Python 3.11).  Should it
ever change shape, :func:`required_literals` returns ``None`` and every rule
is searched as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import ahocorasick

__all__ = ["MIN_LITERAL", "LiteralFilter", "Needs", "required_literals"]

#: Literal runs shorter than this are not worth a test (" a " is in most
#: lines), unless they hold a non-ASCII symbol.
MIN_LITERAL = 3


def _parser() -> Any:
    try:
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python < 3.11 is not supported
        return None
    return parser


#: A requirement: at least one of these strings occurs.
Group = tuple[str, ...]
#: Per top-level alternative, the groups that all hold.
Needs = tuple[tuple[Group, ...], ...]


def required_literals(pattern: str, flags: int = 0) -> Needs | None:
    """Per top-level alternative of ``pattern``, groups of lower-case strings
    (ASCII letters and caseless symbols) such that every match of the
    alternative contains one string of each group; ``None`` when some
    alternative requires nothing (or the pattern cannot be read).
    :class:`LiteralFilter` tells from them whether a text can match at all."""
    parser = _parser()
    if parser is None:
        return None
    try:
        items = list(parser.parse(pattern, flags))
        single = len(items) == 1 and items[0][0] is parser.BRANCH
        alternatives = items[0][1][1] if single else [items]
        out: list[tuple[Group, ...]] = []
        for alt in alternatives:
            groups = _sequence(list(alt), parser)
            if not groups:
                return None
            # The groups of the longest strings are the rarest: two tests suffice.
            out.append(tuple(sorted(set(groups), key=_strength, reverse=True)[:2]))
        return tuple(out)
    except (AttributeError, TypeError, ValueError, IndexError, re.error):
        return None


def _strength(group: Group) -> tuple[int, int]:
    """How selective a group is: its shortest string's length, then fewer strings."""
    return (min(len(s) for s in group), -len(group))


def _sequence(items: Sequence[tuple[Any, Any]], parser: Any) -> list[Group]:
    """The requirement groups of one sequence of parsed items."""
    found: list[Group] = []
    run: list[str] = []

    def flush() -> None:
        # A short run is in most texts; a symbol ("©") is rare however short.
        if len(run) >= MIN_LITERAL or any(c >= "\x80" for c in run):
            found.append(("".join(run),))
        run.clear()

    for op, av in items:
        if op is parser.LITERAL and _plain(av):
            run.append(chr(av).lower())
            continue
        if op is parser.AT:  # zero-width (^, $, \b): the text around it is contiguous
            continue
        flush()
        if op is parser.SUBPATTERN:  # a group: its own requirements hold
            found += _sequence(list(av[-1]), parser)
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and av[0] >= 1:
            found += _sequence(list(av[2]), parser)
        elif op is parser.BRANCH:
            # One of the alternatives matches: one of their strongest groups'
            # strings occurs (nothing is required if one alternative needs nothing).
            either: list[str] = []
            for alt in av[1]:
                groups = _sequence(list(alt), parser)
                if not groups:
                    either = []
                    break
                best: Group = max(groups, key=_strength)
                either += best
            if either:
                found.append(tuple(dict.fromkeys(either)))
    flush()
    return found


def _plain(code: int) -> bool:
    """Is the character one whose case-insensitive matches all lower to it:
    ASCII, or a caseless symbol ("©", "»", "–")?  Other letters end a run."""
    if code < 128:
        return True
    char = chr(code)
    return not char.isalpha() and char.lower() == char == char.upper()


class LiteralFilter:
    """The :func:`required_literals` of a tuple of patterns, checked for all
    of them with one scan of a text.

    Every string any pattern needs goes into one Aho-Corasick automaton
    (``pyahocorasick``: a C automaton that reports every occurrence of any of
    its strings, overlapping ones included, in one pass): :meth:`possible`
    names the patterns whose requirements a text meets, from the bits of the
    strings found and of the patterns naming one of them.
    """

    __slots__ = ("_automaton", "_masks")

    def __init__(self, needs: Sequence[Needs | None]) -> None:
        bits: dict[str, int] = {}
        users: dict[str, int] = {}
        masks: list[tuple[tuple[int, ...], ...] | None] = []
        for i, need in enumerate(needs):
            if need is None:
                masks.append(None)
                continue
            alts = []
            for alt in need:
                groups = []
                for group in alt:
                    mask = 0
                    for lit in group:
                        bit = bits.setdefault(lit, 1 << len(bits))
                        users[lit] = users.get(lit, 0) | (1 << i)
                        mask |= bit
                    groups.append(mask)
                alts.append(tuple(groups))
            masks.append(tuple(alts))
        self._masks = tuple(masks)
        self._automaton: Any = None
        if bits:
            automaton = ahocorasick.Automaton()
            for lit, bit in bits.items():
                automaton.add_word(lit, (bit, users[lit]))
            automaton.make_automaton()
            self._automaton = automaton

    def always(self, i: int) -> bool:
        """Does pattern ``i`` require nothing (it is searched in every text)?"""
        return self._masks[i] is None

    def possible(self, lowered: str) -> list[int]:
        """The patterns that need literal text (not :meth:`always`) whose
        requirements ``lowered`` (see ``lexicon.Prepared.lowered``) meets, in
        index order: the only ones of them that can match it."""
        found, users = self._scan(lowered)
        out = []
        while users:
            low = users & -users
            users ^= low
            i = low.bit_length() - 1
            if self._check(i, found):
                out.append(i)
        return out

    def _scan(self, lowered: str) -> tuple[int, int]:
        """(strings found, patterns that name one of them) in ``lowered``, as bit sets."""
        found = users = 0
        if self._automaton is not None:
            for _, (bit, who) in self._automaton.iter(lowered):
                found |= bit
                users |= who
        return found, users

    def _check(self, i: int, found: int) -> bool:
        """Does some alternative of pattern ``i`` (one that needs text) find
        a string of each of its groups among ``found``?"""
        masks = self._masks[i]
        assert masks is not None  # only patterns that need text are named by a scan
        for alt in masks:
            for group in alt:
                if not found & group:
                    break
            else:
                return True
        return False
