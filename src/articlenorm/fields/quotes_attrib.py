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
           "find_verb", "in_subordinate_clause", "sentence_subject", "speech_verb_after",
           "subject_before"]

# How far (in tokens) a speech verb may sit from the quotation it attributes.
_AFTER_WINDOW = 12
_DASHES = frozenset("—–-")
_LEADING_PUNCT = frozenset(",.;!?…”’\"'»›)")
# Longest description read as a speaker ("the former North Korean deputy
# foreign minister" is 7 words).
_MAX_DESCRIPTION = 7
_MAX_APPOSITIVE = 12
_COORDINATORS = frozenset(["and", "but"])
_AFFILIATIONS = frozenset(["of", "at", "from"])
# Comma-separated appositives stepped over between a subject and its verb.
_MAX_SEGMENTS = 3
# Words after the verb of an attribution sentence ("Smith told the local
# radio station on Friday.").
_ALONE_OBJECT = 6
# How many tokens into a sentence its subject is looked for.
_SUBJECT_SEARCH = 30


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
    """Words between a subject and its verb: "also", "later", "Thursday", -ly adverbs."""
    if not tok.is_word:
        return False
    if tok.lower in rules.time_words:
        return True
    return not tok.capitalized and (
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
            if name.possessive:
                return None  # "Smith's remarks": not Smith
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
        return _appositive_subject(par, lo, k, rules)
    if k < lo:
        return None
    mention = _np_ending_at(par, lo, k, rules)
    if mention is not None and mention.kind == "name":
        return _person_of(par, lo, mention, rules) or mention
    return mention


def _person_of(par: Paragraph, lo: int, org: Mention, rules: SpeechRules) -> Mention | None:
    """"Jane Roe of the Sierra Club said": the name before of/at/from an organisation."""
    tokens = par.tokens
    k = _first_token_at(par, org.start) - 1
    if k >= lo and tokens[k].lower in rules.determiners:
        k -= 1
    if k - 1 < lo or tokens[k].lower not in _AFFILIATIONS or not tokens[k - 1].capitalized:
        return None
    person = _name_ending_at(par, lo, k - 1, rules)
    return person if person is not None and person.kind == "name" else None


def _appositive_subject(par: Paragraph, lo: int, comma: int,
                        rules: SpeechRules) -> Mention | None:
    """The subject before appositives: "Smith, the party chairman, said".

    Comma-separated segments are read backwards from the comma before the
    verb; the first that is a name (perhaps with describing words and a
    parenthesis: "Sen. Jane Roe (D-Ohio)") or a pronoun is the subject.  At
    most :data:`_MAX_SEGMENTS` segments ("Smith, the attorney general of
    Ohio, one of the states suing, said").
    """
    tokens = par.tokens
    end = comma
    for _ in range(_MAX_SEGMENTS):
        start = end
        while start > max(lo, end - _MAX_APPOSITIVE) and tokens[start - 1].text != ",":
            start -= 1
        mention = _segment_subject(par, start, end, rules)
        if mention is not None:
            return mention
        if start <= lo or tokens[start - 1].text != ",":
            return None
        end = start - 1
    return None


def _segment_subject(par: Paragraph, start: int, end: int,
                     rules: SpeechRules) -> Mention | None:
    """A name or pronoun filling ``tokens[start:end]`` (describing words allowed first)."""
    tokens = par.tokens
    if end > start and tokens[end - 1].text == ")":
        end = _skip_back(par, start, end - 1, "(", ")") + 1
    if end <= start:
        return None
    if end - start == 1 and tokens[start].lower in rules.pronouns:
        return _mention(par, "pronoun", start, start)
    if not (tokens[end - 1].capitalized or tokens[end - 1].text == "."):
        return None
    mention = _name_ending_at(par, start, end - 1, rules)
    if mention is None:
        return None
    first = _first_token_at(par, mention.start)
    return mention if all(_describes(t, rules) for t in tokens[start:first]) else None


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
    if not tokens[j].is_word or tokens[j].lower not in rules.preposition_starts:
        return 0
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
        # "election law expert Jane Roe said": a few more words before a role noun.
        described = begin < _first_token_at(par, subject.start)
        if described and begin - i <= 3 and all(t.is_word and not t.capitalized
                                                 for t in tokens[i:begin]):
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

    Introductory phrases up to commas are skipped ("On Thursday, after the
    vote, Smith ...").  The subject is a he/she pronoun, or the last name in a
    run of describing words ("Republican presidential nominee Jane Roe")
    followed by a lower-case word or by an appositive comma ("Sen. Jane Roe,
    R-Ohio, delivered ...").
    """
    tokens = par.tokens
    starts = [lo] + [j + 1 for j in range(lo, min(hi, lo + _SUBJECT_SEARCH))
                     if tokens[j].text == ","]
    for begin in starts:
        if begin >= hi:
            continue
        tok = tokens[begin]
        if tok.lower in rules.male or tok.lower in rules.female:
            return _mention(par, "pronoun", begin, begin)
        if not tok.capitalized or tok.text in rules.not_names or tok.lower in rules.phrase_ends:
            continue
        j = begin
        while j < hi and (_describes(tokens[j], rules) or tokens[j].text == "."):
            j += 1
        last = j - 1
        follows = j < hi and (tokens[j].is_word or tokens[j].text == ",")
        if last >= begin and follows and tokens[last].capitalized:
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
        return _colon_source(par, lo, hi - 1, rules)
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
        elif in_subordinate_clause(tokens, lo, j, rules):
            continue  # "When Trump said that, ..." / "Responding to X, ..."
        else:
            mention = subject_before(par, lo, j, rules)
        if mention is not None:
            return mention
    return according


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

    A label ("Smith: "...""), a name right before the colon ("... surprises
    pollster Jane Roe: "...""), or the sentence's subject ("Sen. Roe
    delivered a blunt message: "..."").
    """
    tokens = par.tokens
    start = colon
    while start > lo and tokens[start - 1].text != ",":
        start -= 1
    label = _segment_subject(par, start, colon, rules)
    if label is not None and label.kind == "name":
        return label
    if colon > lo and tokens[colon - 1].capitalized:
        named = _name_ending_at(par, lo, colon - 1, rules)
        if named is not None and tokens[_first_token_at(par, named.start) - 1].is_word:
            return named
    return sentence_subject(par, lo, colon, rules)


def attribution_alone(par: Paragraph, start: int, rules: SpeechRules,
                      *, loose: bool = False) -> Mention | None:
    """The source when the sentence at ``start`` opens with an attribution.

    "Smith said." / "Smith told reporters." always; with ``loose`` (the quote
    before ended in ? or !, so no sentence ended there for the writer) the
    attribution may go on ("Smith asked, turning to the crowd.").
    """
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
        short = len(tail) <= _ALONE_OBJECT and not any(
            find_verb(tokens, k, rules) for k in range(j + size, hi))
        return mention if loose or short else None
    return None


def _first_token_at(par: Paragraph, pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect.bisect_left(par.token_starts, pos)
