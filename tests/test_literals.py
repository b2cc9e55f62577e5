"""articlenorm.literals: the text a pattern cannot match without."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlenorm.lexicon import Prepared
from articlenorm.literals import LiteralFilter, required_literals


def test_a_plain_phrase_needs_its_words() -> None:
    assert required_literals(r"\bsign up (?:for|to) (?:our|the)\b", re.I) == (
        (("sign up ",), ("for", "our", "the")),
    ) or required_literals(r"\bsign up (?:for|to) (?:our|the)\b", re.I) == ((("sign up ",), ("our", "the")),)


def test_each_alternative_has_its_own_needs() -> None:
    needs = required_literals(r"(?:\bfree spins\b)|(?:^\W*deposit bonus)", re.I)
    assert needs == ((("free spins",),), (("deposit bonus",),))


def test_an_alternation_needs_one_of_its_branches() -> None:
    needs = required_literals(r"\b(?:contact|email|write to) the author\b", re.I)
    assert needs is not None
    (alt,) = needs
    assert (" the author",) in alt
    assert ("contact", "email", "write to") in alt


@pytest.mark.parametrize(
    "pattern",
    [
        r"^\W*\d+ (?:min|h)\b",  # nothing of three letters is required
        r"(?:share)?\s*\d+",  # an optional part requires nothing
        r"\d+ h|\bread more",  # one alternative needs nothing
        r"(?:ab|cd) x",  # branches too short to test
    ],
)
def test_patterns_with_an_alternative_that_needs_nothing_are_always_searched(pattern: str) -> None:
    assert required_literals(pattern, re.I) is None


def test_a_required_repeat_counts_and_an_optional_one_does_not() -> None:
    assert required_literals(r"(?:read ){1,3}more\b", re.I) == ((("read ",), ("more",)),)
    assert required_literals(r"(?:read )*more\b", re.I) == ((("more",),),)


def test_non_ascii_literals_end_a_run_instead_of_being_required() -> None:
    # "über" has a non-ASCII letter: only the ASCII runs around it count.
    assert required_literals(r"\bmehr über uns\b", re.I) == ((("ber uns",), ("mehr ",)),)


def test_the_filter_names_the_patterns_whose_literals_a_text_holds() -> None:
    patterns = [r"\bfree spins\b", r"\bsign up (?:for|to) our\b", r"^\d+$", r"\bcontact (?:me|us)\b"]
    flt = LiteralFilter([required_literals(p, re.I) for p in patterns])
    assert [flt.always(i) for i in range(4)] == [False, False, True, False]
    expected = {
        "Claim 50 FREE SPINS now": [0],
        "sign up for our letter": [1],
        "123": [],
        "contact us": [3],
        "nothing here": [],
        "spins free, sign up": [],  # the words, but not the text each needs
        "free spins: sign up to our list, or contact me": [0, 1, 3],
    }
    for text, named in expected.items():
        assert flt.possible(Prepared(text).lowered) == named, text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["free", "spins", "FREE", "ſpins", "SPİNS", "ſign", "up", "for", "OUR", "İ", "K", " ", "  "]
        ),
        max_size=12,
    )
)
def test_a_text_the_filter_rejects_never_matches(words: list[str]) -> None:
    # The filter is a necessary condition: wherever the regex matches
    # (case-insensitively, with Unicode's case twins of ASCII letters), the
    # text holds the literals it needs.
    text = " ".join(words)
    patterns = [r"\bfree spins\b", r"\bsign up (?:for|to) our\b", r"\bspins\b"]
    flt = LiteralFilter([required_literals(p, re.I) for p in patterns])
    named = flt.possible(Prepared(text).lowered)
    for i, pattern in enumerate(patterns):
        if re.search(pattern, text, re.I):
            assert flt.always(i) or i in named, (pattern, text)
