"""Unit tests of the body, snippet and metadata metrics (hand-written strings)."""

import pytest

from benchmarks import metrics


def test_tokenize_keeps_word_runs_and_case() -> None:
    assert metrics.tokenize("Hello, World! it's 2024.") == [
        "Hello",
        "World",
        "it",
        "s",
        "2024",
    ]
    assert metrics.tokenize("Größe über") == ["Größe", "über"]
    assert metrics.tokenize(None) == []


def test_shingles_are_a_multiset_of_4grams() -> None:
    sh = metrics.shingles("a b c d e a b c d")
    assert sh[("a", "b", "c", "d")] == 2
    assert sh[("b", "c", "d", "e")] == 1
    assert sum(sh.values()) == 6


def test_short_and_empty_texts() -> None:
    assert metrics.shingles("one two") == {("one", "two"): 1}
    assert metrics.shingles("") == {}
    assert metrics.shingles(" ,. ") == {}


def test_identical_texts_score_perfectly() -> None:
    m = metrics.shingle_match("The cat sat on the mat today.", "The cat sat on the mat today")
    assert (m.precision, m.recall, m.f1) == (1.0, 1.0, 1.0)
    assert m.tp == pytest.approx(1.0)


def test_extra_text_costs_precision_only() -> None:
    gold = "one two three four five"
    pred = "one two three four five six seven"
    m = metrics.shingle_match(gold, pred)
    # gold shingles: 2; pred shingles: 4, all gold ones among them
    assert m.recall == pytest.approx(1.0)
    assert m.precision == pytest.approx(0.5)
    assert m.tp + m.fp + m.fn == pytest.approx(1.0)
    assert m.f1 == pytest.approx(2 / 3)


def test_empty_prediction_is_left_out_of_precision() -> None:
    m = metrics.shingle_match("one two three four", "")
    assert m.precision is None
    assert m.recall == 0.0
    assert m.f1 == 0.0


def test_empty_gold_and_empty_prediction() -> None:
    both = metrics.shingle_match("", "")
    assert both.precision is None and both.recall is None and both.f1 == 1.0
    only_pred = metrics.shingle_match("", "noise noise noise noise")
    assert only_pred.recall is None
    assert only_pred.precision == 0.0
    assert only_pred.f1 == 0.0


def test_case_matters_in_shingles() -> None:
    m = metrics.shingle_match("Alpha beta gamma delta", "alpha beta gamma delta")
    assert m.recall == 0.0


def test_harmonic() -> None:
    assert metrics.harmonic(0.5, 1.0) == pytest.approx(2 / 3)
    assert metrics.harmonic(0.0, 0.0) == 0.0
    assert metrics.harmonic(None, 1.0) is None


def test_normalize_ws_collapses_space_and_quotes() -> None:
    text = "  \u201cHello\u201d\u00a0 \n world \u2019s\u00ad "
    assert metrics.normalize_ws(text) == '"Hello" world \'s'
    assert metrics.normalize_ws(None) == ""


def test_snippets_present_is_whitespace_insensitive_but_case_sensitive() -> None:
    body = "The mayor said\non Monday that the\n\nbridge will close. Logitech (News)"
    snippets = ["said on Monday", "the bridge will", "The Bridge", "Logitech ( News )"]
    assert metrics.snippets_present(snippets, body) == [True, True, False, True]
    assert metrics.snippets_present(["x"], None) == [False]
    assert metrics.snippets_present(["\u201cyes\u201d"], 'a "yes" b') == [True]


def test_headline_exact_and_prefix() -> None:
    gold = "Stolen Picasso recovered"
    assert metrics.headline_match(gold, "  Stolen  Picasso recovered ")
    assert not metrics.headline_match(gold, "Stolen Picasso recovered in Brazil")
    assert metrics.headline_match(gold, "Stolen Picasso recovered in Brazil", prefix=True)
    assert not metrics.headline_match(gold, "Picasso recovered", prefix=True)
    assert not metrics.headline_match(gold, None, prefix=True)
    assert not metrics.headline_match(None, "anything")
    assert metrics.headline_match("\u201cNo\u201d vote", '"No" vote')
    assert metrics.headline_match("Campaign shifts staff", "Campaign shifts staff.")
    assert not metrics.headline_match("Wait...", "Wait")


def test_author_token_f1() -> None:
    assert metrics.author_token_f1("Heike Buchter", ["heike buchter"]) == 1.0
    assert metrics.author_token_f1("By JEFF KAROUB", ["Jeff Karoub"]) == 1.0
    assert metrics.author_token_f1("Ann Lee; Bo Park", ["Ann Lee"]) == pytest.approx(2 / 3)
    assert metrics.author_token_f1("Ann Lee", ["Someone Else"]) == 0.0
    assert metrics.author_token_f1("Ann Lee", []) == 0.0


def test_author_exact_accepts_joined_names_or_byline() -> None:
    assert metrics.author_exact("Ann Lee; Bo Park", ["Ann Lee ;Bo Park", None])
    assert metrics.author_exact("By Ann Lee | May 3", ["Ann Lee", "By Ann Lee | May 3"])
    assert not metrics.author_exact("Ann Lee", ["ann lee", None])
    assert not metrics.author_exact(None, ["Ann Lee"])


def test_date_match_compares_the_day() -> None:
    assert metrics.date_match("2019-10-16", "2019-10-16T08:00:00+02:00")
    assert not metrics.date_match("2019-10-16", "2019-10-17")
    assert not metrics.date_match("2019-10-16", "16 October 2019")
    assert not metrics.date_match("2019-10-16", None)
    assert metrics.day_of(" 2020-01-02 10:00") == "2020-01-02"
