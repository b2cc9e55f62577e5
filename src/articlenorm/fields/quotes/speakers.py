"""Speakers: turning the words at an attribution into the fullest name.

* A name ("Lavrov", "Mr. Lavrov", "Ms. Choe") resolves through the article's
  :class:`~.names.Registry` to the single fullest name it abbreviates.
* "he"/"she" resolve to the most recent *speech event* (a named subject of a
  speech verb, anywhere in the article, or a sentence that opens with a
  person's name) no more than :data:`PRONOUN_WINDOW` paragraphs back whose
  gender, when known, agrees.  Gender is known from an honorific (Mr., Ms.)
  or from an earlier pronoun resolved to that person.
* "the latter"/"the former" pick the last/first person named in the
  previous sentence (when it names at least two).
* A description ("the minister", "the North Korean minister") resolves to the
  one person the article describes with that role noun; failing that, to the
  most recent speech event whose description does not contradict it (another
  role noun, or other capitalised modifiers: "Russian" against "North
  Korean").
* Other pronouns (I, we, they, it) and other descriptions ("a campaign
  spokesman", "the statement") name nobody: the speaker stays empty.

Two phases, so that a long article's tokens need not all be held at once:
while the paragraphs are read in order, :meth:`Speakers.read` notes the
candidate speech events and :meth:`Speakers.source` what a mention's
resolution needs from its paragraphs (a :class:`Source`); once the whole
article is read (the name registry complete), :meth:`Speakers.finish` turns
the candidates into events and :meth:`Speakers.speaker` resolves sources.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from .names import Entity, Name, Registry, read_name
from .phrases import Mention, find_verb, subject_before
from .rules import SpeechRules
from .text import LOWER, Paragraph, Paragraphs

__all__ = ["PRONOUN_WINDOW", "Source", "Speakers"]

#: How many paragraphs back a pronoun or a description may find its person.
PRONOUN_WINDOW = 3
# How many speech events back a pronoun looks at most (a bound for long texts).
_MAX_RECENT = 40
# Descriptions that may point back to someone already named.
_DEFINITE = ("the ", "this ")


@dataclass(frozen=True, slots=True)
class _Event:
    pos: int
    paragraph: int
    entity: Entity


@dataclass(frozen=True, slots=True)
class Source:
    """A mention with what resolving it needs from its paragraphs, read
    while they are at hand (see the module docstring)."""

    mention: Mention
    #: The mention opens its sentence (a lone capitalised word there may be
    #: a common word: "Critics said").
    opens_sentence: bool
    #: For "the latter"/"the former": the words of each name run in the
    #: sentence before the mention, in order.
    previous_names: tuple[tuple[str, ...], ...] = ()


class Speakers:
    """Speaker resolution for one article (see the module docstring)."""

    def __init__(self, offsets: Sequence[int], registry: Registry, rules: SpeechRules) -> None:
        self.offsets = offsets
        self.registry = registry
        self.rules = rules
        # Candidate events noted by read(): the named subject of a speech
        # verb (turned into an event if the name is an entity), and the name
        # a sentence opens with (an event if it names a person).
        self._verb_subjects: list[tuple[int, Name, Source]] = []
        self._sentence_openers: list[tuple[int, int, tuple[str, ...]]] = []
        # Events found by scanning the article, and events added while
        # resolving quotes in reading order; each list sorted by position.
        self._scanned: list[_Event] = []
        self._resolved: list[_Event] = []
        self._scanned_pos: list[int] = []
        self._resolved_pos: list[int] = []
        self._roles: dict[str, list[Entity]] | None = None

    # -- speech events -------------------------------------------------------

    def read(self, par: Paragraph) -> None:
        """Note the candidate speech events of one paragraph (in reading order)."""
        self._scan_verbs(par)
        self._scan_subjects(par)

    def finish(self) -> None:
        """Turn the candidates into events; call once the registry is complete.

        Verb subjects go first, in reading order, then sentence openers: an
        entity's ``spoke`` flag, set here, changes how later names resolve.
        """
        for pos, name, source in self._verb_subjects:
            entity = self.entity(name, source.opens_sentence)
            if entity is not None:
                entity.spoke = True
                self._add_event(pos, source.mention.paragraph, entity)
        for pos, paragraph, words in self._sentence_openers:
            entity = self.registry.resolve(words)
            if entity is not None and entity.person:
                self._add_event(pos, paragraph, entity)
        self._verb_subjects, self._sentence_openers = [], []
        self._scanned.sort(key=lambda e: e.pos)
        self._scanned_pos = [e.pos for e in self._scanned]

    def _add_event(self, pos: int, paragraph: int, entity: Entity) -> None:
        self._scanned.append(_Event(pos, paragraph, entity))

    def _add_resolved(self, pos: int, paragraph: int, entity: Entity) -> None:
        i = bisect.bisect_right(self._resolved_pos, pos)
        self._resolved_pos.insert(i, pos)
        self._resolved.insert(i, _Event(pos, paragraph, entity))

    def _scan_verbs(self, par: Paragraph) -> None:
        """Note the named subject of every speech verb in the paragraph."""
        tokens = par.tokens
        starts = self.rules.verb_starts
        lo, boundary = 0, par.sentence_end(0)
        # Only a word a speech verb may start with is looked at; the sentence
        # window (``lo``: its first token) is walked up to it, window by
        # window, exactly as a walk over every token would.
        for j in list(compress(range(len(tokens)), map(starts.__contains__, map(LOWER, tokens)))):
            tok = tokens[j]
            while tok.start >= boundary:
                lo = par.token_index(boundary)
                boundary = par.sentence_end(tokens[lo].start)
            if not tok.is_word or tok.capitalized or not find_verb(tokens, j, self.rules):
                continue
            mention = subject_before(par, lo, j, self.rules)
            if mention is not None and mention.name is not None:
                source = Source(mention, _opens_sentence(par, mention))
                self._verb_subjects.append((self.offsets[par.index] + tok.start, mention.name, source))

    def _scan_subjects(self, par: Paragraph) -> None:
        """Note sentences opening with a name ("Smith visited Iowa.")."""
        for start in par.sentence_starts:
            first = par.token_index(start)
            if first >= len(par.tokens) or not par.tokens[first].capitalized:
                continue
            noted = par.opener_names
            name = noted[first] if first in noted else read_name(par.tokens, first, par.masked, self.rules)
            if name is None or name.possessive:
                continue
            self._sentence_openers.append((self.offsets[par.index] + name.start, par.index, name.words))

    # -- sources ---------------------------------------------------------------

    def source(self, mention: Mention, pars: Paragraphs) -> Source:
        """``mention`` with what resolving it needs from ``pars`` (its
        paragraph, and for "the latter"/"the former" the one before)."""
        previous: tuple[tuple[str, ...], ...] = ()
        if mention.kind in ("latter", "former"):
            previous = self._previous_sentence_names(mention, pars)
        return Source(mention, _opens_sentence(pars[mention.paragraph], mention), previous)

    def _previous_sentence_names(self, mention: Mention, pars: Paragraphs) -> tuple[tuple[str, ...], ...]:
        par = pars[mention.paragraph]
        start = par.sentence_start(mention.start)
        if start == 0:
            if mention.paragraph == 0:
                return ()
            par = pars[mention.paragraph - 1]
            start = len(par.text)
        lo = par.sentence_start(max(start - 1, 0))
        tokens = par.tokens
        names: list[tuple[str, ...]] = []
        i = bisect.bisect_left(par.token_starts, lo)
        while i < len(tokens) and tokens[i].start < start:
            name = read_name(tokens, i, par.masked, self.rules) if tokens[i].is_word else None
            if name is None:
                i += 1
                continue
            names.append(name.words)
            i = name.next_index
        return tuple(names)

    # -- resolution ----------------------------------------------------------

    def entity(self, name: Name, opens_sentence: bool) -> Entity | None:
        """The entity a name mention stands for, or None for a common word."""
        entity = self.registry.resolve(name.words)
        if len(name.words) == 1 and name.honorific is None and not name.front:
            word = name.words[0]
            unexpanded = entity is None or entity.words == name.words
            if word in self.rules.not_names or (
                opens_sentence and unexpanded and self.registry.is_common_word(word)
            ):
                return None
        return entity

    def is_person(self, source: Source) -> bool:
        """Whether a mention surely names a person (pronoun, or a name marked as one)."""
        mention = source.mention
        if mention.kind == "pronoun":
            return True
        if mention.name is None:
            return False
        entity = self.entity(mention.name, source.opens_sentence)
        return entity is not None and self._person_like(entity)

    def speaker(self, source: Source) -> str | None:
        """The fullest name for a source, or None (see the module docstring)."""
        mention = source.mention
        if mention.kind in ("role", "other") and mention.head in self.rules.org_nouns and mention.modifiers:
            # An organisation named by a description: "the Trump campaign".
            first, *rest = mention.text.split()
            return " ".join(rest) if first.lower() in self.rules.determiners else mention.text
        pos = self.offsets[mention.paragraph] + mention.start
        entity = self._resolve(source, pos)
        if entity is None:
            return None
        self._add_resolved(pos, mention.paragraph, entity)
        return " ".join(entity.words)

    def _resolve(self, source: Source, pos: int) -> Entity | None:
        mention = source.mention
        if mention.kind == "name" and mention.name is not None:
            return self.entity(mention.name, source.opens_sentence)
        if mention.kind == "pronoun":
            return self._pronoun(mention, pos)
        if mention.kind in ("latter", "former"):
            return self._latter(source)
        if mention.kind == "role":
            return self._role(mention, pos)
        return None

    def _recent(self, mention: Mention, pos: int) -> list[Entity]:
        """Entities of speech events before ``pos`` in the window, most recent first."""
        i = bisect.bisect_left(self._scanned_pos, pos)
        j = bisect.bisect_left(self._resolved_pos, pos)
        found: list[Entity] = []
        for _ in range(_MAX_RECENT):
            a = self._scanned[i - 1] if i else None
            b = self._resolved[j - 1] if j else None
            if a is None and b is None:
                break
            if b is None or (a is not None and a.pos >= b.pos):
                event, i = a, i - 1
            else:
                event, j = b, j - 1
            assert event is not None
            if event.paragraph < mention.paragraph - PRONOUN_WINDOW:
                break
            if all(event.entity is not e for e in found):
                found.append(event.entity)
        return found

    def _pronoun(self, mention: Mention, pos: int) -> Entity | None:
        word = mention.text.lower()
        gender = "male" if word in self.rules.male else "female" if word in self.rules.female else None
        if gender is None:
            return None
        for entity in self._recent(mention, pos):
            if not self._person_like(entity):
                continue
            if entity.gender in (None, gender):
                entity.gender = gender
                return entity
        return None

    def _latter(self, source: Source) -> Entity | None:
        people: list[Entity] = []
        for words in source.previous_names:
            entity = self.registry.resolve(words)
            if entity is not None and (entity.person or len(entity.words) > 1):
                people.append(entity)
        if len(people) < 2:
            return None
        return people[-1] if source.mention.kind == "latter" else people[0]

    def _role(self, mention: Mention, pos: int) -> Entity | None:
        if not mention.text.lower().startswith(_DEFINITE):
            return None  # "a senior official", "one supporter": someone new, unnamed
        if self._roles is None:
            self._roles = {}
            for entity in self.registry.entities.values():
                if entity.person:
                    for word in entity.descriptors:
                        self._roles.setdefault(word, []).append(entity)
        described = [e for e in self._roles.get(mention.head or "", ()) if mention.modifiers <= e.descriptors]
        if len(described) == 1:
            return described[0]
        for entity in self._recent(mention, pos):
            if self._person_like(entity) and not self._contradicts(entity, mention):
                return entity
        return None

    def _person_like(self, entity: Entity) -> bool:
        """Marked as a person, or a full name not ending in an organisation noun
        and not in capitals ("THE WEEKLY STANDARD")."""
        if entity.person:
            return True
        words = entity.words
        return (
            len(words) > 1
            and words[-1].lower() not in self.rules.org_nouns
            and not all(w.isupper() for w in words)
        )

    def _contradicts(self, entity: Entity, mention: Mention) -> bool:
        roles = entity.descriptors & self.rules.role_nouns
        if roles and mention.head not in roles:
            return True
        proper = entity.proper_descriptors
        return bool(mention.modifiers and proper and not mention.modifiers & proper)


def _opens_sentence(par: Paragraph, mention: Mention) -> bool:
    return par.sentence_start(mention.start) == mention.start
