"""Word lists for the quotation extractor, loaded once per language.

The lists live in ``rules/<lang>/speech.toml`` (package data of
``articlenorm``); each list is documented there.  :func:`load_speech_rules`
reads and freezes them; it is cached, so the file is read at most once per
language and process.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

__all__ = ["SpeechRules", "load_speech_rules"]


@dataclass(frozen=True, slots=True, eq=False)
class SpeechRules:
    """The frozen content of one ``speech.toml``.

    Compared and hashed by identity (one object per language, see
    :func:`load_speech_rules`), so that it can key caches.

    Lower-case word sets unless noted.  ``verbs`` holds one-word verb forms;
    ``phrasal`` maps the first word of a multi-word verb ("went") to the words
    that may follow it ("on").  ``honorifics``, ``name_suffixes``,
    ``abbreviations`` and ``not_names`` keep their case.
    """

    verbs: frozenset[str]
    phrasal: dict[str, frozenset[str]]
    source_prepositions: tuple[tuple[str, ...], ...]
    #: First words of the source prepositions ("according").
    preposition_starts: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    other_pronouns: frozenset[str]
    fillers: frozenset[str]
    time_words: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    role_nouns: frozenset[str]
    latter: tuple[tuple[str, ...], ...]
    former: tuple[tuple[str, ...], ...]
    determiners: frozenset[str]
    name_particles: frozenset[str]
    name_suffixes: frozenset[str]
    abbreviations: frozenset[str]
    not_names: frozenset[str]
    work_nouns: frozenset[str]
    phrase_ends: frozenset[str]
    subordinators: frozenset[str]
    run_breakers: frozenset[str]
    descriptor_words: frozenset[str]
    org_nouns: frozenset[str]
    #: Lower-case words that may describe a speaker before the name: titles,
    #: role nouns, descriptor words and determiners together.
    describing: frozenset[str]
    small_words: frozenset[str]
    #: Every subject pronoun, person or not (male, female and other together).
    pronouns: frozenset[str]
    #: Titles and role nouns together: words that mark a name as a person's.
    person_words: frozenset[str]
    #: First words of every speech verb (``verbs`` and the keys of ``phrasal``):
    #: a word not in it starts no speech verb.
    verb_starts: frozenset[str]


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def _phrases(values: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(v.lower().split()) for v in values)


def load_speech_rules(language: str) -> SpeechRules | None:
    """The rules for ``language`` ("en", "en-GB", "EN"), or ``None`` when none are shipped."""
    primary = language.replace("_", "-").split("-")[0].lower()
    return _load(primary) if primary.isalpha() and primary.isascii() else None


@functools.cache
def _load(language: str) -> SpeechRules | None:
    """Read and freeze ``rules/<language>/speech.toml`` (once per process)."""
    path = resources.files("articlenorm") / "rules" / language / "speech.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return None
    verbs: set[str] = set()
    phrasal: dict[str, set[str]] = {}
    for forms in data["speech_verbs"].values():
        for form in forms:
            first, *rest = form.lower().split()
            if rest:
                phrasal.setdefault(first, set()).add(" ".join(rest))
            else:
                verbs.add(first)
    pronouns = data["pronouns"]
    titles, role_nouns = _words(data["titles"]), _words(data["role_nouns"])
    return SpeechRules(
        verbs=frozenset(verbs),
        phrasal={k: frozenset(v) for k, v in phrasal.items()},
        source_prepositions=_phrases(data["source_prepositions"]),
        preposition_starts=frozenset(p[0] for p in _phrases(data["source_prepositions"])),
        male=_words(pronouns["male"]),
        female=_words(pronouns["female"]),
        other_pronouns=_words(pronouns["other"]),
        fillers=_words(data["subject_verb_fillers"]),
        time_words=_words(data["time_words"]),
        honorifics=frozenset(data["honorifics"]),
        titles=titles,
        role_nouns=role_nouns,
        latter=_phrases(data["latter"]),
        former=_phrases(data["former"]),
        determiners=_words(data["determiners"]),
        name_particles=_words(data["name_particles"]),
        name_suffixes=frozenset(data["name_suffixes"]),
        abbreviations=frozenset(data["abbreviations"]),
        not_names=frozenset(data["not_names"]),
        work_nouns=_words(data["work_nouns"]),
        phrase_ends=_words(data["speaker_phrase_ends"]),
        subordinators=_words(data["subordinators"]),
        run_breakers=_words(
            data["name_run_breakers"]
            + data["speaker_phrase_ends"]
            + data["determiners"]
            + data["subordinators"]
        ),
        descriptor_words=_words(data["descriptor_words"]),
        org_nouns=_words(data["org_nouns"]),
        describing=_words(
            data["titles"] + data["role_nouns"] + data["descriptor_words"] + data["determiners"]
        ),
        small_words=_words(data["title_small_words"]),
        pronouns=_words(pronouns["male"] + pronouns["female"] + pronouns["other"]),
        person_words=titles | role_nouns,
        verb_starts=frozenset(verbs) | frozenset(phrasal),
    )
