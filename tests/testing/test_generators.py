"""articlenorm.testing generators and strategies: shapes, ground truth, reproducibility."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articlenorm.testing as t
from articlenorm import Caption
from articlenorm.testing import (
    FAMILIES,
    LANGUAGES,
    POSITIONS,
    RandomSource,
    articles,
    clutter,
    cluttered_articles,
    make_clutter,
    sample_articles,
)
from articlenorm.testing.packs import pack
from articlenorm.testing.packs.load import PACK_FAMILIES


def test_public_names_are_exported() -> None:
    for name in t.__all__:
        assert getattr(t, name) is not None
    with pytest.raises(AttributeError):
        _ = t.no_such_name


def test_every_family_has_positions_and_every_pack_has_its_clutter() -> None:
    assert set(POSITIONS) == set(FAMILIES)
    for lang in LANGUAGES:
        p = pack(lang)
        for family in PACK_FAMILIES:  # the clutter families but markup and repeats
            assert p.clutter.get(family), f"{lang} pack has no {family} clutter"
        assert len(p.months) == 12 and p.tricky and p.subheadings and p.captions


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("family", FAMILIES)
def test_make_clutter_for_every_family_and_language(lang: str, family: str) -> None:
    piece = make_clutter(RandomSource(f"{lang}:{family}"), family, lang)
    assert piece.family == family and piece.language == lang
    assert piece.lines and all(line.strip() == line and line for line in piece.lines)
    assert not any("{" in line for line in piece.lines), "a template field was left unfilled"


def test_unknown_family_and_language_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown clutter family"):
        make_clutter(RandomSource(0), "popups")
    with pytest.raises(ValueError, match="no generator pack"):
        pack("xx")
    with pytest.raises(ValueError):
        clutter(family="popups")
    with pytest.raises(ValueError):
        articles(language="xx")
    with pytest.raises(ValueError):
        cluttered_articles(families=["popups"])


def test_sampling_is_reproducible() -> None:
    a = [s.text for s in sample_articles(5, language="de", seed=7)]
    b = [s.text for s in sample_articles(5, language="de", seed=7)]
    c = [s.text for s in sample_articles(5, language="de", seed=8)]
    assert a == b and a != c


@settings(max_examples=40, deadline=None)
@given(sample=articles(language=None))
def test_articles_carry_their_ground_truth(sample: t.GeneratedArticle) -> None:
    exp = sample.expected
    assert sample.language in LANGUAGES and exp.language == sample.language
    assert exp.headline and sample.text.startswith(exp.headline)
    for para in exp.paragraphs:
        assert para in sample.text
    for caption in exp.captions:
        assert isinstance(caption, Caption) and caption.text in sample.text and caption.credit
    if exp.byline:
        assert exp.authors and all(a in exp.byline for a in exp.authors)
    assert sample.clutter == ()


@settings(max_examples=40, deadline=None)
@given(sample=cluttered_articles(language=None, min_pieces=2, max_pieces=5))
def test_cluttered_articles_place_clutter_where_pages_do(sample: t.GeneratedArticle) -> None:
    assert 1 <= len(sample.clutter) <= 5
    lines = sample.text.split("\n\n")
    headline_at = lines.index(sample.expected.headline)
    for item in sample.clutter:
        assert item.position in POSITIONS[item.family]
        if item.family == "markup":
            assert item.clean in sample.expected.paragraphs and item.lines[0] in sample.text
            continue
        at = [i for i, block in enumerate(lines) if block.split("\n")[0] == item.lines[0]]
        assert at, f"{item.lines[0]!r} is not in the text"
        if item.position == "top":
            assert min(at) < headline_at
        elif item.position in ("middle", "end"):
            assert max(at) > headline_at


@settings(max_examples=25, deadline=None)
@given(piece=clutter(family=["related", "widgets"], language=["fr", "ru"]), lang=st.sampled_from(LANGUAGES))
def test_clutter_strategy_draws_the_asked_families(piece: t.ClutterPiece, lang: str) -> None:
    assert piece.family in ("related", "widgets") and piece.language in ("fr", "ru")
    assert lang in LANGUAGES
