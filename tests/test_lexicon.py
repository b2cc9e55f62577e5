"""Rule files: valid, and free of one-site strings (URLs, emails, phone
numbers, names from the users' seed inputs)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from articlenorm.lexicon import available_languages, load_rules, load_table

RULES = Path(__file__).resolve().parent.parent / "src" / "articlenorm" / "rules"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
FAMILIES = [
    "widgets",
    "ads",
    "appeals",
    "prompts",
    "related",
    "blurbs",
    "comments",
    "trailers",
    "breadcrumbs",
    "metalines",
]


def _phrases() -> list[str]:
    out = []
    for lang in available_languages():
        for family in FAMILIES:
            for rule in load_rules(family, (lang,)):
                if rule.match != "pattern":
                    out += list(rule.phrases)
    return out


def test_every_rule_file_loads_and_rules_have_reasons() -> None:
    assert "en" in available_languages()
    for lang in available_languages():
        for family in FAMILIES:
            for rule in load_rules(family, (lang,)):
                assert rule.reason and rule.name
    assert load_table("common", "agencies")["agencies"]


def test_no_site_specific_strings() -> None:
    for phrase in _phrases():
        assert not re.search(r"https?://|www\.|\.com\b|@\w", phrase), phrase
        assert not re.search(r"\d{3}[-. ]\d{3,4}", phrase), phrase


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_no_seed_names_in_rules() -> None:
    seed_text = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    # capitalised two-word names in the seeds (people, sites), e.g. "Firstname Lastname"
    names = set(re.findall(r"\b([A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?)\b", seed_text))
    rules_text = " ".join(
        line
        for p in RULES.rglob("*.toml")
        for line in p.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("#")
    ).casefold()
    # Agency names and generic ad wording occur on many sites, not just in the seeds.
    generic = {"associated press", "press service", "foreign ministry", "agence france", "deposit bonus"}
    leaked = {n for n in names if n.casefold() in rules_text and n.casefold() not in generic}
    assert not leaked, leaked
    for url in re.findall(r"https?://[\w.]+", seed_text):
        assert url.casefold() not in rules_text
