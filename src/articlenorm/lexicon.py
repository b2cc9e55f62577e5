"""Rules as data: phrase lists per cleaner family and language.

Rule files live in ``articlenorm/rules/<lang>/<family>.toml``.  Each holds a
list of ``[[rule]]`` tables::

    [[rule]]
    name = "share-label"          # stable id, shown in removal records
    reason = "a share-widget label, not article text"
    match = "label"               # how phrases are matched, see MATCHERS
    region = "any"                # "any" | "head" | "tail" (see Doc.head/tail)
    max_words = 12                # never fire on blocks longer than this
    min_hits = 1                  # for match = "cues": distinct phrases needed
    phrases = ["spread the love", "share this"]

plus the family options of :class:`RuleOptions` (``not_prose``,
``addressing``, ``title_above``, ``agency_signature``, ``follow``).

Match modes (all case-insensitive, typographic apostrophes unified):

``label``     the whole block is one phrase (bullets, edge punctuation ignored)
``prefix``    the block starts with a phrase followed by ``:``, ``-``, ``|``, ``»``
``contains``  a phrase occurs as whole words anywhere (outside quotations)
``cues``      at least ``min_hits`` distinct phrases occur (outside quotations)
``pattern``   ``phrases`` are regular expressions (searched outside quotations)

Every file is read by one loader, :func:`load_table`, against a schema: the
``TypedDict`` of its name (``BylineTable``, ``DatesTable``, ...; a phrase
family's file is a :class:`PhraseTable`).  An unknown or misspelt key, or a
value of the wrong type, raises :class:`~articlenorm.errors.ConfigError`
naming the file, the key and the nearest valid key.  Rule files of one's own
are read the same way by :func:`load_rule_file`.

A family's rules are applied through one :class:`RuleIndex` per rules tuple:
one look-up per block (its label, its first word, its set of words) tells
which rules can fire, and only those are run (see :class:`RuleIndex`).  Only
phrases that many sites print belong here; a rule that matches one site's
wording is a bug.
"""

from __future__ import annotations

import difflib
import itertools
import os
import re
import sys
import tomllib
import types
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypedDict, overload

from .errors import ConfigError
from .families import RULE_FILES
from .literals import LiteralFilter, required_literals
from .textutil import mask_quoted, norm_label, word_count

__all__ = [
    "AgenciesTable",
    "BoilerplateTable",
    "BylineTable",
    "CaptionsTable",
    "DatesTable",
    "LanguageRelativesTable",
    "LanguageTable",
    "PhraseTable",
    "Prepared",
    "Rule",
    "RuleIndex",
    "RuleOptions",
    "RuleTable",
    "SpeechTable",
    "WidgetsTable",
    "available_languages",
    "check_keys",
    "load_rule_file",
    "load_rules",
    "load_table",
    "rule_index",
]

Match = Literal["label", "prefix", "contains", "cues", "pattern"]
Region = Literal["any", "head", "tail"]
Follow = Literal["link-list", "url-line"]
#: The phrase families of the package's rule files (their files are :class:`PhraseTable`).
PhraseFamily = Literal[
    "ads", "appeals", "blurbs", "breadcrumbs", "comments", "metalines", "prompts", "related", "trailers"
]
MATCHERS: tuple[str, ...] = typing.get_args(Match)
REGIONS: tuple[str, ...] = typing.get_args(Region)
#: A rule limited to N words never needs more than N * 25 + 100 characters
#: (English words average 5-6 characters; 25 covers long compounds, URLs and
#: padding).  Skipping longer blocks bounds the work any pattern can do on a
#: block -- a run of 2,000 spaces or dots in a 3-word line cannot make a
#: regex backtrack for seconds.
CHARS_PER_WORD = 25
CHARS_SLACK = 100


# -- schemas ---------------------------------------------------------------
#
# One TypedDict per kind of file: its keys are the only keys the file may
# have, their annotations the types the loader checks.  Every key is optional
# unless the loader says otherwise (a rule's ``name``).


class RuleTable(TypedDict, total=False):
    """One ``[[rule]]`` (or boilerplate ``[[comment]]``) table."""

    name: str
    reason: str
    match: Match
    phrases: list[str]
    region: Region
    max_words: int
    min_hits: int
    not_prose: bool
    addressing: bool
    title_above: bool
    agency_signature: bool
    follow: Follow


class PhraseTable(TypedDict, total=False):
    """A phrase family's file (``ads.toml``, ``related.toml``, ...)."""

    rule: list[RuleTable]


class WidgetsTable(PhraseTable, total=False):
    run_items: list[str]


class BoilerplateTable(TypedDict, total=False):
    rule: list[RuleTable]
    comment: list[RuleTable]
    stopwords: list[str]
    #: Checked key by key against ``cleaners.boilerplate_rules.Thresholds``.
    thresholds: dict[str, int | float]


class BylineTable(TypedDict, total=False):
    labels: list[str]
    credits: list[str]
    cut_words: list[str]
    not_names: list[str]


class CaptionsTable(TypedDict, total=False):
    labels: list[str]
    credit_marks: list[str]
    position_markers: list[str]


class DatesTable(TypedDict, total=False):
    #: How 03/04/2024 reads: day first or month first.
    numeric_order: Literal["dmy", "mdy"]
    published_labels: list[str]
    updated_labels: list[str]
    filler: list[str]
    weekdays: list[str]
    months: dict[str, int]


class LanguageTable(TypedDict, total=False):
    stopwords: list[str]
    reader_pronouns: list[str]
    imperatives: list[str]


class LanguageRelativesTable(TypedDict, total=False):
    """``rules/common/language_relatives.toml``: stopwords of languages without
    rules that are close to one with rules (they keep the vote unsure)."""

    stopwords: dict[str, list[str]]


class AgenciesTable(TypedDict, total=False):
    agencies: list[str]
    joiners: list[str]


class PeopleTable(TypedDict, total=False):
    """``rules/common/people.toml``: what tells a person's name from the words
    around it in author values (metadata/authors.py)."""

    role_words: list[str]
    not_people: list[str]
    not_name_words: list[str]
    furniture_words: list[str]
    not_credits: list[str]
    extra_labels: list[str]
    not_first_words: list[str]
    not_name_endings: list[str]


class SpeechTable(TypedDict, total=False):
    source_prepositions: list[str]
    subject_verb_fillers: list[str]
    time_words: list[str]
    honorifics: list[str]
    titles: list[str]
    role_nouns: list[str]
    descriptor_words: list[str]
    org_nouns: list[str]
    speaker_phrase_ends: list[str]
    subordinators: list[str]
    name_run_breakers: list[str]
    latter: list[str]
    former: list[str]
    determiners: list[str]
    name_particles: list[str]
    name_suffixes: list[str]
    abbreviations: list[str]
    not_names: list[str]
    work_nouns: list[str]
    title_small_words: list[str]
    pronouns: dict[str, list[str]]
    speech_verbs: dict[str, list[str]]


#: The schema of each file name; any other name is a phrase family.
SCHEMAS: dict[str, type] = {
    "agencies": AgenciesTable,
    "boilerplate": BoilerplateTable,
    "byline": BylineTable,
    "captions": CaptionsTable,
    "dates": DatesTable,
    "language": LanguageTable,
    "language_relatives": LanguageRelativesTable,
    "people": PeopleTable,
    "speech": SpeechTable,
    "widgets": WidgetsTable,
}


def _type_name(tp: object) -> str:
    if tp is str:
        return "a string"
    if tp is int:
        return "an integer"
    if tp is float:
        return "a number"
    if tp is bool:
        return "true or false"
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    if origin is list:
        return f"a list of {_plural(args[0])}"
    if origin is dict:
        return f"a table of {_plural(args[1])}"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in args)
    if typing.is_typeddict(tp):
        return "a table"
    return str(tp)


def _plural(tp: object) -> str:
    """``_type_name`` for many: "strings", "lists of strings", "integers or numbers"."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return " or ".join(_plural(a) for a in typing.get_args(tp))
    head, _, rest = _type_name(tp).removeprefix("a ").removeprefix("an ").partition(" ")
    return f"{head}s {rest}".rstrip()


def _nearest(key: str, valid: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(valid), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_keys(where: str, given: Iterable[str], valid: Iterable[str]) -> None:
    """Raise :class:`ConfigError` for the first of ``given`` not in ``valid``,
    naming ``where`` (file and table), the key and the nearest valid key."""
    valid = list(valid)
    for key in given:
        if key not in valid:
            raise ConfigError(
                f"{where}: unknown key {key!r}{_nearest(key, valid)}; valid keys: {', '.join(sorted(valid))}"
            )


def _conforms(value: object, tp: object, where: str) -> bool:
    """Does ``value`` have type ``tp``?  Nested tables are checked (and raise)
    themselves, so a mistake deep in a file names its own key."""
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is str:
        return isinstance(value, str)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Literal:
        return value in args
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, a, where) for a in args)
    if origin is list:
        return isinstance(value, list) and all(
            _conforms(v, args[0], f"{where}[{i}]") for i, v in enumerate(value)
        )
    if origin is dict:
        return isinstance(value, dict) and all(
            isinstance(k, str) and _conforms(v, args[1], f"{where}.{k}") for k, v in value.items()
        )
    if typing.is_typeddict(tp):
        if not isinstance(value, dict):
            return False
        _check_table(value, tp, where)
        return True
    raise TypeError(f"schema type {tp!r} is not supported")  # a bug in a schema above


def _check_table(table: Mapping[str, object], schema: object, where: str) -> None:
    hints = typing.get_type_hints(schema)
    check_keys(where, table, hints)
    for key, value in table.items():
        tp = hints[key]
        label = f"{where}.{key}" if where.endswith("]") else f"{where} key {key!r}"
        if not _conforms(value, tp, label):
            hint = ""
            if typing.get_origin(tp) is Literal and isinstance(value, str):
                hint = _nearest(value, typing.get_args(tp))
            raise ConfigError(f"{label} must be {_type_name(tp)}, not {value!r}{hint}")


def _check_file(table: Mapping[str, object], schema: type, path: str) -> None:
    hints = typing.get_type_hints(schema)
    check_keys(f"{path}: top level", table, hints)
    for key, value in table.items():
        tp = hints[key]
        if typing.get_origin(tp) is list and typing.is_typeddict(typing.get_args(tp)[0]):
            if not isinstance(value, list):
                raise ConfigError(f"{path}: {key!r} must be an array of tables ([[{key}]]), not {value!r}")
            for i, item in enumerate(value):
                name = item.get("name") if isinstance(item, dict) else None
                where = f"{path}: [[{key}]] #{i + 1}" + (f" ({name!r})" if isinstance(name, str) else "")
                if not isinstance(item, dict):
                    raise ConfigError(f"{where} must be a table, not {item!r}")
                _check_table(item, typing.get_args(tp)[0], where)
        elif not _conforms(value, tp, f"{path}: [{key}]"):
            if typing.get_origin(tp) is dict and isinstance(value, dict):
                inner = typing.get_args(tp)[1]
                for k, v in value.items():  # name the offending key of the table
                    if not _conforms(v, inner, f"{path}: [{key}]"):
                        raise ConfigError(f"{path}: [{key}] key {k!r} must be {_type_name(inner)}, not {v!r}")
            raise ConfigError(f"{path}: key {key!r} must be {_type_name(tp)}, not {value!r}")


def _parse(text: str, path: str, name: str) -> dict[str, object]:
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"rule file {path} is not valid TOML: {exc}") from exc
    _check_file(table, SCHEMAS.get(name, PhraseTable), path)
    return table


# -- rules -----------------------------------------------------------------


def _fold(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").casefold()


def _alternation(phrases: Iterable[str]) -> str:
    parts = sorted({_fold(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


@dataclass(frozen=True, slots=True)
class RuleOptions:
    """A rule's family options, with their defaults.

    The project's convention for every tunable a rule file can set: one
    frozen dataclass whose fields are the TOML keys, whose defaults are the
    values used when a file leaves a key out, with a ``#:`` comment each (see
    also :class:`Rule` for the generic options and
    ``cleaners.boilerplate_rules.Thresholds``).  The loader checks rule
    tables against :class:`RuleTable`, which lists these keys too.
    """

    #: Fire only on blocks that are not sentences (``textutil.is_prose``).
    not_prose: bool = False
    #: Fire only on blocks that speak to the reader (``phrases.addresses_reader``).
    addressing: bool = False
    #: Also drop the title line right above the block (a teaser's headline).
    title_above: bool = False
    #: Fire only on a wire signature ("(kw/ PAP)", trailers).
    agency_signature: bool = False
    #: Also drop what follows: ``"link-list"`` (the links listed under a
    #: label) or ``"url-line"`` (the URL line after a source label).
    follow: str | None = None


_OPTION_KEYS = tuple(f.name for f in fields(RuleOptions))


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule of a cleaner family, compiled for matching.

    The defaults of the generic options (``match``, ``region``,
    ``max_words``, ``min_hits``) are the field defaults here; the family
    options are :class:`RuleOptions`.
    """

    family: str
    name: str
    reason: str
    match: str
    phrases: tuple[str, ...]
    language: str
    #: Where in the document the rule may fire: ``any``, ``head`` or ``tail``.
    region: str = "any"
    #: Never fire on blocks of more words than this (None: no limit).
    max_words: int | None = None
    #: ``cues`` rules: how many distinct phrases must occur.
    min_hits: int = 1
    options: RuleOptions = field(default_factory=RuleOptions)
    _labels: frozenset[str] = frozenset()
    _regex: re.Pattern[str] | None = None

    @classmethod
    def from_table(
        cls, family: str, language: str, table: Mapping[str, object], path: str | None = None
    ) -> Rule:
        """A rule from one ``[[rule]]`` table, checked against :class:`RuleTable`
        (``path`` names the file in errors)."""
        where = path or f"rule file {language}/{family}.toml"
        raw_name = table.get("name")
        label = f"{where}: [[rule]]" + (f" {raw_name!r}" if isinstance(raw_name, str) else "")
        _check_table(table, RuleTable, label)
        if not isinstance(raw_name, str):
            raise ConfigError(f"{label}: missing key 'name' (every rule needs a stable name)")
        rt = typing.cast(RuleTable, table)
        name = raw_name
        match = rt.get("match", "label")
        phrases = tuple(rt.get("phrases", ()))
        labels: frozenset[str] = frozenset()
        regex: re.Pattern[str] | None = None
        if match == "label":
            labels = frozenset(norm_label(p) for p in phrases)
        elif match == "prefix":
            regex = re.compile(rf"^(?:{_alternation(phrases)})(?:\s*[:|»›>\-–—]|\s*$)")
        elif match in ("contains", "cues"):
            regex = re.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)")
        else:
            try:
                regex = re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)
            except re.error as exc:
                raise ConfigError(f"{label}: bad pattern ({exc})") from exc
        given: dict[str, Any] = {k: table[k] for k in _OPTION_KEYS if k in table}
        options = RuleOptions(**given)
        return cls(
            family=family,
            name=name,
            reason=rt.get("reason", f"{family} clutter"),
            match=match,
            phrases=phrases,
            language=language,
            region=rt.get("region", "any"),
            max_words=rt.get("max_words"),
            min_hits=rt.get("min_hits", 1),
            options=options,
            _labels=labels,
            _regex=regex,
        )

    def char_limit(self) -> int | None:
        """Blocks longer than this many characters never match (None: any length)."""
        return None if self.max_words is None else self.max_words * CHARS_PER_WORD + CHARS_SLACK

    def matches(self, text: str | Prepared) -> bool:
        """Does this rule fire on a block with this text?"""
        return self._matches(text if isinstance(text, Prepared) else Prepared(text))

    def _matches(self, p: Prepared) -> bool:
        # The character bound first: it is free, the word count is not.
        if self.max_words is not None and (
            len(p.text) > self.max_words * CHARS_PER_WORD + CHARS_SLACK or p.words > self.max_words
        ):
            return False
        if self.match == "label":
            return p.label in self._labels
        assert self._regex is not None
        if self.match == "prefix":
            return self._regex.match(p.label) is not None
        if self.match == "pattern":
            return self._regex.search(p.masked) is not None
        if self.match == "contains":
            return self._regex.search(p.folded) is not None
        hits = {m.group(0) for m in self._regex.finditer(p.folded)}
        return len(hits) >= self.min_hits


_WORD = re.compile(r"\w+")
#: Characters that ``re.IGNORECASE`` matches to an ASCII letter although
#: ``str.lower`` does not map them to it one for one (``"İ".lower()`` is two
#: characters): the Kelvin sign lowers to "k" by itself.
_ASCII_TWINS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


class Prepared:
    """A block's text with the derived forms rules match against.  The
    masked text, word count, rule tokens and the phrase index's result are
    kept (shared by every rule, family and pass); the label, folded and
    lowered forms are made when read, which the index does once per text."""

    __slots__ = (
        "_hits",
        "_hits_key",
        "_masked",
        "_tokens",
        "_tokens_seen",
        "_words",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        #: The :meth:`PhraseIndex.candidates` result, and which index gave it.
        self._hits: dict[str, tuple[Rule, ...]] | None = None
        self._hits_key = -1
        self._words: int | None = None
        self._masked: str | None = None
        self._tokens: tuple[str, ...] | None = None
        self._tokens_seen = 0

    @property
    def words(self) -> int:
        if self._words is None:
            self._words = word_count(self.text)
        return self._words

    @property
    def label(self) -> str:
        """The block's :func:`~articlenorm.textutil.norm_label` (not kept: the
        index reads it once per text, a label or prefix rule it names once
        more; kept for every block it held 1.3x the input's size)."""
        return norm_label(self.text)

    @property
    def masked(self) -> str:
        if self._masked is None:
            self._masked = mask_quoted(self.text)
        return self._masked

    @property
    def folded(self) -> str:
        """:attr:`masked` case-folded with apostrophes unified.  Not kept: the
        index reads it once per text (for :attr:`tokens`) and only the few
        candidate ``contains``/``cues`` rules read it again; a kept copy of
        every block's text cost 1x the input at the peak."""
        return _fold(self.masked)

    @property
    def lowered(self) -> str:
        """:attr:`masked` as ``re.IGNORECASE`` sees ASCII letters: lower case,
        with the non-ASCII letters that case-insensitive matching equates with
        an ASCII one (dotless/dotted I, long s) mapped to it, one character for
        one.  An ASCII literal that a pattern matches case-insensitively in
        :attr:`masked` occurs in lower case here.  Not kept: only the index's
        one scan per text reads it, and a copy of every block would stay."""
        masked = self.masked
        if "İ" in masked or "ı" in masked or "ſ" in masked:  # rare: translate() is slow
            masked = masked.translate(_ASCII_TWINS)
        return masked.lower()

    @property
    def tokens(self) -> tuple[str, ...]:
        """The distinct ``\\w+`` runs of :attr:`folded` that some rule phrase
        uses (the only ones a :class:`RuleIndex` looks up), as the rule
        vocabulary's own string objects.  Every word of every block, kept for
        the whole run, held 12.7 MB on 1 MB of text (19x the input at the peak);
        a block holds a few rule words at most.  Recomputed when rules loaded
        since then added words to the vocabulary."""
        if self._tokens is None or self._tokens_seen != len(_RULE_WORDS):
            vocab = _RULE_WORDS
            found = {vocab[w] for w in _WORD.findall(self.folded) if w in vocab}
            self._tokens = tuple(found) if found else ()
            self._tokens_seen = len(vocab)
        return self._tokens


#: Every word of every contains/cues phrase of the rule indexes built so far,
#: mapped to itself (one string object per word); it only grows, as rules
#: load per language and are cached.
_RULE_WORDS: dict[str, str] = {}


def _limit(rules: Iterable[Rule]) -> int:
    """The longest block (in characters) any of ``rules`` can match (``sys.maxsize``: any)."""
    most = 0
    for rule in rules:
        limit = rule.char_limit()
        if limit is None:
            return sys.maxsize
        most = max(most, limit)
    return most


class RuleIndex:
    """One look-up per block that tells which of a rules tuple can fire.

    Instead of running every rule on every block, the phrases of all rules
    are indexed once:

    * ``label`` rules by their labels: a block's label is looked up;
    * ``prefix`` rules by the first ``\\w+`` word of each phrase: the block
      label's first word is looked up (a prefix phrase starts the label and
      is followed by a separator or the end, both non-word characters, so its
      first word is the label's first word);
    * ``contains`` / ``cues`` rules by the longest word of each phrase, with
      the phrase's set of words: a rule is a candidate when all the words of
      one of its phrases are among the block's words (a phrase matched with
      ``(?<!\\w)...(?!\\w)`` has each of its words as a whole ``\\w+`` run of
      the block);
    * ``pattern`` rules, and rules with a phrase that has no word, are
      always candidates.

    The conditions are necessary, never sufficient: :meth:`candidates` gives
    a superset of the rules that fire, in rule order, and each is then run
    as before (``Rule._matches``), so results are those of running every
    rule.  Blocks longer than every rule of a kind allows (``max_words``) are
    not looked up for that kind.  Pure Python and linear in the block (no
    alternation to backtrack through); an Aho-Corasick automaton would add a
    dependency to save the one ``\\w+`` scan per block.
    """

    __slots__ = (
        "_always",
        "_always_ids",
        "_filter",
        "_scan_limit",
        "_label_limit",
        "_labels",
        "_limits",
        "_prefix",
        "_prefix_limit",
        "_words",
        "_words_limit",
        "rules",
    )

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        labels: dict[str, list[int]] = {}
        prefix: dict[str, list[int]] = {}
        words: dict[str, list[tuple[int, frozenset[str]]]] = {}
        always: list[int] = []
        # Pattern rules with literal text they need are reached by a scan
        # for that text; the others run on every block.
        self._filter = LiteralFilter(
            [
                required_literals(r._regex.pattern, r._regex.flags)
                if r.match == "pattern" and r._regex is not None
                else None
                for r in rules
            ]
        )
        for i, rule in enumerate(rules):
            if rule.match == "pattern" and not self._filter.always(i):
                continue
            if rule.match == "label":
                for lab in rule._labels:
                    labels.setdefault(lab, []).append(i)
                continue
            folded = [_fold(p.strip()) for p in rule.phrases if p.strip()]
            split = [_WORD.findall(p) for p in folded]
            if rule.match == "pattern" or not split or not all(split):
                always.append(i)
            elif rule.match == "prefix":
                for toks in split:
                    prefix.setdefault(toks[0], []).append(i)
            else:
                for toks in split:
                    words.setdefault(max(toks, key=len), []).append((i, frozenset(toks)))
                    _RULE_WORDS.update((w, w) for w in toks if w not in _RULE_WORDS)
        self._limits = tuple(_limit((r,)) for r in rules)
        self._labels = {k: tuple(v) for k, v in labels.items()}
        self._prefix = {k: tuple(dict.fromkeys(v)) for k, v in prefix.items()}
        self._words = {k: tuple(v) for k, v in words.items()}
        self._always = tuple((self._limits[i], rules[i]) for i in always)
        self._always_ids = tuple(always)
        self._label_limit = _limit(r for r in rules if r.match == "label")
        self._prefix_limit = _limit(r for r in rules if r.match == "prefix")
        self._words_limit = _limit(r for r in rules if r.match in ("contains", "cues"))
        # Blocks longer than every rule that needs literals are not scanned.
        self._scan_limit = max(
            (self._limits[i] for i in range(len(rules)) if not self._filter.always(i)), default=-1
        )

    def candidates(self, p: Prepared) -> list[Rule]:
        """The rules that may fire on ``p``, in rule order (a superset of those
        whose ``matches(p)`` is true).  Rules whose ``max_words`` the block's
        length already exceeds are left out."""
        size = len(p.text)
        extra: list[int] = []
        by_label = bool(self._labels) and size <= self._label_limit
        by_prefix = bool(self._prefix) and size <= self._prefix_limit
        label = p.label if by_label or by_prefix else ""
        if by_label:
            extra += self._labels.get(label, ())
        if by_prefix:
            first = _WORD.search(label)
            if first is not None:
                extra += self._prefix.get(first.group(0), ())
        if self._words and size <= self._words_limit:
            tokens = p.tokens
            index = self._words
            for token in tokens:
                if token in index:
                    extra += [i for i, needed in index[token] if needed.issubset(tokens)]
        # A pattern rule that needs literal text is a candidate only if one
        # automaton scan of the block finds it (see articlenorm.literals);
        # the others are candidates for every block short enough.
        if size <= self._scan_limit:
            limits = self._limits
            extra += [i for i in self._filter.possible(p.lowered) if size <= limits[i]]
        if not extra:  # the usual case
            return [rule for limit, rule in self._always if size <= limit]
        rules, limits = self.rules, self._limits
        ids = sorted({*extra, *self._always_ids})
        return [rules[i] for i in ids if size <= limits[i]]


_INDEXES: dict[int, RuleIndex] = {}
_SERIAL = itertools.count()


def rule_index(rules: tuple[Rule, ...]) -> RuleIndex:
    """The :class:`RuleIndex` of a rules tuple (kept per tuple; the tuples
    from :func:`load_rules` are cached, so each is built once)."""
    index = _INDEXES.get(id(rules))
    if index is None or index.rules is not rules:
        if len(_INDEXES) > 256:  # tuples built on the fly by custom cleaners
            _INDEXES.clear()
        index = _INDEXES[id(rules)] = RuleIndex(rules)
    return index


class PhraseIndex:
    """One :class:`RuleIndex` over the rules of every phrase family, so that a
    block is looked up once for all of them instead of once per family (and
    per pass): :meth:`candidates` gives one family's candidate rules, from a
    per-text result cached on the :class:`Prepared`."""

    __slots__ = ("_grouped", "_index", "_key")

    def __init__(self, languages: tuple[str, ...]) -> None:
        rules: list[Rule] = []
        for family in RULE_FILES:
            rules += load_rules(family, languages)
        self._index = RuleIndex(tuple(rules))
        self._key = next(_SERIAL)
        self._grouped: dict[tuple[int, ...], dict[str, tuple[Rule, ...]]] = {}

    def candidates(self, p: Prepared, family: str) -> tuple[Rule, ...]:
        """``RuleIndex(load_rules(family, languages)).candidates(p)``, from one
        look-up of ``p`` for every family."""
        by_family = p._hits
        if by_family is None or p._hits_key != self._key:
            found = self._index.candidates(p)
            # Blocks share the mapping of their candidate set (most blocks
            # have one of a few sets): one dict per block held 1.6x the
            # input's size until the end of the run.  Keyed by the rules'
            # identities: hashing a Rule hashes every field.
            key = tuple(map(id, found))
            by_family = self._grouped.get(key)
            if by_family is None:
                grouped: dict[str, list[Rule]] = {}
                for rule in found:
                    grouped.setdefault(rule.family, []).append(rule)
                by_family = {k: tuple(v) for k, v in grouped.items()}
                if len(self._grouped) < MAX_CANDIDATE_SETS:
                    self._grouped[key] = by_family
            p._hits, p._hits_key = by_family, self._key
        return by_family.get(family, ())


#: Distinct candidate sets a :class:`PhraseIndex` keeps shared mappings for
#: (a page has a few dozen common ones; the bound keeps a long-running process's memory flat).
MAX_CANDIDATE_SETS = 256


@cache
def phrase_index(languages: tuple[str, ...]) -> PhraseIndex:
    """The shared :class:`PhraseIndex` of the package's phrase rules for ``languages``."""
    return PhraseIndex(languages)


# -- files -----------------------------------------------------------------


def _rules_dir() -> resources.abc.Traversable:
    return resources.files("articlenorm") / "rules"


@cache
def available_languages() -> tuple[str, ...]:
    """Languages that have a rules folder."""
    return tuple(sorted(p.name for p in _rules_dir().iterdir() if p.is_dir() and len(p.name) == 2))


@overload
def load_table(language: str, name: Literal["agencies"]) -> AgenciesTable: ...
@overload
def load_table(language: str, name: Literal["boilerplate"]) -> BoilerplateTable: ...
@overload
def load_table(language: str, name: Literal["byline"]) -> BylineTable: ...
@overload
def load_table(language: str, name: Literal["captions"]) -> CaptionsTable: ...
@overload
def load_table(language: str, name: Literal["dates"]) -> DatesTable: ...
@overload
def load_table(language: str, name: Literal["language"]) -> LanguageTable: ...
@overload
def load_table(language: str, name: Literal["language_relatives"]) -> LanguageRelativesTable: ...
@overload
def load_table(language: str, name: Literal["people"]) -> PeopleTable: ...
@overload
def load_table(language: str, name: Literal["speech"]) -> SpeechTable: ...
@overload
def load_table(language: str, name: Literal["widgets"]) -> WidgetsTable: ...
@overload
def load_table(language: str, name: PhraseFamily) -> PhraseTable: ...
def load_table(language: str, name: str) -> Mapping[str, object]:
    """The parsed, schema-checked TOML file ``rules/<language>/<name>.toml``
    ({} if absent).  Raises :class:`ConfigError` naming the file and key on
    invalid TOML, an unknown key or a value of the wrong type."""
    return _load_table(language, name)


@cache
def _load_table(language: str, name: str) -> dict[str, object]:
    path = _rules_dir() / language / f"{name}.toml"
    if not path.is_file():
        return {}
    return _parse(path.read_text(encoding="utf-8"), str(path), name)


def _rules_of(family: str, language: str, table: PhraseTable | BoilerplateTable, path: str) -> list[Rule]:
    return [Rule.from_table(family, language, raw, path) for raw in table.get("rule", ())]


@cache
def load_rules(family: str, languages: tuple[str, ...]) -> tuple[Rule, ...]:
    """All rules of ``family`` for ``languages``, in file order, language by language."""
    rules: list[Rule] = []
    for lang in languages:
        path = str(_rules_dir() / lang / f"{family}.toml")
        table = typing.cast(PhraseTable, _load_table(lang, family))
        rules += _rules_of(family, lang, table, path)
    return tuple(rules)


def load_rule_file(
    path: str | os.PathLike[str], family: str | None = None, language: str = "custom"
) -> tuple[Rule, ...]:
    """The ``[[rule]]`` tables of a rule file of one's own, checked as the
    package's are (family: the file's stem unless given).  Raises
    :class:`ConfigError` naming the file and the key on any mistake."""
    file = Path(path)
    family = family or file.stem
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"rule file {file} cannot be read: {exc}") from exc
    table = typing.cast(PhraseTable, _parse(text, str(file), family))
    return tuple(_rules_of(family, language, table, str(file)))
