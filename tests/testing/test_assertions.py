"""assert_normalizes_to and assert_cleaner_safe, on good and on broken cleaners."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import articlenorm
from articlenorm import Config, Doc, Verdict, default_pipeline
from articlenorm.cleaners import Related
from articlenorm.model import Role
from articlenorm.testing import assert_cleaner_safe, assert_normalizes_to, make_article, sample_articles
from articlenorm.testing.source import RandomSource

CFG = Config(include_quotes=False, detect_language=False)


def test_assert_normalizes_to_passes_on_generated_articles() -> None:
    for sample in sample_articles(5, language="es", seed=3):
        article = assert_normalizes_to(sample.text, sample.expected, config=CFG)
        assert article.removed  # explain is on


def test_assert_normalizes_to_explains_a_lost_paragraph() -> None:
    sample = make_article(RandomSource(1), "en")
    text = sample.text + "\n\nRead also"
    expected = {"paragraphs": [*sample.expected.paragraphs, "Read also"], "headline": "Wrong"}
    with pytest.raises(AssertionError) as exc:
        assert_normalizes_to(text, expected, config=CFG)
    message = str(exc.value)
    assert "headline: expected 'Wrong'" in message
    assert "+" not in message.split("paragraphs differ")[0]
    assert "lost paragraph removed by related/related-label" in message


def test_assert_normalizes_to_rejects_unknown_fields() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        assert_normalizes_to("Some text here.", {"body": "x"}, fields=("colour",))


def test_library_cleaners_are_safe() -> None:
    assert_cleaner_safe(Related(), languages=("en", "de"), examples=6)


@articlenorm.cleaner("cookie-banner", "widgets")
def cookie_banner(doc: Doc) -> Iterator[Verdict]:
    for block in doc.blocks:
        if block.text.casefold().startswith("we use cookies"):
            yield Verdict.drop(block, "cookie-banner", "a cookie consent banner")


def test_a_well_behaved_custom_cleaner_passes_alone_and_in_the_pipeline() -> None:
    assert_cleaner_safe(cookie_banner, examples=6)
    assert_cleaner_safe(cookie_banner, examples=4, pipeline=[*default_pipeline(), cookie_banner])


@articlenorm.cleaner("greedy", "widgets")
def greedy(doc: Doc) -> Iterator[Verdict]:
    for block in doc.blocks:
        if "share" in block.text.casefold() or "teilen" in block.text.casefold():
            yield Verdict.drop(block, "greedy", "anything that mentions sharing")


@articlenorm.cleaner("first-block", "widgets")
def first_block(doc: Doc) -> Iterator[Verdict]:
    if doc.blocks:
        yield Verdict.drop(doc.blocks[0], "first", "always the first block")


@articlenorm.cleaner("meddler", "widgets")
def meddler(doc: Doc) -> Iterator[Verdict]:
    doc.fields[Role.HEADLINE] = "meddled"
    yield from ()


@articlenorm.cleaner("liar", "widgets")
def liar(doc: Doc) -> Iterator[Verdict]:
    yield "drop block 0"  # type: ignore[misc]


@pytest.mark.parametrize(
    "bad,invariant",
    [
        (greedy, "never removes a negative-fixture paragraph"),
        (first_block, "idempotent"),
        (meddler, "no side effects"),
        (liar, "accounts for every block"),
    ],
)
def test_broken_cleaners_are_caught(bad: articlenorm.Cleaner, invariant: str) -> None:
    with pytest.raises(AssertionError, match=invariant):
        assert_cleaner_safe(bad, examples=8)


def test_pipeline_must_contain_the_cleaner() -> None:
    with pytest.raises(ValueError, match="must contain"):
        assert_cleaner_safe(cookie_banner, pipeline=default_pipeline())
