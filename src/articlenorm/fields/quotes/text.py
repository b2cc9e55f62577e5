"""Tokens and sentences of a paragraph, with quoted words hidden.

Attribution reads the narrator's words around a quotation, never the quoted
words themselves (a "said" inside a quotation names no source).  So each
paragraph is *masked*: the characters of every quotation's content become
``MASK`` (same length, so offsets stay valid), except a final ``. ! ?``, which
is kept so that sentence ends inside quotations still end sentences.

Sentence breaks: a ``. ! ? …`` (optionally followed by closing marks or
brackets), white space, then a capital letter, digit or opening mark; a full
stop after an abbreviation, honorific or single-letter initial does not break.
All patterns are linear (possessive quantifiers, no nested repetition).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .marks import Span, is_prose
from .rules import SpeechRules

__all__ = [
    "CAPITALIZED",
    "CONTEXT_CHARS",
    "LOWER",
    "MASK",
    "Name",
    "Paragraph",
    "Paragraphs",
    "Token",
    "Vocabulary",
    "mask",
    "tokenize",
]

MASK = "\x1a"
#: The most narrator text read on either side of a position.  Sentences are
#: cut to this window so that each quotation costs a bounded amount of work
#: and the whole pass stays linear even on a megabyte-long paragraph; real
#: sentences around a quotation are far shorter.
CONTEXT_CHARS = 600

# A word (letters/digits with inner apostrophes, hyphens or full stops: O'Brien,
# Son-hui, U.S) or punctuation: one character, or a run of the same one ("...",
# "--") as a single token.  The mask is neither.
_TOKEN_RE = re.compile(r"[^\W_]++(?:[’'\-.][^\W_]++)*+|([^\w\s\x1a])\1*+")
# A full stop glued between a word of three or more letters and a capital.
_GLUED_RE = re.compile(r"(?<=[^\W\d_]{3})(\.)(?=[A-Z])")
_BREAK_RE = re.compile(r"[.!?…][\"”’'»)\]]*+\s++")
_SENTENCE_OPENERS = frozenset("\"“‘'«([")


class Token(NamedTuple):
    """A word or punctuation character at ``start:end`` of its paragraph."""

    text: str
    start: int
    end: int
    #: Starts with a letter or digit (else: one punctuation character).
    is_word: bool
    #: Starts with an upper-case letter.
    capitalized: bool
    #: ``text`` in lower case.
    lower: str


#: Field getters for whole-list passes in C (``map``, ``compress``).
_START = operator.itemgetter(1)
CAPITALIZED = operator.itemgetter(4)
LOWER = operator.itemgetter(5)

#: Builds a Token from a ready tuple, without the Python-level ``__new__``
#: NamedTuple generates (one frame per token, a third of tokenizing time).
_new_token = tuple.__new__

#: What a token needs besides its offsets, by its text: (text, is_word,
#: capitalized, lower), or ``text`` None for a word with a glued full stop.
Vocabulary = dict[str, tuple[str | None, bool, bool, str]]


def _entry(word: str) -> tuple[str | None, bool, bool, str]:
    if "." in word and _GLUED_RE.search(word):
        return None, False, False, word
    low = word.lower()
    # The lower-case form shared when it is the word itself.
    return word, word[0].isalnum(), word[0].isupper(), word if low == word else low


def tokenize(
    text: str, start: int = 0, end: int | None = None, vocabulary: Vocabulary | None = None
) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``.

    ``vocabulary`` caches each distinct word's fields across calls (pass one
    dict for all paragraphs of an article): an article's tokens are mostly
    repeats of a few thousand words, so the tokens share their strings (half
    the memory) and each word is classified once.
    """
    if vocabulary is None:
        vocabulary = {}
    tokens: list[Token] = []
    append = tokens.append
    known = vocabulary.get
    for m in _TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        entry = known(word)
        if entry is None:
            entry = vocabulary[word] = _entry(word)
        shared, is_word, capitalized, low = entry
        pos, stop = m.span()
        if shared is None:
            # "said.Trump": a sentence end missing its space, not an initialism.
            for part in _GLUED_RE.split(word):
                if part:
                    append(
                        Token(part, pos, pos + len(part), part[0].isalnum(), part[0].isupper(), part.lower())
                    )
                    pos += len(part)
            continue
        append(_new_token(Token, (shared, pos, stop, is_word, capitalized, low)))
    return tokens


def mask(text: str, spans: Sequence[Span]) -> str:
    """``text`` with each span's content replaced by ``MASK`` (see module doc)."""
    parts: list[str] = []
    last = 0
    for span in spans:
        keep_end = text[span.end - 1] in ".!?…"
        hidden = span.end - span.start - (1 if keep_end else 0)
        parts.append(text[last : span.start])
        parts.append(MASK * hidden)
        last = span.start + hidden
    parts.append(text[last:])
    return "".join(parts)


def _is_abbreviation(text: str, dot: int, rules: SpeechRules | None) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    begin = dot
    while begin > max(0, dot - 12) and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot]
    if len(word) == 1 and word.isupper():
        return True
    return rules is not None and (word in rules.abbreviations or word in rules.honorifics)


@dataclass(frozen=True, slots=True)
class Name:
    """A name run: ``words`` is the name proper, ``front`` what came before it."""

    words: tuple[str, ...]
    front: tuple[str, ...]
    start: int
    end: int
    next_index: int
    possessive: bool = False
    honorific: str | None = None


class Paragraph:
    """One masked paragraph: its tokens and sentence starts, computed once."""

    def __init__(
        self,
        index: int,
        text: str,
        spans: Sequence[Span],
        rules: SpeechRules | None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.index = index
        self.text = text
        self.masked = mask(text, spans)
        # A block that is no prose (see marks.is_prose) has no narrator
        # words worth reading: it is not tokenized at all.  Nor is any
        # paragraph of a language without speech rules: only attribution and
        # the name registry read tokens, and both need the rules.
        tokenized = rules is not None and (bool(spans) or is_prose(text))
        self.tokens = tokenize(self.masked, vocabulary=vocabulary) if tokenized else []
        self.token_starts = list(map(_START, self.tokens))
        starts = [0]
        for match in _BREAK_RE.finditer(self.masked):
            after = self.masked[match.end() : match.end() + 1]
            if not (after.isupper() or after.isdigit() or after in _SENTENCE_OPENERS) or not after:
                continue
            if match.group()[0] == "." and _is_abbreviation(self.masked, match.start(), rules):
                continue
            starts.append(match.end())
        self.sentence_starts = starts
        #: The name run read at the first token of a sentence, by token index
        #: (None: no name there), noted by the name registry so that the
        #: speakers' scan of sentence openers need not read it again.  Only
        #: sentence openers are kept: one entry a sentence at most.
        self.opener_names: dict[int, Name | None] = {}

    def sentence_start(self, pos: int) -> int:
        """Offset where the sentence holding ``pos`` begins, at most ``CONTEXT_CHARS`` back."""
        start = self.sentence_starts[bisect.bisect_right(self.sentence_starts, pos) - 1]
        return max(start, pos - CONTEXT_CHARS)

    def sentence_end(self, pos: int) -> int:
        """Offset just after the sentence holding ``pos``, at most ``CONTEXT_CHARS`` on."""
        i = bisect.bisect_right(self.sentence_starts, pos)
        end = self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.text)
        return min(end, pos + CONTEXT_CHARS)

    def token_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.token_starts, pos)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly inside ``start:end``."""
        lo = bisect.bisect_left(self.token_starts, start)
        hi = bisect.bisect_left(self.token_starts, end)
        return [t for t in self.tokens[lo:hi] if t.end <= end]


#: The paragraphs at hand, by index.  Quotations are read in one pass over
#: the article that keeps only the few paragraphs around the one being read
#: (a paragraph's tokens take many times its text's memory).
Paragraphs = Mapping[int, Paragraph]
