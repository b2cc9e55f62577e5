"""Attribution: where, around a quotation, its source is named.

All reading is done on masked paragraphs (quoted words hidden, see
:mod:`.text`) within bounded windows; the speaker phrases themselves
are read by :mod:`.phrases`.

* :func:`attribution_after`: the rest of the sentence after the closing mark.
  A speech verb among its first words, with a subject right before it ("…,"
  Smith said / "…," the minister added / "…" in Ukraine, Choe said /
  "…," election law expert Jane Roe said) or, when the verb comes first, an
  object after it ("…," said Smith).  A dash and a bare name ("…" — Smith)
  and "according to X" count too.
* :func:`attribution_alone`: a sentence that opens with an attribution, after
  a quotation that ended its own sentence ("Why?" Smith asked.).
* :func:`attribution_before`: the sentence up to the opening mark.  The first
  speech verb outside a subordinate clause whose subject parses (Smith said:
  "…" / Smith told reporters, "…" / Smith called it "a disaster"); a
  participle after a comma gives the sentence's subject (Smith closed the
  hearing, saying, "…"); a colon without a verb gives a label, the name
  before the colon or the sentence's subject; "According to Smith" last.
"""

from __future__ import annotations

from collections.abc import Sequence

from .phrases import (
    Mention,
    describes,
    find_verb,
    name_ending_at,
    object_after,
    segment_subject,
    sentence_subject,
    subject_before,
)
from .rules import SpeechRules
from .text import Paragraph, Token

__all__ = [
    "attribution_after",
    "attribution_alone",
    "attribution_before",
    "in_subordinate_clause",
    "speech_verb_after",
]

# How far (in words) a speech verb may sit after the quotation it attributes.
_AFTER_WINDOW = 12
_DASHES = frozenset("—–-")
_LEADING_PUNCT = frozenset(",.;!?…”’\"'»›)")
_AUXILIARIES = frozenset(["is", "was", "are", "were", "be", "been", "am", "being"])
# Words after the verb of an attribution sentence ("Smith told the local
# radio station on Friday.").
_ALONE_OBJECT = 6


def _skip_leading(tokens: Sequence[Token], i: int, hi: int) -> int:
    while i < hi and tokens[i].text in _LEADING_PUNCT:
        i += 1
    return i


def _preposition_at(tokens: Sequence[Token], j: int, rules: SpeechRules) -> int:
    """Length of a source preposition ("according to") at ``tokens[j]``, or 0."""
    if not tokens[j].is_word or tokens[j].lower not in rules.preposition_starts:
        return 0
    for phrase in rules.source_prepositions:
        n = len(phrase)
        if tuple(t.lower for t in tokens[j : j + n]) == phrase:
            return n
    return 0


def attribution_after(
    par: Paragraph, close: int, rules: SpeechRules, limit: int | None = None
) -> Mention | None:
    """The source named after a closing mark at ``close``, in the same sentence."""
    end = par.sentence_end(close) if limit is None else limit
    tokens = par.tokens
    lo = par.token_index(close)
    hi = par.token_index(end)
    i = _skip_leading(tokens, lo, hi)
    if i < hi and tokens[i].text in _DASHES:
        return object_after(par, i + 1, hi, rules)
    words = 0
    for j in range(i, hi):
        tok = tokens[j]
        if tok.text in ("“", "«", "„", ":", ";") or tok.text == '"' and j > i:
            return None
        words += tok.is_word
        if words > _AFTER_WINDOW:
            return None
        prep = _preposition_at(tokens, j, rules)
        if prep:
            return object_after(par, j + prep, hi, rules)
        size = find_verb(tokens, j, rules)
        if not size:
            continue
        if j == i:
            return object_after(par, j + size, hi, rules)
        subject = subject_before(par, i, j, rules)
        if subject is None:
            return None
        # The subject opens the attribution, perhaps after describing words
        # that themselves follow a comma: "...," the country's leader Kim said.
        begin = par.token_index(subject.start)
        while begin > i and describes(tokens[begin - 1], rules):
            begin -= 1
        if begin == i or tokens[begin - 1].text in (",", "—", "–"):
            return subject
        # "election law expert Jane Roe said": a few more words before a role noun.
        described = begin < par.token_index(subject.start)
        if described and begin - i <= 3 and all(t.is_word and not t.capitalized for t in tokens[i:begin]):
            return subject
        return None
    return None


def speech_verb_after(par: Paragraph, close: int, rules: SpeechRules) -> bool:
    """Whether a speech verb follows ``close`` closely in its sentence.

    When it does but :func:`attribution_after` found no subject, the quote
    has an attribution this module cannot read; guessing from the previous
    sentence would then be wrong.
    """
    tokens = par.tokens
    lo = par.token_index(close)
    hi = par.token_index(par.sentence_end(close))
    words = 0
    for j in range(lo, hi):
        words += tokens[j].is_word
        if words > _AFTER_WINDOW or tokens[j].text in ("“", "«", "„"):
            return False
        if find_verb(tokens, j, rules):
            return True
    return False


def attribution_before(par: Paragraph, open_: int, rules: SpeechRules) -> Mention | None:
    """The source named before an opening mark at ``open_``, in the same sentence."""
    tokens = par.tokens
    lo = par.token_index(par.sentence_start(open_))
    hi = par.token_index(open_)
    if hi > lo and tokens[hi - 1].text == ":" and not any(find_verb(tokens, j, rules) for j in range(lo, hi)):
        return _colon_source(par, lo, hi - 1, rules)
    # "According to X, Y said "..."": Y spoke, X reported it; X only without a verb.
    according: Mention | None = None
    for j in range(lo, hi):
        prep = _preposition_at(tokens, j, rules)
        if prep:
            according = according or object_after(par, j + prep, hi, rules)
            continue
        size = find_verb(tokens, j, rules)
        if not size:
            continue
        if _participle(tokens, lo, j):
            # "Smith appeared at a rally, saying, "..."" / "Smith released a
            # statement condemning "..."": the sentence's subject.
            mention = sentence_subject(par, lo, j, rules)
        elif in_subordinate_clause(tokens, lo, j, rules):
            if not _as_clause_introduces(tokens, lo, j + size, hi):
                continue  # "When Trump said that, ..." / "Responding to X, ..."
            mention = subject_before(par, lo, j, rules)  # "As Smith put it, "...""
        else:
            mention = subject_before(par, lo, j, rules)
        if mention is not None:
            return mention
    return according


def _participle(tokens: Sequence[Token], lo: int, j: int) -> bool:
    """A speech verb in -ing not made finite by an auxiliary ("was saying")."""
    return (
        j > lo
        and tokens[j].lower.endswith("ing")
        and tokens[j - 1].lower not in _AUXILIARIES
        and tokens[j - 1].is_word
        or (j > lo and tokens[j].lower.endswith("ing") and tokens[j - 1].text == ",")
    )


def _as_clause_introduces(tokens: Sequence[Token], lo: int, after: int, hi: int) -> bool:
    """ "As Smith put it, "..."": an as-clause ending right before the quotation."""
    start = after
    while start > lo and tokens[start - 1].text != ",":
        start -= 1
    if tokens[start].lower != "as":
        return False
    rest = tokens[after:hi]
    return (
        len(rest) <= 3
        and bool(rest)
        and rest[-1].text == ","
        and all(t.is_word or t.text == "," for t in rest)
    )


def in_subordinate_clause(tokens: Sequence[Token], lo: int, j: int, rules: SpeechRules) -> bool:
    """Whether ``tokens[j]`` sits in a subordinate or participial clause.

    The clause runs from the last comma before ``j`` (or ``lo``).  It is
    subordinate when a subordinating word precedes ``j`` in it ("When Trump
    said ...", "Not long after Trump tweeted ..."), or when it opens the
    sentence with a participle ("Responding to Smith's remarks, ...").
    """
    start = j
    while start > lo and tokens[start - 1].text != ",":
        start -= 1
    if start == lo and tokens[start].lower.endswith("ing"):
        return True
    return any(t.lower in rules.subordinators for t in tokens[start:j])


def _colon_source(par: Paragraph, lo: int, colon: int, rules: SpeechRules) -> Mention | None:
    """The source of "...: "..."" with no speech verb in the sentence.

    A label ("Smith: "..."") , the sentence's subject ("Sen. Roe delivered a
    blunt message to the mayor: "...""), or else a name right before the
    colon ("The result does not surprise pollster Jane Roe: "..."").
    """
    tokens = par.tokens
    start = colon
    while start > lo and tokens[start - 1].text != ",":
        start -= 1
    label = segment_subject(par, start, colon, rules)
    if label is not None and label.kind == "name":
        return label
    subject = sentence_subject(par, lo, colon, rules)
    if subject is not None:
        return subject
    if colon > lo and tokens[colon - 1].capitalized:
        named = name_ending_at(par, lo, colon - 1, rules)
        if named is not None and tokens[par.token_index(named.start) - 1].is_word:
            return named
    return None


def attribution_alone(
    par: Paragraph, start: int, rules: SpeechRules, *, loose: bool = False
) -> Mention | None:
    """The source when the sentence at ``start`` opens with an attribution.

    "Smith said." / "Smith told reporters." always; with ``loose`` (the quote
    before ended in ? or !, so no sentence ended there for the writer) the
    attribution may go on ("Smith asked, turning to the crowd.").
    """
    end = par.sentence_end(start)
    tokens = par.tokens
    lo = par.token_index(start)
    hi = par.token_index(end)
    for j in range(lo, min(hi, lo + 8)):
        size = find_verb(tokens, j, rules)
        if not size:
            continue
        mention = subject_before(par, lo, j, rules) if j > lo else None
        if mention is None or par.token_index(mention.start) != lo:
            return None
        tail = [t for t in tokens[j + size : hi] if t.is_word]
        short = len(tail) <= _ALONE_OBJECT and not any(
            find_verb(tokens, k, rules) for k in range(j + size, hi)
        )
        return mention if loose or short else None
    return None
