"""Speaker phrases: the noun phrase that names who spoke, read around a verb.

Everything reads tokens of a masked paragraph (see :mod:`.text`) within
fixed bounds, never by backtracking search.

A *subject* is read backwards from a speech verb (:func:`subject_before`):
fillers ("also", "later", "Thursday", -ly adverbs) and a parenthesis
("(D-Calif.)") are skipped; a coordinated verb ("Smith defended the plan and
said") goes back to the sentence's subject; appositives between commas
("Smith, the party chairman, said") are stepped over; then comes a pronoun,
a name run ("Sen. Jane Roe"), or a description ("the North Korean minister",
"a campaign spokesman", "the latter").  "Jane Roe of the Sierra Club" gives
Jane Roe.  An *object* is read forwards after a verb or a source preposition
(:func:`object_after`: "said Smith", "according to the minister").
Anything else gives no phrase: a wrong speaker is worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .names import MAX_NAME_TOKENS, POSSESSIVE, Name, read_name
from .rules import SpeechRules
from .text import Paragraph, Token

__all__ = [
    "Mention",
    "MentionKind",
    "describes",
    "find_verb",
    "is_filler",
    "name_ending_at",
    "object_after",
    "segment_subject",
    "sentence_subject",
    "subject_before",
]

# Longest description read as a speaker ("the former North Korean deputy
# foreign minister" is 7 words).
_MAX_DESCRIPTION = 7
# Longest appositive or parenthesis stepped over, in tokens ("the daughter
# of former President Jane Roe and presidential candidate John Roe").
_MAX_APPOSITIVE = 16
_COORDINATORS = frozenset(["and", "but"])
_AFFILIATIONS = frozenset(["of", "at", "from"])
# Comma-separated appositives stepped over between a subject and its verb.
_MAX_SEGMENTS = 3
# How many tokens into a sentence its subject is looked for.
_SUBJECT_SEARCH = 30


#: What a mention is: a name run, a pronoun, a description headed by a role
#: noun, "the latter"/"the former", another description ("the statement"),
#: or (internal) an attribution that is there but could not be read.
MentionKind = Literal["name", "pronoun", "role", "latter", "former", "other", "unread"]


@dataclass(frozen=True, slots=True)
class Mention:
    """Words naming a source (``text`` at ``start:end`` of paragraph ``paragraph``)."""

    kind: MentionKind
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


def is_filler(tok: Token, rules: SpeechRules) -> bool:
    """Words between a subject and its verb: "also", "later", "Thursday", -ly adverbs."""
    if not tok.is_word:
        return False
    if tok.lower in rules.time_words:
        return True
    return not tok.capitalized and (
        tok.lower in rules.fillers or (tok.lower.endswith("ly") and len(tok.text) > 4)
    )


def _strip_possessive(word: str) -> str:
    for suffix in POSSESSIVE:
        word = word.removesuffix(suffix)
    return word


def _mention(
    par: Paragraph,
    kind: MentionKind,
    first: int,
    last: int,
    *,
    name: Name | None = None,
    head: str | None = None,
    modifiers: frozenset[str] = frozenset(),
) -> Mention:
    tokens = par.tokens
    start, end = tokens[first].start, tokens[last].end
    return Mention(kind, par.text[start:end], par.index, start, end, name, head, modifiers)


def name_ending_at(par: Paragraph, lo: int, k: int, rules: SpeechRules) -> Mention | None:
    """The name run whose last token is ``tokens[k]`` (not before ``lo``)."""
    tokens = par.tokens
    s = k
    while s > max(lo, k - MAX_NAME_TOKENS):
        prev = tokens[s - 1]
        if par.masked[prev.end : tokens[s].start] not in ("", " "):
            break
        if not (
            prev.capitalized or prev.text == "." or prev.lower in rules.name_particles or prev.lower == "of"
        ):
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


def _description_ending_at(par: Paragraph, lo: int, k: int, rules: SpeechRules) -> Mention | None:
    """A description ("the minister", "a senior official", "the latter") ending at k."""
    tokens = par.tokens
    head = tokens[k].lower
    first = k
    while first > lo and k - first < _MAX_DESCRIPTION:
        prev = tokens[first - 1]
        if not prev.is_word or find_verb(tokens, first - 1, rules):
            break
        first -= 1
        if prev.lower in rules.determiners or prev.text.endswith(POSSESSIVE):
            break
    if head in rules.phrase_ends or head in rules.determiners:
        return None
    possessive = tokens[first].text.endswith(POSSESSIVE)
    if possessive:
        # "North Korea's official news agency": the whole name before the 's.
        while (
            first > lo
            and tokens[first - 1].capitalized
            and par.masked[tokens[first - 1].end : tokens[first].start] == " "
        ):
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
    modifiers = frozenset(
        _strip_possessive(t.lower)
        for t in tokens[first:k]
        if t.capitalized and t.lower not in rules.determiners
    )
    kind: MentionKind = "role" if head in rules.role_nouns else "other"
    return _mention(par, kind, first, k, head=head, modifiers=modifiers)


def _np_ending_at(par: Paragraph, lo: int, k: int, rules: SpeechRules) -> Mention | None:
    tok = par.tokens[k]
    if not tok.is_word and tok.text != ".":
        return None
    if tok.lower in rules.pronouns and (tok.capitalized or k == lo or not par.tokens[k - 1].is_word):
        return _mention(par, "pronoun", k, k)
    if tok.capitalized or tok.text == ".":
        return name_ending_at(par, lo, k, rules)
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
    while k >= lo and is_filler(tokens[k], rules):
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
    """ "Jane Roe of the Sierra Club said": the name before of/at/from an organisation."""
    tokens = par.tokens
    k = par.token_index(org.start) - 1
    if k >= lo and tokens[k].lower in rules.determiners:
        k -= 1
    if k - 1 < lo or tokens[k].lower not in _AFFILIATIONS or not tokens[k - 1].capitalized:
        return None
    person = name_ending_at(par, lo, k - 1, rules)
    return person if person is not None and person.kind == "name" else None


def _appositive_subject(par: Paragraph, lo: int, comma: int, rules: SpeechRules) -> Mention | None:
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
        mention = segment_subject(par, start, end, rules)
        if mention is not None:
            return mention
        if start <= lo or tokens[start - 1].text != ",":
            return None
        end = start - 1
    return None


def segment_subject(par: Paragraph, start: int, end: int, rules: SpeechRules) -> Mention | None:
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
    mention = name_ending_at(par, start, end - 1, rules)
    if mention is None:
        return None
    first = par.token_index(mention.start)
    return mention if all(describes(t, rules) for t in tokens[start:first]) else None


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
        if (
            not tok.is_word
            or tok.lower in rules.phrase_ends
            or find_verb(tokens, j, rules)
            or (tok.lower in rules.time_words and not tok.capitalized)
        ):
            break
        j += 1
    last = j - 1
    if last < i:
        return None
    if tokens[last].capitalized or tokens[last].text == ".":
        return name_ending_at(par, i, last, rules)
    description = _description_ending_at(par, i, last, rules)
    if description is None or par.token_index(description.start) != i:
        return None
    if last + 2 < hi and tokens[last + 1].text == ",":
        appositive = object_after(par, last + 2, hi, rules)
        if appositive is not None and appositive.kind == "name":
            return appositive
    return description


def _abbreviated(word: str, rules: SpeechRules) -> bool:
    return word in rules.honorifics or word in rules.name_suffixes or (len(word) == 1 and word.isupper())


def describes(tok: Token, rules: SpeechRules) -> bool:
    """Whether a token may be part of a description before a name."""
    return tok.is_word and (tok.capitalized or tok.lower in rules.describing or tok.text.endswith(POSSESSIVE))


def sentence_subject(par: Paragraph, lo: int, hi: int, rules: SpeechRules) -> Mention | None:
    """The person a sentence opens with: "Smith issued a statement:" -> Smith.

    Introductory phrases up to commas are skipped ("On Thursday, after the
    vote, Smith ...").  The subject is a he/she pronoun, or the last name in a
    run of describing words ("Republican presidential nominee Jane Roe")
    followed by a lower-case word or by an appositive comma ("Sen. Jane Roe,
    R-Ohio, delivered ...").
    """
    tokens = par.tokens
    starts = [lo] + [j + 1 for j in range(lo, min(hi, lo + _SUBJECT_SEARCH)) if tokens[j].text == ","]
    for begin in starts:
        # "And then Smith went on the attack": conjunctions and fillers first
        # (not prepositions: "In Ohio, ..." is an introductory phrase).
        while (
            begin + 1 < hi
            and tokens[begin + 1].is_word
            and (
                is_filler(tokens[begin], rules)
                or tokens[begin].text in rules.not_names
                and tokens[begin].lower not in rules.phrase_ends
            )
        ):
            begin += 1
        if begin >= hi:
            continue
        tok = tokens[begin]
        if tok.lower in rules.male or tok.lower in rules.female:
            return _mention(par, "pronoun", begin, begin)
        if not tok.capitalized or tok.text in rules.not_names or tok.lower in rules.phrase_ends:
            continue
        j = begin
        while j < hi and (describes(tokens[j], rules) or tokens[j].text == "."):
            j += 1
        last = j - 1
        follows = j < hi and (tokens[j].is_word or tokens[j].text == ",")
        if last >= begin and follows and tokens[last].capitalized:
            mention = name_ending_at(par, begin, last, rules)
            if mention is not None:
                return mention
    return None
