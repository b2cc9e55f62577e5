"""Language: the one stopword vote, and decide_language's two paths (the vote
when clear, seeded langdetect otherwise, which never varies and leaves
langdetect's global alone)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import articlenorm
from articlenorm.cleaners.boilerplate import Boilerplate
from articlenorm.cleaners.boilerplate_lines import stopwords_for
from articlenorm.cleaners.boilerplate_rules import thresholds
from articlenorm.fields.language import (
    MIN_STOPWORD_SHARE,
    LanguageMethod,
    decide_language,
    detect_language,
    guess_rule_language,
)
from articlenorm.fields.stopvote import CLEAR, vote_text, vote_words
from articlenorm.pipeline import Doc
from articlenorm.segment import segment_text
from articlenorm.textutil import words

SRC = Path(__file__).resolve().parents[2] / "src"

EN = "The council approved the plan on Monday after a long debate about the cost of the new bridge."
DE = "Der Stadtrat hat den Plan am Montag nach einer langen Debatte über die Kosten der Brücke genehmigt."

EN_PARAGRAPH = (
    "The council approved the plan for the new bridge on Monday after a debate that lasted most of the "
    "day. The cost of the work has risen by a third since it was first proposed, and the opposition had "
    "asked for the vote to be put off until the spring. The mayor said that the work would start in "
    "April and that the city was talking to the government about more money for it."
)
DE_PARAGRAPH = (
    "Der Stadtrat hat am Montag nach einer langen Debatte den Bau der neuen Brücke beschlossen. Die "
    "Kosten sind in den letzten Jahren stark gestiegen, und die Opposition hatte eine Verschiebung "
    "gefordert. Der Bürgermeister sagte, dass die Arbeiten im Frühjahr beginnen sollen und dass die "
    "Stadt mit dem Land über weitere Mittel verhandelt."
)
PL_PARAGRAPH = (
    "Rada miasta w poniedziałek po długiej debacie zatwierdziła budowę nowego mostu. Koszty w ostatnich "
    "latach znacznie wzrosły, a opozycja domagała się, żeby przesunąć decyzję na wiosnę. Burmistrz "
    "powiedział, że prace mają się rozpocząć w kwietniu i że miasto prowadzi rozmowy z rządem o "
    "dodatkowych pieniądzach na ten cel, bo bez nich nie będzie można skończyć budowy."
)
# Languages without rules files: the vote must not claim them.
SV_PARAGRAPH = (
    "Kommunfullmäktige godkände på måndagen bygget av den nya bron efter en lång debatt. Kostnaderna "
    "har ökat kraftigt under de senaste åren och oppositionen hade krävt att beslutet skulle skjutas "
    "upp. Borgmästaren sade att arbetet ska börja i april och att staden förhandlar med regeringen om "
    "mer pengar till bygget."
)
CS_PARAGRAPH = (
    "Zastupitelstvo v pondělí po dlouhé debatě schválilo stavbu nového mostu. Náklady se za poslední "
    "roky výrazně zvýšily a opozice žádala, aby se rozhodnutí odložilo na jaro. Starosta řekl, že "
    "práce začnou v dubnu a že město jedná s vládou o dalších penězích na stavbu mostu."
)
# A close relative of a rules language (Afrikaans, of Dutch): as many Dutch
# stopwords as Dutch prose, so only the relatives' lists keep it unsure.
AF_PARAGRAPH = (
    "Die stadsraad het Maandag ná 'n lang debat die bou van die nuwe brug goedgekeur. Die koste het "
    "die afgelope jare sterk gestyg en die opposisie het gevra dat die besluit uitgestel word. Die "
    "burgemeester het gesê dat die werk in April begin en dat die stad met die regering oor meer geld "
    "onderhandel."
)


# -- seeded langdetect ---------------------------------------------------------


def test_detects_and_is_deterministic() -> None:
    results = {detect_language(EN) for _ in range(5)}
    assert len(results) == 1 and next(iter(results))[0] == "en"
    assert detect_language(DE)[0] == "de"


def test_too_little_text_gives_none() -> None:
    assert detect_language("OK 12") == (None, None)
    assert decide_language("OK 12") is None


def test_global_factory_untouched() -> None:
    from langdetect.detector_factory import DetectorFactory

    detect_language(EN)
    assert DetectorFactory.seed is None


# -- the stopword vote ----------------------------------------------------------


def test_vote_is_clear_on_prose_of_a_rules_language() -> None:
    for text, lang in ((EN_PARAGRAPH, "en"), (DE_PARAGRAPH, "de"), (PL_PARAGRAPH, "pl")):
        vote = vote_text(text)
        assert vote.language == lang and vote.clear, (lang, vote)
        assert vote.share >= CLEAR.min_share and vote.margin >= CLEAR.min_margin
        assert vote.words == len(words(text))


def test_vote_is_unsure_on_short_mixed_and_foreign_text() -> None:
    short = vote_text("The plan for the bridge was approved.")
    assert short.language == "en" and short.words < CLEAR.min_words and not short.clear
    # Half English, half German: neither language far enough ahead.
    mixed = vote_text(EN_PARAGRAPH[:200] + " " + DE_PARAGRAPH[:220])
    assert mixed.words >= CLEAR.min_words and not mixed.clear
    for text in (SV_PARAGRAPH, CS_PARAGRAPH):
        vote = vote_text(text)
        assert vote.words >= CLEAR.min_words and not vote.clear, vote
    relative = vote_text(AF_PARAGRAPH)
    assert (
        relative.language == "nl"
        and relative.share >= CLEAR.min_share
        and relative.margin >= CLEAR.min_margin
    )
    assert relative.relative >= relative.share and not relative.clear  # Afrikaans's list scores higher
    nothing = vote_text("12 34 56")
    assert nothing.language is None and nothing.share == 0.0 and not nothing.clear


def test_vote_ties_and_runner_up() -> None:
    vote = vote_words([["the", "der", "x", "y"]])
    assert vote.language == "de"  # a tie goes to the first language in file order
    assert vote.share == vote.runner_up == 0.25 and vote.margin == 0.0


# -- decide_language's two paths --------------------------------------------------


def test_clear_vote_decides() -> None:
    for text, lang in ((EN_PARAGRAPH, "en"), (DE_PARAGRAPH, "de"), (PL_PARAGRAPH, "pl")):
        guess = decide_language(text)
        assert guess is not None and guess.code == lang and guess.method is LanguageMethod.STOPWORDS
        assert 0.0 < guess.confidence <= 1.0
        assert guess.code == detect_language(text)[0]  # and agrees with the reference


def test_language_without_rules_goes_to_langdetect() -> None:
    for text, lang in ((SV_PARAGRAPH, "sv"), (CS_PARAGRAPH, "cs"), (AF_PARAGRAPH, "af")):
        guess = decide_language(text)
        assert guess is not None and guess.method is LanguageMethod.LANGDETECT
        assert (guess.code, guess.confidence) == detect_language(text)
        assert guess.code == lang


def test_short_text_goes_to_langdetect() -> None:
    guess = decide_language(EN)
    assert guess is not None and guess.method is LanguageMethod.LANGDETECT and guess.code == "en"


def _fresh(code: str) -> str:
    script = textwrap.dedent(code)
    proc = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout.strip()


def test_clear_vote_never_loads_langdetect() -> None:
    out = _fresh(
        f"""
        import sys
        from articlenorm.fields import language
        guess = language.decide_language({EN_PARAGRAPH!r})
        print(guess.method, language._factory.cache_info().currsize, "langdetect" in sys.modules)
        """
    )
    assert out == "stopwords 0 False"


def test_unsure_vote_loads_langdetect() -> None:
    out = _fresh(
        f"""
        from articlenorm.fields import language
        guess = language.decide_language({SV_PARAGRAPH!r})
        print(guess.method, language._factory.cache_info().currsize)
        """
    )
    assert out == "langdetect 1"


def test_normalize_records_which_method_decided() -> None:
    config = articlenorm.Config(include_quotes=False)
    article = articlenorm.normalize(
        EN_PARAGRAPH + "\n\n" + EN_PARAGRAPH.upper(), format="text", config=config
    )
    assert article.language == "en" and str(article.provenance["language"]) == "stopwords"
    assert article.provenance["language"].origin is articlenorm.Origin.DETECTOR
    article = articlenorm.normalize(SV_PARAGRAPH, format="text", config=config)
    assert article.language == "sv" and str(article.provenance["language"]) == "langdetect"


# -- the former callers read the same vote ----------------------------------------


def test_rule_language_is_the_vote_over_the_longest_blocks() -> None:
    assert guess_rule_language([EN]) == "en"
    assert guess_rule_language(["12 34 56"]) is None
    for text in (EN_PARAGRAPH, DE_PARAGRAPH, PL_PARAGRAPH, SV_PARAGRAPH, CS_PARAGRAPH):
        blocks = [b.text for b in segment_text(text)]
        assert guess_rule_language(blocks) == vote_words(words(b) for b in blocks).at_least(
            MIN_STOPWORD_SHARE
        )
    # Swedish hits a few Dutch words: enough for the rule files (low floor), not to name it.
    assert guess_rule_language([SV_PARAGRAPH]) in (None, "nl") and not vote_text(SV_PARAGRAPH).clear


def test_boilerplate_page_language_is_the_vote_over_every_word(monkeypatch: pytest.MonkeyPatch) -> None:
    from articlenorm.cleaners import boilerplate, boilerplate_columns
    from articlenorm.cleaners.boilerplate_columns import BoilerplateColumns

    asked: list[str | None] = []

    def recording(language: str | None) -> frozenset[str]:
        asked.append(language)
        return stopwords_for(language)

    monkeypatch.setattr(boilerplate, "stopwords_for", recording)
    monkeypatch.setattr(boilerplate_columns, "stopwords_for", recording)
    th = thresholds()
    menu = ["Home", "News", "Sport", "Weather"]
    config = articlenorm.Config(include_quotes=False, detect_language=False)
    for text, lang in (
        (EN_PARAGRAPH, "en"),
        (DE_PARAGRAPH, "de"),
        (PL_PARAGRAPH, "pl"),
        (SV_PARAGRAPH, None),
    ):
        sentences = [s + "." for s in text.split(". ")][:4]
        # A table-layout page: a menu cell beside each sentence of the story.
        lines = [f"{m}{' ' * th.column_gap}{s}" for m, s in zip(menu, sentences, strict=False)]
        blocks = tuple(segment_text("\n".join(lines)))
        doc = Doc(blocks, size=len(blocks), fields={}, config=config, language="en", source_format="text")
        expected = vote_words(words(b.text) for b in blocks).at_least(th.language_min_share)
        asked.clear()
        list(BoilerplateColumns()(doc))
        Boilerplate().plan(doc)
        assert asked == [expected, expected], (lang, asked)
        assert expected == lang or (lang is None and not vote_text(text).clear)
