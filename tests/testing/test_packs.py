"""Language packs: generated articles are pinned, so a change to how packs are
stored or read cannot silently change what the generators produce.

The hashes were taken from the packs as Python modules, before they became
TOML files; they must still match.  If you change a pack's words on purpose,
run this file, check the diff of a few generated articles, and update the
hashes of the languages you changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tomllib
from importlib import resources
from typing import Any

import pytest

from articlenorm.errors import ConfigError
from articlenorm.testing import LANGUAGES, sample_articles
from articlenorm.testing.packs import pack
from articlenorm.testing.packs.load import PACK_FAMILIES, load_pack, parse_pack

#: language -> (cluttered articles, clean articles, pack contents), sha256 prefixes.
#: (The article digests hash Article.to_dict(): re-pinned when schema 2 added the
#: ``modified`` and ``title`` fields, None in every generated article; the texts
#: and pack contents are unchanged.  German re-pinned when "Stand:" became an update
#: label: the de pack's publication-date form is "Veröffentlicht am ... um ...".)
PINNED: dict[str, tuple[str, str, str]] = {
    "en": ("0363d14ba10b152a", "9d408d5c16f4ea1a", "e06909db4afa7fd2"),
    "de": ("7d80681bfa0ed099", "5082f4a77fc0dee6", "bd37d52fe0f2400b"),
    "fr": ("4e5bdf43ab096c5b", "ca70ed08bce4bed3", "e489db0437aaea7a"),
    "es": ("fa729deaf3fc575a", "757f22cbde4fbc36", "dbe1389e485c00ef"),
    "it": ("381ca6db5ee09726", "d8e7fc8eeca9bc37", "43f80ab8c3f14b83"),
    "pt": ("14e1e413d55e26d0", "e89990c4152c16a0", "72555d803a623937"),
    "nl": ("9bc760429cf99eec", "5ffc3e3746a6b771", "88b43261b3047298"),
    "ru": ("e53864ccbb7b5633", "1317a0ec12182523", "1d4547316d879e6a"),
    "pl": ("a1a5056aa5f349ef", "e1c6a4d8bf349447", "b8bafdf6b0810f87"),
}


def _articles_digest(language: str, *, cluttered: bool) -> str:
    h = hashlib.sha256()
    for sample in sample_articles(25, language=language, seed=7, cluttered=cluttered):
        expected = json.dumps(sample.expected.to_dict(), sort_keys=True, ensure_ascii=False)
        h.update(repr((sample.text, expected, sample.clutter)).encode())
    return h.hexdigest()[:16]


def _pack_digest(language: str) -> str:
    contents = json.dumps(dataclasses.asdict(pack(language)), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(contents.encode()).hexdigest()[:16]


def test_every_language_is_pinned() -> None:
    assert set(PINNED) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_generated_articles_are_unchanged(language: str) -> None:
    cluttered, clean, contents = PINNED[language]
    assert _pack_digest(language) == contents
    assert _articles_digest(language, cluttered=True) == cluttered
    assert _articles_digest(language, cluttered=False) == clean


def _en() -> dict[str, Any]:
    return tomllib.loads(
        (resources.files("articlenorm.testing.packs") / "en.toml").read_text(encoding="utf-8")
    )


def test_pack_files_are_the_languages() -> None:
    names = [p.name for p in resources.files("articlenorm.testing.packs").iterdir()]
    assert sorted(n for n in names if n.endswith(".toml")) == sorted(f"{lang}.toml" for lang in LANGUAGES)
    assert not [n for n in names if n.removesuffix(".py") in LANGUAGES], "a pack is data, not a module"


def test_a_pack_parses_to_the_same_pack_as_pack() -> None:
    assert parse_pack(_en(), source="en.toml", language="en") == pack("en") == load_pack("en")
    assert pack("en").sites == ("example.com", "news.example.org")  # the default when the file has none


def test_every_pack_has_every_family_it_can_hold() -> None:
    for lang in LANGUAGES:
        assert set(pack(lang).clutter) == set(PACK_FAMILIES), lang


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("quotes"), r"en\.toml: missing key 'quotes'"),
        (
            lambda d: d.update(qoutes=d.pop("quotes")),
            r"en\.toml: unknown key 'qoutes' \(did you mean 'quotes'\?\)",
        ),
        (lambda d: d.update(code="de"), r"en\.toml: key 'code' is 'de', not 'en'"),
        (lambda d: d.update(months="January"), r"en\.toml: key 'months' must be a list, not str"),
        (lambda d: d.update(two_names=["a", "b"]), r"key 'two_names' must be a string, not list"),
        (lambda d: d["places"].append(3), r"key 'places\[7\]' must be a string, not int 3"),
        (
            lambda d: d.update(quote_marks=[["<<", ">>", "!"]]),
            r"key 'quote_marks\[0\]' must be a list of 2 items",
        ),
        (lambda d: d.update(clutter=[]), r"key 'clutter' must be a table, not list"),
        (
            lambda d: d["clutter"]["widgets"].append("Share"),
            r"key 'clutter\.widgets\[7\]' must be a list, not str",
        ),
        (lambda d: d["clutter"].update(widget=[["Share"]]), r"key 'clutter\.widget' is no clutter family"),
        (lambda d: d["clutter"].update(repeats=[["Home"]]), r"key 'clutter\.repeats' is no clutter family"),
    ],
)
def test_a_bad_pack_is_refused_naming_file_and_key(change: Any, message: str) -> None:
    data = _en()
    change(data)
    with pytest.raises(ConfigError, match=message):
        parse_pack(data, source="en.toml", language="en")
