"""Property tests for find_quotes: never raises, offsets valid, deterministic."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from articlenorm.fields.quotes import find_quotes
from articlenorm.model import Quote

# Text rich in the characters the extractor cares about: every kind of
# quotation mark, apostrophes, digits (inch marks), sentence punctuation,
# capitals (names), speech verbs and pronouns.
_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "„",
        "‟",
        "‘",
        "’",
        "'",
        "‚",
        "«",
        "»",
        "‹",
        "›",
        "``",
        "''",
        "‘‘",
        "’’",
        " ",
        " ",
        " ",
        "\n",
        ". ",
        ", ",
        ": ",
        " — ",
        "!",
        "?",
        "…",
        "[…]",
        "(",
        ")",
        "12",
        "5'10",
        "said",
        "says",
        "told",
        "added",
        "according to",
        "he",
        "she",
        "they",
        "the latter",
        "the minister",
        "Mr.",
        "Ms.",
        "Dr.",
        "Sen.",
        "Anna",
        "Lund",
        "Park Min-seo",
        "Omar Haddad",
        "We",
        "will",
        "win",
        "the",
        "a",
        "victory",
        "Jr.",
        "of",
        "and",
        "who",
        "saying",
    ]
)
_TEXT = st.lists(_PIECES, max_size=60).map("".join)
_PARAGRAPHS = st.lists(st.one_of(_TEXT, st.text(max_size=80)), max_size=6)


def _in_order(words: list[str], span: str) -> bool:
    """Whether ``words`` occur in ``span`` in this order."""
    pos = 0
    for word in words:
        pos = span.find(word, pos)
        if pos < 0:
            return False
        pos += len(word)
    return True


def _check(paragraphs: list[str], quotes: tuple[Quote, ...]) -> None:
    body = "\n\n".join(paragraphs)
    offsets = [sum(len(p) + 2 for p in paragraphs[:i]) for i in range(len(paragraphs))]
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(body)
        assert 0 <= quote.paragraph < len(paragraphs)
        first = offsets[quote.paragraph]
        assert first <= quote.start < first + len(paragraphs[quote.paragraph])
        assert quote.text and quote.text == quote.text.strip()
        span = body[quote.start : quote.end]
        if "\n\n" not in span and quote.text == span:
            continue
        # A quote joined from several runs: its words all lie in its span, in order.
        assert _in_order(quote.text.split(), span)
        assert span.startswith(quote.text.split()[0])
        assert span.endswith(quote.text.split()[-1])
        if quote.speaker is not None:
            assert quote.speaker_mention is not None
    starts = [q.start for q in quotes]
    assert starts == sorted(starts)


@settings(max_examples=300, deadline=None)
@given(_PARAGRAPHS)
def test_arbitrary_text_never_raises_and_offsets_are_valid(paragraphs: list[str]) -> None:
    _check(paragraphs, find_quotes(paragraphs))


@settings(max_examples=150, deadline=None)
@given(_PARAGRAPHS, st.sampled_from(["en", None, "fr", "xx", "EN", ""]))
def test_any_language_value(paragraphs: list[str], language: str | None) -> None:
    _check(paragraphs, find_quotes(paragraphs, language=language))


@settings(max_examples=150, deadline=None)
@given(_PARAGRAPHS)
def test_deterministic(paragraphs: list[str]) -> None:
    assert find_quotes(paragraphs) == find_quotes(list(paragraphs))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=5))
def test_unicode_noise(paragraphs: list[str]) -> None:
    _check(paragraphs, find_quotes(paragraphs))


@settings(max_examples=100, deadline=None)
@given(_PARAGRAPHS)
def test_quotes_do_not_overlap(paragraphs: list[str]) -> None:
    quotes = find_quotes(paragraphs)
    for a, b in itertools.pairwise(quotes):
        assert a.end <= b.start
