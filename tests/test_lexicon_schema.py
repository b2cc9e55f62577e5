"""The one rule-file loader: every key has a declared type, and a mistake
raises ConfigError naming the file, the key and the nearest valid key."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest

from articlenorm.cleaners.boilerplate_rules import Thresholds, thresholds
from articlenorm.errors import ConfigError
from articlenorm.lexicon import (
    SCHEMAS,
    Rule,
    RuleOptions,
    RuleTable,
    available_languages,
    check_keys,
    load_rule_file,
    load_rules,
    load_table,
)

RULES = Path(__file__).resolve().parent.parent / "src" / "articlenorm" / "rules"

GOOD = """
[[rule]]
name = "read-more"
reason = "a related-links label"
match = "prefix"
region = "tail"
max_words = 6
phrases = ["read more", "see also"]
follow = "link-list"
not_prose = true

[[rule]]
name = "support-us"
match = "cues"
min_hits = 2
addressing = true
phrases = ["support", "donate", "subscribe"]
"""


def _write(tmp_path: Path, text: str, name: str = "related.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads_with_typed_options(tmp_path: Path) -> None:
    first, second = load_rule_file(_write(tmp_path, GOOD))
    assert (first.family, first.name, first.match, first.region, first.max_words) == (
        "related",
        "read-more",
        "prefix",
        "tail",
        6,
    )
    assert first.options == RuleOptions(follow="link-list", not_prose=True)
    assert first.matches("Read more: the story") and not first.matches("We read more books")
    assert second.options.addressing and second.min_hits == 2 and second.region == "any"
    assert second.reason == "related clutter"  # the default reason


def _error(tmp_path: Path, text: str, name: str = "related.toml") -> str:
    path = _write(tmp_path, text, name)
    with pytest.raises(ConfigError) as info:
        load_rule_file(path)
    message = str(info.value)
    assert str(path) in message, message
    return message


@pytest.mark.parametrize(
    ("line", "key", "nearest"),
    [
        ("max_word = 3", "'max_word'", "'max_words'"),
        ('regoin = "head"', "'regoin'", "'region'"),
        ("notprose = true", "'notprose'", "'not_prose'"),
        ('folow = "link-list"', "'folow'", "'follow'"),
    ],
)
def test_a_misspelt_rule_option_names_file_key_and_nearest(
    tmp_path: Path, line: str, key: str, nearest: str
) -> None:
    message = _error(tmp_path, f'[[rule]]\nname = "x"\nphrases = ["a"]\n{line}\n')
    assert key in message and f"did you mean {nearest}" in message, message
    assert "'x'" in message  # the rule's name


def test_an_unknown_option_without_near_key_lists_the_valid_ones(tmp_path: Path) -> None:
    message = _error(tmp_path, '[[rule]]\nname = "x"\nphrases = ["a"]\ncolour = "red"\n')
    assert "'colour'" in message and "did you mean" not in message and "max_words" in message


def test_an_unknown_top_level_key_is_an_error(tmp_path: Path) -> None:
    message = _error(tmp_path, '[[rules]]\nname = "x"\nphrases = ["a"]\n')
    assert "top level" in message and "'rules'" in message and "did you mean 'rule'" in message


@pytest.mark.parametrize(
    ("line", "key", "expected"),
    [
        ('max_words = "3"', "max_words", "an integer"),
        ("max_words = true", "max_words", "an integer"),
        ("min_hits = 1.5", "min_hits", "an integer"),
        ('not_prose = "yes"', "not_prose", "true or false"),
        ('phrases = "read more"', "phrases", "a list of strings"),
        ("phrases = [1, 2]", "phrases", "a list of strings"),
        ('match = "contain"', "match", "did you mean 'contains'"),
        ('region = "top"', "region", "one of 'any', 'head', 'tail'"),
        ('follow = "links"', "follow", "one of 'link-list', 'url-line'"),
    ],
)
def test_a_wrong_type_names_file_key_and_type(tmp_path: Path, line: str, key: str, expected: str) -> None:
    body = f'[[rule]]\nname = "x"\n{line}\n' + ("" if line.startswith("phrases") else 'phrases = ["a"]\n')
    message = _error(tmp_path, body)
    assert key in message and expected in message, message


def test_a_rule_needs_a_name_and_a_valid_pattern(tmp_path: Path) -> None:
    assert "unknown key 'reason'" in _error(tmp_path, 'reason = "x"\n', "x.toml")  # outside a [[rule]]
    assert "missing key 'name'" in _error(tmp_path, '[[rule]]\nphrases = ["a"]\n')
    assert "bad pattern" in _error(tmp_path, '[[rule]]\nname = "p"\nmatch = "pattern"\nphrases = ["(a"]\n')
    assert "array of tables" in _error(tmp_path, 'rule = "x"\n')


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    assert "not valid TOML" in _error(tmp_path, "[[rule]\nname = 1\n")


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        load_rule_file(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("name", "text", "key", "nearest"),
    [
        ("dates", "[month]\njan = 1\n", "'month'", "'months'"),
        ("dates", 'numeric_order = "dym"\n', "numeric_order", "'dmy'"),
        ("dates", '[months]\njan = "1"\n', "[months] key 'jan'", "an integer"),
        ("byline", 'label = ["by"]\n', "'label'", "'labels'"),
        ("captions", 'credit_mark = ["©"]\n', "'credit_mark'", "'credit_marks'"),
        ("language", "stopwords = [1]\n", "stopwords", "a list of strings"),
        ("widgets", 'run_item = ["email"]\n', "'run_item'", "'run_items'"),
        ("boilerplate", '[[coment]]\nname = "c"\n', "'coment'", "'comment'"),
        ("boilerplate", '[[comment]]\nname = "c"\nmax_wrds = 3\n', "'max_wrds'", "'max_words'"),
        (
            "boilerplate",
            '[thresholds]\nlength_low = "x"\n',
            "[thresholds] key 'length_low'",
            "an integer or a number",
        ),
        ("speech", "[pronouns]\nmale = 1\n", "[pronouns] key 'male'", "a list of strings"),
        ("speech", 'pronouns = ["he"]\n', "pronouns", "a table of lists of strings"),
    ],
)
def test_every_kind_of_table_is_checked(tmp_path: Path, name: str, text: str, key: str, nearest: str) -> None:
    message = _error(tmp_path, text, f"{name}.toml")
    assert key in message and nearest in message, message


def test_every_package_file_loads_against_its_schema() -> None:
    files = sorted(RULES.glob("*/*.toml"))
    assert len(files) > 100
    for path in files:
        table = load_table(path.parent.name, path.stem)  # type: ignore[call-overload]
        assert table, path
        load_rule_file(path)  # the same loader, from a path
    assert {p.stem for p in files} >= set(SCHEMAS)
    assert load_rules("related", ("en",))[0].options == load_rules("related", ("en",))[0].options


def test_rule_table_keys_are_rule_fields_and_options() -> None:
    """One declaration per option: RuleTable lists the keys, Rule and
    RuleOptions hold their defaults."""
    keys = set(typing.get_type_hints(RuleTable))
    rule_fields = {f.name for f in dataclasses.fields(Rule)} - {
        "family",
        "language",
        "options",
        "_labels",
        "_regex",
    }
    options = {f.name for f in dataclasses.fields(RuleOptions)}
    assert keys == rule_fields | options
    assert not rule_fields & options


def test_package_rules_use_their_declared_options() -> None:
    seen: set[str] = set()
    for lang in available_languages():
        for family in ("ads", "related", "trailers", "appeals", "prompts"):
            for rule in load_rules(family, (lang,)):
                seen |= {k for k, v in dataclasses.asdict(rule.options).items() if v}
    assert seen == {f.name for f in dataclasses.fields(RuleOptions)}


def test_thresholds_are_checked_by_name() -> None:
    assert isinstance(thresholds(), Thresholds)
    with pytest.raises(ConfigError, match=r"'prose_word'.*did you mean 'prose_words'"):
        check_keys("rules/common/boilerplate.toml: [thresholds]", ["prose_word"], ["prose_words", "link_run"])
    check_keys("x", ["link_run"], ["prose_words", "link_run"])


def test_a_phrase_cleaner_runs_rules_from_a_file_of_ones_own(tmp_path: Path) -> None:
    import articlenorm
    from articlenorm.cleaners import PhraseCleaner

    own = '[[rule]]\nname = "house-label"\nmatch = "label"\nphrases = ["our house note"]\n'
    rules = load_rule_file(_write(tmp_path, own, "house.toml"))

    class House(PhraseCleaner):
        family = "house"

        def rules(self, doc: object) -> tuple[Rule, ...]:
            return rules

    text = "A story about a town.\n\nOur house note\n\nThe council met on Monday and voted."
    article = articlenorm.normalize(text, format="text", pipeline=[House()], explain=True)
    assert "Our house note" not in article.body and "council met" in article.body
    assert [r.rule for r in article.removed] == ["house-label"]
