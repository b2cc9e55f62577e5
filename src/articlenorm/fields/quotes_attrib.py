"""Attribution: the words around a quotation that name its source.

All reading is done on masked paragraphs (quoted words hidden, see
:mod:`quotes_text`), token by token, with no backtracking search:

* ``after``: the rest of the sentence after the closing mark.  A speech verb
  among its first words, with a subject noun phrase right before it ("…,"
  Smith said / "…," the minister added / "…" in Ukraine, Choe said) or, when
  the verb comes first, an object after it ("…," said Smith).  A dash and a
  bare name ("…" — Smith) and "according to X" count too.
* ``before``: the sentence up to the opening mark.  The first speech verb
  whose subject parses (Smith said: "…" / Smith told reporters, "…" / Smith
  called it "a disaster"), or "According to Smith, "…"".
* ``alone``: a sentence that holds nothing but an attribution, after a
  quotation that ended its own sentence ("Why?" Smith asked.).

A subject is read backwards from the verb: fillers ("also", "later", -ly
adverbs) and a parenthesis ("(D-Calif.)") are skipped, an appositive between
commas ("Smith, the party chairman, said") is stepped over, then comes a
pronoun, a name run, or a description ("the North Korean minister", "a
campaign spokesman", "the latter").  Anything else gives no subject: a wrong
speaker is worse than none.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from .quotes_names import MAX_NAME_TOKENS, Name, read_name
from .quotes_rules import SpeechRules
from .quotes_text import Paragraph, Token

__all__ = ["Mention", "attribution_after", "attribution_alone", "attribution_before",
           "find_verb", "sentence_subject", "speech_verb_after", "subject_before"]

# How far (in tokens) a speech verb may sit from the quotation it attributes.
_AFTER_WINDOW = 12
_DASHES = frozenset("—–-")
_LEADING_PUNCT = frozenset(",.;!?…”’\"'»›)")
# Longest description read as a speaker ("the former North Korean deputy
# foreign minister" is 7 words).
_MAX_DESCRIPTION = 7
_MAX_APPOSITIVE = 12
_COORDINATORS = frozenset(["and", "but"])


@dataclass(frozen=True, slots=True)
class Mention:
    """Words naming a source.  ``kind``: name, pronoun, role, latter, former, other."""

    kind: str
    text: str
    paragraph: int
    start: int
    end: int
    name: Name | None = None
    head: str | None = None
    modifiers: frozenset[str] = frozenset()


def find_verb(tokens: Sequence[Token], j: int, rules: SpeechRules) -> int:
    """Number of tokens of a speech verb starting at ``tokens[j]`` (0: none)."""
    tok = tokens[j]
    if not tok.is_word or tok.capitalized:
        return 0
    word = tok.lower
    if word in rules.verbs:
        return 1
    rest = rules.phrasal.get(word)
    if rest and j + 1 < len(tokens) and tokens[j + 1].lower in rest:
        return 2
    return 0


def _is_filler(tok: Token, rules: SpeechRules) -> bool:
    return tok.is_word and not tok.capitalized and (
        tok.lower in rules.fillers or (tok.lower.endswith("ly") and len(tok.text) > 4))


def _mention(par: Paragraph, kind: str, first: int, last: int, *, name: Name | None = None,
             head: str | None = None, modifiers: frozenset[str] = frozenset()) -> Mention:
    tokens = par.tokens
    start, end = tokens[first].start, tokens[last].end
    return Mention(kind, par.text[start:end], par.index, start, end, name, head, modifiers)


def _name_ending_at(par: Paragraph, lo: int, k: int, rules: SpeechRules) -> Mention | None:
    """The name run whose last token is ``tokens[k]`` (not before ``lo``)."""
    tokens = par.tokens
    s = k
    while s > max(lo, k - MAX_NAME_TOKENS):
        prev = tokens[s - 1]
        if par.masked[prev.end : tokens[s].start] not in ("", " "):
            break
        if not (prev.capitalized or prev.text == "." or prev.lower in rules.name_particles
                or prev.lower == "of"):
            break
        s -= 1
    # Try the longest run first, then shorter ones (a run may start mid-sentence).
    for start in range(s, k + 1):
        name = read_name(tokens, start, par.masked, rules)
        if name is not None and name.next_index == k + 1:
            return _mention(par, "name", start, k, name=name)
    return None


def _description_ending_at(par: Paragraph, lo: int, k: int,
                           rules: SpeechRules) -> Mention | None:
    """A description ("the minister", "a senior official", "the latter") ending at k."""
    tokens = par.tokens
    head = tokens[k].lower
    first = k
    while first > lo and k - first < _MAX_DESCRIPTION:
        prev = tokens[first - 1]
        if not prev.is_word or find_verb(tokens, first - 1, rules):
            break
        first -= 1
        if prev.lower in rules.determiners or prev.text.endswith(("’s", "'s")):
            break
    if head in rules.phrase_ends or head in rules.determiners:
        return None
    possessive = tokens[first].text.endswith(("’s", "'s"))
    if possessive:
        # "North Korea's official news agency": the whole name before the 's.
        while first > lo and tokens[first - 1].capitalized \
                and par.masked[tokens[first - 1].end : tokens[first].start] == " ":
            first -= 1
    words = tuple(t.lower for t in tokens[first : k + 1])
    opener = tokens[first]
    if words in rules.latter:
        return _mention(par, "latter", first, k)
    if words in rules.former:
        return _mention(par, "former", first, k)
    determined = possessive or opener.lower in rules.determiners
    # No determiner: only a bare plural or role noun may stand alone ("officials").
    if not determined and (first != k or not (head in rules.role_nouns or head.endswith("s"))):
        return None
    modifiers = frozenset(t.lower.removesuffix("’s").removesuffix("'s")
                          for t in tokens[first:k] if t.capitalized
                          and t.lower not in rules.determiners)
    kind = "role" if head in rules.role_nouns else "other"
    return _mention(par, kind, first, k, head=head, modifiers=modifiers)


def _np_ending_at(par: Paragraph, lo: int, k: int, rules: SpeechRules) -> Mention | None:
    tok = par.tokens[k]
    if not tok.is_word and tok.text != ".":
        return None
    if tok.lower in rules.pronouns and (tok.capitalized or k == lo or not par.tokens[k - 1].is_word):
        return _mention(par, "pronoun", k, k)
    if tok.capitalized or tok.text == ".":
        return _name_ending_at(par, lo, k, rules)
    return _description_ending_at(par, lo, k, rules)


def _skip_back(par: Paragraph, lo: int, k: int, opener: str, closer: str) -> int:
    """Index before the bracketed stretch ending at ``tokens[k] == closer``."""
    tokens = par.tokens
    for j in range(k - 1, max(lo, k - _MAX_APPOSITIVE) - 1, -1):
        if tokens[j].text == opener:
            return j - 1
        if tokens[j].text == closer:
            break
    return -1


def subject_before(par: Paragraph, lo: int, v: int, rules: SpeechRules) -> Mention | None:
    """The subject of the speech verb at ``tokens[v]``, read backwards to ``lo``."""
    tokens = par.tokens
    k = v - 1
    while k >= lo and _is_filler(tokens[k], rules):
        k -= 1
    if k > lo and tokens[k].lower in _COORDINATORS:
        # "Smith defended the plan and said ...": the sentence's subject.
        return sentence_subject(par, lo, k, rules)
    if k >= lo and tokens[k].text == ")":
        k = _skip_back(par, lo, k, "(", ")")
    if k >= lo and tokens[k].text == ",":
        # "Smith, the party chairman, said" / "Smith, who ..., said" /
        # "the party's nominee, Jane Roe, said"
        before = _skip_back(par, lo, k, ",", ",")
        inner = _name_ending_at(par, before + 2, k - 1, rules) if before + 2 <= k - 1 else None
        if inner is not None and _first_token_at(par, inner.start) == before + 2:
            return inner
        if before >= lo:
            mention = _np_ending_at(par, lo, before, rules)
            if mention is not None and mention.kind in ("name", "pronoun"):
                return mention
        return None
    if k < lo:
        return None
    return _np_ending_at(par, lo, k, rules)


def object_after(par: Paragraph, i: int, hi: int, rules: SpeechRules) -> Mention | None:
    """The speaker phrase starting at ``tokens[i]`` ("said Smith", "said the minister").

    The phrase runs over words (and the full stops of abbreviations) until
    punctuation, a verb, a time word or a phrase-ending word ("of", "who").
    Ending in a capital it is a name ("said former tech executive Carly
    Fiorina"); otherwise a description, unless an appositive name follows
    ("said the party's nominee, Jane Roe").
    """
    tokens = par.tokens
    if i >= hi or not tokens[i].is_word:
        return None
    if tokens[i].lower in rules.pronouns and not tokens[i].capitalized:
        return _mention(par, "pronoun", i, i)
    j = i
    while j < hi and j - i <= _MAX_DESCRIPTION + 3:
        tok = tokens[j]
        if tok.text == "." and j > i and _abbreviated(tokens[j - 1].text, rules):
            j += 1
            continue
        if not tok.is_word or tok.lower in rules.phrase_ends or find_verb(tokens, j, rules) \
                or (tok.lower in rules.time_words and not tok.capitalized):
            break
        j += 1
    last = j - 1
    if last < i:
        return None
    if tokens[last].capitalized or tokens[last].text == ".":
        return _name_ending_at(par, i, last, rules)
    description = _description_ending_at(par, i, last, rules)
    if description is None or _first_token_at(par, description.start) != i:
        return None
    if last + 2 < hi and tokens[last + 1].text == ",":
        appositive = object_after(par, last + 2, hi, rules)
        if appositive is not None and appositive.kind == "name":
            return appositive
    return description


def _abbreviated(word: str, rules: SpeechRules) -> bool:
    return word in rules.honorifics or word in rules.name_suffixes or (
        len(word) == 1 and word.isupper())


def _skip_leading(tokens: Sequence[Token], i: int, hi: int) -> int:
    while i < hi and tokens[i].text in _LEADING_PUNCT:
        i += 1
    return i


def _preposition_at(tokens: Sequence[Token], j: int, rules: SpeechRules) -> int:
    """Length of a source preposition ("according to") at ``tokens[j]``, or 0."""
    for phrase in rules.source_prepositions:
        n = len(phrase)
        if tuple(t.lower for t in tokens[j : j + n]) == phrase:
            return n
    return 0


def attribution_after(par: Paragraph, close: int, rules: SpeechRules,
                      limit: int | None = None) -> Mention | None:
    """The source named after a closing mark at ``close``, in the same sentence."""
    end = par.sentence_end(close) if limit is None else limit
    tokens = par.tokens
    lo = _first_token_at(par, close)
    hi = _first_token_at(par, end)
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
        begin = _first_token_at(par, subject.start)
        while begin > i and _describes(tokens[begin - 1], rules):
            begin -= 1
        if begin == i or tokens[begin - 1].text in (",", "—", "–"):
            return subject
        return None
    return None


def _describes(tok: Token, rules: SpeechRules) -> bool:
    """Whether a token may be part of a description before a name."""
    return tok.is_word and (tok.capitalized or tok.lower in rules.describing
                            or tok.text.endswith(("’s", "'s")))


def speech_verb_after(par: Paragraph, close: int, rules: SpeechRules) -> bool:
    """Whether a speech verb follows ``close`` closely in its sentence.

    When it does but :func:`attribution_after` found no subject, the quote
    has an attribution this module cannot read; guessing from the previous
    sentence would then be wrong.
    """
    tokens = par.tokens
    lo = _first_token_at(par, close)
    hi = _first_token_at(par, par.sentence_end(close))
    words = 0
    for j in range(lo, hi):
        words += tokens[j].is_word
        if words > _AFTER_WINDOW or tokens[j].text in ("“", "«", "„"):
            return False
        if find_verb(tokens, j, rules):
            return True
    return False


def sentence_subject(par: Paragraph, lo: int, hi: int, rules: SpeechRules) -> Mention | None:
    """The person a sentence opens with: "Smith issued a statement:" -> Smith.

    An introductory phrase up to a comma among the first words is skipped
    ("In response, Smith ...").  The subject is a he/she pronoun, or the last
    name in a run of describing words ("Republican presidential nominee Jane
    Roe") followed by a lower-case word.
    """
    tokens = par.tokens
    start = lo
    for j in range(lo, min(hi, lo + 10)):
        if tokens[j].text == ",":
            start = j + 1
            break
    for begin in dict.fromkeys((lo, start)):
        if begin >= hi:
            continue
        tok = tokens[begin]
        if tok.lower in rules.male | rules.female:
            return _mention(par, "pronoun", begin, begin)
        j = begin
        while j < hi and (_describes(tokens[j], rules) or tokens[j].text == "."):
            j += 1
        last = j - 1
        if last >= begin and j < hi and tokens[j].is_word and tokens[last].capitalized:
            mention = _name_ending_at(par, begin, last, rules)
            if mention is not None:
                return mention
    return None


def attribution_before(par: Paragraph, open_: int, rules: SpeechRules) -> Mention | None:
    """The source named before an opening mark at ``open_``, in the same sentence."""
    tokens = par.tokens
    lo = _first_token_at(par, par.sentence_start(open_))
    hi = _first_token_at(par, open_)
    if hi > lo and tokens[hi - 1].text == ":" and not any(
            find_verb(tokens, j, rules) for j in range(lo, hi)):
        # A label: "Smith: "..."" (transcripts, lists of reactions).
        label = _name_ending_at(par, lo, hi - 2, rules) if hi - 2 >= lo else None
        return label if label is not None and label.start == tokens[lo].start else None
    # "According to X, Y said "..."": Y spoke, X reported it; X only without a verb.
    according: Mention | None = None
    for j in range(lo, hi):
        prep = _preposition_at(tokens, j, rules)
        if prep:
            according = according or object_after(par, j + prep, hi, rules)
            continue
        if not find_verb(tokens, j, rules):
            continue
        if j > lo and tokens[j - 1].text == "," and tokens[j].lower.endswith("ing"):
            # "Smith appeared at a rally, saying, "..."": the sentence's subject.
            mention = sentence_subject(par, lo, j, rules)
        else:
            mention = subject_before(par, lo, j, rules)
        if mention is not None:
            return mention
    return according


def attribution_alone(par: Paragraph, start: int, rules: SpeechRules) -> Mention | None:
    """The source when the sentence at ``start`` is only an attribution ("Smith said.")."""
    end = par.sentence_end(start)
    tokens = par.tokens
    lo = _first_token_at(par, start)
    hi = _first_token_at(par, end)
    for j in range(lo, min(hi, lo + 8)):
        size = find_verb(tokens, j, rules)
        if not size:
            continue
        mention = subject_before(par, lo, j, rules) if j > lo else None
        if mention is None or _first_token_at(par, mention.start) != lo:
            return None
        tail = [t for t in tokens[j + size : hi] if t.is_word]
        if all(t.lower in rules.time_words or _is_filler(t, rules) for t in tail):
            return mention
        return None
    return None


def _first_token_at(par: Paragraph, pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect.bisect_left(par.token_starts, pos)
