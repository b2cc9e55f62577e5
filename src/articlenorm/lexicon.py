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

Match modes (all case-insensitive, typographic apostrophes unified):

``label``     the whole block is one phrase (bullets, edge punctuation ignored)
``prefix``    the block starts with a phrase followed by ``:``, ``-``, ``|``, ``»``
``contains``  a phrase occurs as whole words anywhere (outside quotations)
``cues``      at least ``min_hits`` distinct phrases occur (outside quotations)
``pattern``   ``phrases`` are regular expressions (searched outside quotations)

Phrases of a rule are compiled into one alternation, so a block is scanned
once per rule whatever the size of the list.  Only phrases that many sites
print belong here; a rule that matches one site's wording is a bug.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .errors import ConfigError
from .textutil import mask_quoted, norm_label, word_count

__all__ = [
    "Prepared",
    "Rule",
    "RuleIndex",
    "available_languages",
    "load_rules",
    "load_table",
    "rule_index",
]

MATCHERS = ("label", "prefix", "contains", "cues", "pattern")
#: A rule limited to N words never needs more than N * 25 + 100 characters
#: (English words average 5-6 characters; 25 covers long compounds, URLs and
#: padding).  Skipping longer blocks bounds the work any pattern can do on a
#: block -- a run of 2,000 spaces or dots in a 3-word line cannot make a
#: regex backtrack for seconds.
CHARS_PER_WORD = 25
CHARS_SLACK = 100
REGIONS = ("any", "head", "tail")


def _fold(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").casefold()


def _alternation(phrases: Iterable[str]) -> str:
    parts = sorted({_fold(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule of a cleaner family, compiled for matching."""

    family: str
    name: str
    reason: str
    match: str
    phrases: tuple[str, ...]
    language: str
    region: str = "any"
    max_words: int | None = None
    min_hits: int = 1
    options: dict[str, object] = field(default_factory=dict)
    _labels: frozenset[str] = frozenset()
    _regex: re.Pattern[str] | None = None

    @classmethod
    def from_table(cls, family: str, language: str, table: dict[str, object]) -> Rule:
        known = {"name", "reason", "match", "phrases", "region", "max_words", "min_hits"}
        try:
            name = str(table["name"])
            match = str(table.get("match", "label"))
            phrases = tuple(str(p) for p in table.get("phrases", ()))  # type: ignore[attr-defined]
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"rule file {language}/{family}.toml: bad rule {table!r} ({exc})") from exc
        if match not in MATCHERS:
            raise ConfigError(f"rule {family}/{name}: match must be one of {MATCHERS}, not {match!r}")
        region = str(table.get("region", "any"))
        if region not in REGIONS:
            raise ConfigError(f"rule {family}/{name}: region must be one of {REGIONS}")
        max_words = table.get("max_words")
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
                raise ConfigError(f"rule {family}/{name}: bad pattern ({exc})") from exc
        return cls(
            family=family,
            name=name,
            reason=str(table.get("reason", f"{family} clutter")),
            match=match,
            phrases=phrases,
            language=language,
            region=region,
            max_words=int(max_words) if isinstance(max_words, int) else None,
            min_hits=int(table.get("min_hits", 1)),  # type: ignore[call-overload]
            options={k: v for k, v in table.items() if k not in known},
            _labels=labels,
            _regex=regex,
        )

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


class Prepared:
    """A block's text with the derived forms rules match against, each
    computed once on first use and shared by every rule."""

    __slots__ = ("_folded", "_label", "_masked", "_words", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: int | None = None
        self._label: str | None = None
        self._masked: str | None = None
        self._folded: str | None = None

    @property
    def words(self) -> int:
        if self._words is None:
            self._words = word_count(self.text)
        return self._words

    @property
    def label(self) -> str:
        if self._label is None:
            self._label = norm_label(self.text)
        return self._label

    @property
    def masked(self) -> str:
        if self._masked is None:
            self._masked = mask_quoted(self.text)
        return self._masked

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = _fold(self.masked)
        return self._folded


class RuleIndex:
    """Cheap necessary conditions over one family's rules, so most rules can
    be ruled out for a block without running them.

    * a ``label`` rule can only fire if the block's label is one of its labels;
    * a ``contains`` / ``cues`` rule can only fire if *some* phrase of the
      family occurs: one search of all their phrases in one alternation (if
      any rule's own alternation matches at a position, the combined one does
      too, since its phrase is among the alternatives) replaces a search per
      rule on the many blocks that hold none.
    """

    __slots__ = ("_phrases", "rules")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        wordy = [r for r in rules if r.match in ("contains", "cues")]
        alternations = [_alternation(r.phrases) for r in wordy]
        # A rule with no phrases compiles to an empty alternation, which
        # matches between any two non-word characters: then nothing is implied.
        usable = wordy and all(alternations)
        self._phrases = (
            re.compile(rf"(?<!\w)(?:{_alternation(p for r in wordy for p in r.phrases)})(?!\w)")
            if usable
            else None
        )

    def may_match(self, rule: Rule, text: Prepared, phrase_seen: list[bool | None]) -> bool:
        """False only if ``rule.matches(text)`` is surely false.  ``phrase_seen``
        is a one-item cache of the family-wide phrase search for this text."""
        if rule.match == "label":
            return text.label in rule._labels
        if rule.match in ("contains", "cues") and self._phrases is not None:
            if phrase_seen[0] is None:
                phrase_seen[0] = self._phrases.search(text.folded) is not None
            return phrase_seen[0]
        return True


_INDEXES: dict[int, RuleIndex] = {}


def rule_index(rules: tuple[Rule, ...]) -> RuleIndex:
    """The :class:`RuleIndex` of a rules tuple (kept per tuple; the tuples
    from :func:`load_rules` are cached, so each is built once)."""
    index = _INDEXES.get(id(rules))
    if index is None or index.rules is not rules:
        if len(_INDEXES) > 256:  # tuples built on the fly by custom cleaners
            _INDEXES.clear()
        index = _INDEXES[id(rules)] = RuleIndex(rules)
    return index


def _rules_dir() -> resources.abc.Traversable:
    return resources.files("articlenorm") / "rules"


@cache
def available_languages() -> tuple[str, ...]:
    """Languages that have a rules folder."""
    return tuple(sorted(p.name for p in _rules_dir().iterdir() if p.is_dir() and len(p.name) == 2))


@cache
def load_table(language: str, name: str) -> dict[str, object]:
    """The parsed TOML file ``rules/<language>/<name>.toml`` ({} if absent)."""
    path = _rules_dir() / language / f"{name}.toml"
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"rule file {language}/{name}.toml is not valid TOML: {exc}") from exc


@cache
def load_rules(family: str, languages: tuple[str, ...]) -> tuple[Rule, ...]:
    """All rules of ``family`` for ``languages``, in file order, language by language."""
    rules: list[Rule] = []
    for lang in languages:
        table = load_table(lang, family)
        for raw in table.get("rule", ()):  # type: ignore[attr-defined]
            rules.append(Rule.from_table(family, lang, raw))
    return tuple(rules)
