"""Unit tests of the quote metrics (recall, precision, speaker accuracy)."""

from benchmarks.quotes import PredQuote, score_quotes, speaker_key

GOLD = [
    ("We will build a great wall and Mexico will pay for it.", "Trump"),
    ("I am not going anywhere, believe me.", "she"),
    ("Too short.", "Cruz"),  # fewer than 4 words: not counted
]


def test_speaker_key_skips_pronouns_and_descriptions() -> None:
    assert speaker_key("Trump") == "trump"
    assert speaker_key("Mr. Obama") == "obama"
    assert speaker_key("Trump campaign spokeswoman Hope Hicks") == "hicks"
    assert speaker_key("Jane Roe, chief economist at Acme Bank") == "roe"
    assert speaker_key("Oversight Chairman Jason Chaffetz (R-Utah)") == "chaffetz"
    assert speaker_key("Mohamed El-Erian, adviser at Allianz") == "erian"
    assert speaker_key("The Washington Post") is None
    assert speaker_key("one Democratic source on the panel") is None
    assert speaker_key("He") is None
    assert speaker_key("a campaign spokesman") is None
    assert speaker_key("the campaign") is None
    assert speaker_key(None) is None


def test_found_when_80_percent_covered() -> None:
    # 12 gold tokens; the prediction misses 2 ("for it") -> 10/12 = 0.83 covered
    pred = [PredQuote("We will build a great wall and Mexico will pay", "Donald Trump", False)]
    s = score_quotes(GOLD, pred)
    assert (s.gold, s.found) == (2, 1)
    assert (s.named, s.speaker_ok) == (1, 1)
    assert (s.predicted, s.correct) == (1, 1)


def test_not_found_below_80_percent() -> None:
    pred = [PredQuote("We will build a great wall", "Trump", False)]  # 6/12
    s = score_quotes(GOLD, pred)
    assert s.found == 0
    assert s.named == 0
    assert s.correct == 1  # all of its tokens lie inside the gold quote


def test_wrong_speaker_and_pronoun_gold_speaker() -> None:
    pred = [
        PredQuote("We will build a great wall and Mexico will pay for it.", "Jeb Bush", False),
        PredQuote("I am not going anywhere, believe me", None, False),
    ]
    s = score_quotes(GOLD, pred)
    assert s.found == 2
    assert s.named == 1  # "she" names nobody
    assert s.speaker_ok == 0


def test_precision_ignores_partial_and_counts_unmatched() -> None:
    pred = [
        PredQuote("something nobody annotated at all here", "X", False),
        PredQuote("a fragment that is partial", "Y", True),
        PredQuote("I am not going anywhere", "Z", False),
    ]
    s = score_quotes(GOLD, pred)
    assert s.predicted == 2
    assert s.correct == 1


def test_partial_prediction_can_still_find_a_gold_quote() -> None:
    pred = [PredQuote("I am not going anywhere believe me", "Clinton", True)]
    s = score_quotes(GOLD, pred)
    assert s.found == 1
    assert s.predicted == 0


def test_no_predictions() -> None:
    s = score_quotes(GOLD, [])
    assert (s.gold, s.found, s.predicted, s.correct) == (2, 0, 0, 0)
