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

import pytest

from articlenorm.testing import LANGUAGES, sample_articles
from articlenorm.testing.packs import pack

#: language -> (cluttered articles, clean articles, pack contents), sha256 prefixes.
PINNED: dict[str, tuple[str, str, str]] = {
    "en": ("ad6451ce5ae569f9", "7b7e7de04da2801f", "e06909db4afa7fd2"),
    "de": ("72313fca54e8ba87", "b54ada63b335fa88", "9da3a6864f952870"),
    "fr": ("25f8b4a982e3d0e8", "49f5f92e533502a8", "e489db0437aaea7a"),
    "es": ("d3a6eea37d7aacf6", "e6350f4282f8b9d3", "dbe1389e485c00ef"),
    "it": ("7e574bc9e8da0ef0", "8c47bb96fb6556e7", "43f80ab8c3f14b83"),
    "pt": ("48e68487523556d1", "37dc72536ff2379d", "72555d803a623937"),
    "nl": ("ac1e10e233738e0d", "06afd371930e71f5", "88b43261b3047298"),
    "ru": ("053bf7563e428a56", "80ad8893563ba7d4", "1d4547316d879e6a"),
    "pl": ("4157d686113a62af", "16330b6e735754bf", "b8bafdf6b0810f87"),
}


def _articles_digest(language: str, *, cluttered: bool) -> str:
    h = hashlib.sha256()
    for sample in sample_articles(25, language=language, seed=7, cluttered=cluttered):
        h.update(repr((sample.text, sample.expected, sample.clutter)).encode())
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
