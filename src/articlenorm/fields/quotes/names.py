"""Person names: reading them from tokens, and the article's name registry.

A *name run* is a stretch of adjacent capitalised words (with honorifics and
their full stops, single-letter initials, name particles such as "de" or
"bin", and "of" inside a title: "Secretary of State").  The run is split into
its front (honorifics, titles, capitalised descriptors such as "North Korean
Foreign Minister") and the name proper: everything after the last title word
("Choe Son-hui").

The :class:`Registry` holds every name run of the article's narrator text
(quoted words are masked, see :mod:`.text`).  A short mention
("Lavrov", "Mr. Lavrov", "Ms. Choe") resolves to the fullest registered name
that ends with it (surname) or, for names the article marks as a person's
(a title, an honorific, a speech verb), that begins with it (family name
first, as in Korean or Chinese names).  When two different fuller names fit
("Trump": "Donald Trump", "Eric Trump") the mention is kept as it is: a
shorter name is better than a wrong one.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress

from .rules import SpeechRules
from .text import CAPITALIZED, Name, Paragraph, Token

__all__ = ["MAX_NAME_TOKENS", "POSSESSIVE", "Entity", "Name", "Registry", "read_name"]

POSSESSIVE = ("’s", "'s")
_ORG_CONNECTORS = frozenset(["of", "for", "on"])
# Tokens after which a capital may just open a sentence.
_SENTENCE_OPENERS = frozenset(["", ".", "!", "?", "“", '"', ":"])
#: The longest name run read, in tokens ("Secretary of Homeland Security Jeh
#: C. Johnson Jr." is 10 with its full stops).  A bound keeps reading linear.
MAX_NAME_TOKENS = 12


def _adjacent(a: Token, b: Token, source: str) -> bool:
    gap = source[a.end : b.start]
    return gap == "" and b.text == "." or gap == " "


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _run_end(tokens: Sequence[Token], i: int, source: str, rules: SpeechRules) -> int:
    """Index just after the name run starting at ``tokens[i]`` (== i when none)."""
    j = i
    n = min(len(tokens), i + MAX_NAME_TOKENS)
    while j < n:
        tok = tokens[j]
        if j > i and not _adjacent(tokens[j - 1], tok, source):
            break
        if tok.text == ".":
            prev = tokens[j - 1].text if j > i else ""
            if j > i and (prev in rules.honorifics or _is_initial(prev) or prev in rules.name_suffixes):
                j += 1
                continue
            break
        if tok.is_word and tok.capitalized:
            if j > i and len(tok.text) > 1 and tok.lower in rules.run_breakers:
                break  # Title Case prose: "Christie Is Over Rubio"
            j += 1
            if tok.text.endswith(POSSESSIVE):
                break
            continue
        # "de", "bin"; "of" after a title (Secretary of State); "of"/"for"
        # after an organisation noun (Center for Strategic Studies).
        prev = tokens[j - 1].lower if j > i else ""
        connector = (
            tok.lower in rules.name_particles
            or (tok.lower == "of" and prev in rules.titles)
            or (tok.lower in _ORG_CONNECTORS and prev in rules.org_nouns)
        )
        if (
            connector
            and j > i
            and j + 1 < n
            and tokens[j + 1].is_word
            and tokens[j + 1].capitalized
            and _adjacent(tok, tokens[j + 1], source)
        ):
            j += 1
            continue
        break
    # A run never ends on a connector or starts on a full stop.
    while j > i and not tokens[j - 1].capitalized and tokens[j - 1].text != ".":
        j -= 1
    return j


def _split_front(words: Sequence[str], rules: SpeechRules) -> int:
    """Index of the first word of the name proper inside a run's words."""
    skip = 0
    while skip < len(words) and (
        words[skip].rstrip(".") in rules.not_names or words[skip].lower() in rules.phrase_ends
    ):
        skip += 1
    # Party and other describing adjectives in front of a full name
    # ("Republican Jane Roe"), but not of an organisation's name
    # ("Republican National Committee").
    while (
        len(words) - skip > 2
        and words[skip].lower() in rules.descriptor_words
        and words[-1].lower() not in rules.org_nouns
    ):
        skip += 1
    cut = skip
    for k in range(len(words) - 1, skip - 1, -1):
        word = words[k].rstrip(".")
        if word.lower() in rules.titles or word in rules.honorifics:
            rest = [w for w in words[k + 1 :] if w.rstrip(".") not in rules.name_suffixes and w != "of"]
            if rest:
                cut = k + 1
                break
    if cut < len(words) and words[cut] == "of":
        # "Secretary of Homeland Security Jeh Johnson": keep the last two words.
        cut = max(cut + 1, len(words) - 2)
    return cut


def read_name(tokens: Sequence[Token], i: int, source: str, rules: SpeechRules) -> Name | None:
    """The name run starting at ``tokens[i]``, or None when there is none."""
    return _name_in_run(tokens, i, _run_end(tokens, i, source, rules), rules)


def _name_in_run(tokens: Sequence[Token], i: int, end: int, rules: SpeechRules) -> Name | None:
    """The name proper of the run ``tokens[i:end]`` (None: empty, or no name in it)."""
    if end == i:
        return None
    words: list[str] = []
    for tok in tokens[i:end]:
        if tok.text == "." and words:
            words[-1] += "."  # "M." stays with its initial, "Mr." with its honorific
        else:
            words.append(tok.text)
    parts = _name_parts(tuple(words), rules)
    if parts is None:
        return None
    proper, front, possessive, honorific = parts
    return Name(proper, front, tokens[i].start, tokens[end - 1].end, end, possessive, honorific)


@functools.lru_cache(maxsize=1024)
def _name_parts(
    words: tuple[str, ...], rules: SpeechRules
) -> tuple[tuple[str, ...], tuple[str, ...], bool, str | None] | None:
    """(name proper, front, possessive, honorific) of a run's words, or None.

    Cached: an article's runs are mostly repeats ("Trump", "The", "Mr.
    Lavrov"), and so are the common ones across articles.  Size tuned on
    find_quotes over 200 dev pages and the 924 polnear-quotes texts: 1024
    entries answer 71% of calls (256: 61%, 2048: 74%, unbounded: 80%) and
    hold about 0.35 MB.
    """
    cut = _split_front(words, rules)
    proper = list(words[cut:])
    if not proper or (proper[-1].endswith(".") and proper[-1][:-1] in rules.honorifics):
        return None  # "Pennsylvania Gov." names nobody
    possessive = proper[-1].endswith(POSSESSIVE)
    if possessive:
        proper[-1] = proper[-1][:-2]
    front = words[:cut]
    honorific = next((w.rstrip(".") for w in front if w.rstrip(".") in rules.honorifics), None)
    return tuple(proper), front, possessive, honorific


@dataclass(slots=True)
class Entity:
    """Everything the article says about one full name."""

    words: tuple[str, ...]
    descriptors: set[str] = field(default_factory=set)
    proper_descriptors: set[str] = field(default_factory=set)
    person: bool = False
    #: The subject of a speech verb somewhere: a person or an organisation.
    spoke: bool = False
    gender: str | None = None


@functools.lru_cache(maxsize=1024)
def _key(words: tuple[str, ...], rules: SpeechRules) -> tuple[str, ...]:
    """Words compared when matching names: no suffixes, no full stops (cached
    like :func:`_name_parts`; 1024 entries answer 80% of calls on the same
    samples)."""
    return tuple(w.rstrip(".") for w in words if w.rstrip(".") not in rules.name_suffixes)


class Registry:
    """The article's names, for resolving short mentions to the fullest name.

    Filled one paragraph at a time (:meth:`read`, in reading order) while the
    paragraph's tokens are at hand; it keeps only names and words, never
    tokens, so a long article's tokens need not all be held at once.
    """

    def __init__(self, rules: SpeechRules) -> None:
        self.rules = rules
        self.entities: dict[tuple[str, ...], Entity] = {}
        # Entity keys by their first and by their last word, for resolve().
        self._by_end: dict[str, list[tuple[str, ...]]] = {}
        # The article's lower-case words and its capitalised words seen
        # inside a sentence, for is_common_word().
        self._lower_words: set[str] = set()
        self._midsentence: set[str] = set()

    def read(self, par: Paragraph) -> None:
        """Register the name runs and the vocabulary of one (masked) paragraph."""
        tokens, text = par.tokens, par.masked
        lower_words, midsentence = self._lower_words, self._midsentence
        lower_words.update(
            [low for _, _, _, is_word, capitalized, low in tokens if is_word and not capitalized]
        )
        capitals = list(compress(range(len(tokens)), map(CAPITALIZED, tokens)))
        for i in capitals:
            # A capital after another word than a sentence opener.
            if i and tokens[i - 1].text not in _SENTENCE_OPENERS:
                midsentence.add(tokens[i].text)
        # Name runs start at capitalised tokens only.
        openers = {par.token_index(start) for start in par.sentence_starts}
        skip_to = 0
        for i in capitals:
            if i < skip_to:
                continue
            end = _run_end(tokens, i, text, self.rules)
            skip_to = end
            name = _name_in_run(tokens, i, end, self.rules) if end > i else None
            if i in openers:
                par.opener_names[i] = name  # == read_name(tokens, i, text, rules)
            if name is None:
                continue
            roles, proper = self._before(tokens, i)
            for word in name.front:
                low = word.rstrip(".").lower()
                roles.add(low)
                if low not in self.rules.titles and word.rstrip(".") not in self.rules.honorifics:
                    proper.add(low)
            self.add(name, roles, proper)

    def _before(self, tokens: Sequence[Token], i: int) -> tuple[set[str], set[str]]:
        """Words describing a run just before it: "his Russian counterpart" Sergei Lavrov.

        Returns (all words, the capitalised ones), lower-cased; empty unless a
        role noun or title is among them.
        """
        found: set[str] = set()
        proper: set[str] = set()
        k = i - 1
        while k >= 0 and i - k <= 4 and tokens[k].is_word:
            word = tokens[k].lower
            if (
                word in self.rules.determiners
                or tokens[k].text.endswith(POSSESSIVE)
                or word in self.rules.phrase_ends
            ):
                break
            found.add(word)
            if tokens[k].capitalized:
                proper.add(word)
            k -= 1
        if not found.isdisjoint(self.rules.person_words):
            return found, proper
        return set(), set()

    def add(self, name: Name, descriptors: set[str], proper: set[str] | None = None) -> None:
        """Record one occurrence of a name with the words describing it."""
        key = _key(name.words, self.rules)
        if not key:
            return
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(name.words)
            self._by_end.setdefault(key[0], []).append(key)
            if key[-1] != key[0]:
                self._by_end.setdefault(key[-1], []).append(key)
        marked = False
        if descriptors:  # most names come with none
            entity.descriptors |= descriptors
            entity.proper_descriptors |= proper or set()
            marked = not descriptors.isdisjoint(self.rules.person_words)
        entity.person = entity.person or marked or name.honorific is not None
        gender = _gender(name.honorific)
        if gender and entity.gender is None:
            entity.gender = gender

    def is_common_word(self, word: str) -> bool:
        """A capitalised word that looks like a plural, or one the article also
        writes in lower case and never capitalises inside a sentence
        ("Critics" ... "critics")."""
        if word in self.rules.not_names:
            return True
        if word.endswith("s") and not word.endswith("ss"):
            # A plural ("Estimates", "Russians") names no one, unless it ends
            # a full name the article gives ("Bernie Sanders" ... "Sanders").
            return not any(len(key) > 1 and key[-1] == word for key in self._by_end.get(word, ()))
        return word.lower() in self._lower_words and word not in self._midsentence

    def resolve(self, words: tuple[str, ...]) -> Entity | None:
        """The single fullest entity a short name refers to, or None."""
        key = _key(words, self.rules)
        n = len(key)
        if n == 0:
            return None
        candidates = set(self._by_end.get(key[0], ())) | set(self._by_end.get(key[-1], ()))
        fits = [
            self.entities[k]
            for k in sorted(candidates)
            if len(k) >= n
            and (k[-n:] == key or (k[:n] == key and (self.entities[k].person or self.entities[k].spoke)))
        ]
        if not fits:
            return None
        # Every strictly shorter contiguous part of a fitting name, once: an
        # entity whose words are such a part is not the widest.  (Linear in the
        # number of fits; comparing all pairs was quadratic on long articles.)
        parts = {
            f.words[k : k + n]
            for f in fits
            for n in range(1, len(f.words))
            for k in range(len(f.words) - n + 1)
        }
        widest = [e for e in fits if e.words not in parts]
        if len({_key(e.words, self.rules) for e in widest}) != 1:
            return self.entities.get(key)
        return widest[0]


def _gender(honorific: str | None) -> str | None:
    if honorific in ("Mr",):
        return "male"
    if honorific in ("Ms", "Mrs", "Miss"):
        return "female"
    return None
