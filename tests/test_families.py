"""articlenorm.families, the one list of cleaner families, against what uses it:
the default pipeline, the rule files on disk, the report colours, the HTML box
words and the test generators."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import articlenorm
import articlenorm.testing
from articlenorm import families
from articlenorm.cleaners.html_hints import BOX_WORDS
from articlenorm.families import ALL, BUILT_IN, CLUTTER, FIELDS, PAGE, RULE_FILES
from articlenorm.lexicon import available_languages
from articlenorm.report_style import FAMILY_COLOURS

RULES = Path(__file__).resolve().parent.parent / "src" / "articlenorm" / "rules"


def test_families_are_the_default_pipelines_in_its_order() -> None:
    steps = list(articlenorm.default_pipeline())
    assert tuple(dict.fromkeys(step.family for step in steps)) == ALL
    assert len(set(ALL)) == len(ALL) == len(BUILT_IN)


def test_each_kind_is_made_of_the_steps_it_says() -> None:
    for step in articlenorm.default_pipeline():
        # Every step, the field-claiming ones included, is a cleaner;
        # fields/ holds only the pure readers they call.
        module = type(step).__module__
        assert module.startswith("articlenorm.cleaners."), (step.name, module)
        assert step.family in CLUTTER + PAGE + FIELDS, step.family
    assert set(CLUTTER) | set(FIELDS) | set(PAGE) == set(ALL)
    assert set(RULE_FILES) <= set(CLUTTER)


def _rule_files(lang: str) -> set[str]:
    """Names of the files of ``rules/<lang>`` that hold ``[[rule]]`` tables."""
    return {
        path.stem
        for path in (RULES / lang).glob("*.toml")
        if tomllib.loads(path.read_text(encoding="utf-8")).get("rule")
    }


def test_rule_families_have_a_rule_file_in_every_language_and_no_other_family_does() -> None:
    langs = available_languages()
    assert len(langs) == 9
    for lang in langs:
        found = _rule_files(lang)
        assert set(RULE_FILES) <= found, f"rules/{lang} lacks {set(RULE_FILES) - found}"
        # boilerplate is a page family that also reads optional (English) rules.
        assert found - set(RULE_FILES) <= {"boilerplate"}, f"rules/{lang}: {found - set(RULE_FILES)}"
    assert not _rule_files("common")


def test_every_family_has_a_report_colour() -> None:
    assert set(FAMILY_COLOURS) == set(ALL)


def test_html_box_words_name_the_rule_families() -> None:
    assert set(BOX_WORDS) == set(RULE_FILES)


def test_the_generators_inject_the_clutter_families() -> None:
    assert articlenorm.testing.FAMILIES == CLUTTER
    assert set(articlenorm.testing.POSITIONS) == set(CLUTTER)


def test_families_imports_nothing_from_the_package() -> None:
    tree = ast.parse(Path(families.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name if isinstance(node, ast.Import) else f"{'.' * node.level}{node.module}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= set(sys.stdlib_module_names), imported  # the standard library only
