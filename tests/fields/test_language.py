"""Language detection is seeded (never varies) and leaves langdetect's global alone."""

from __future__ import annotations

from articlenorm.fields.language import detect_language, guess_rule_language

EN = "The council approved the plan on Monday after a long debate about the cost of the new bridge."
DE = "Der Stadtrat hat den Plan am Montag nach einer langen Debatte über die Kosten der Brücke genehmigt."


def test_detects_and_is_deterministic() -> None:
    results = {detect_language(EN) for _ in range(5)}
    assert len(results) == 1 and next(iter(results))[0] == "en"
    assert detect_language(DE)[0] == "de"


def test_too_little_text_gives_none() -> None:
    assert detect_language("OK 12") == (None, None)


def test_global_factory_untouched() -> None:
    from langdetect.detector_factory import DetectorFactory

    detect_language(EN)
    assert DetectorFactory.seed is None


def test_rule_language_vote() -> None:
    assert guess_rule_language([EN]) == "en"
    assert guess_rule_language(["12 34 56"]) is None
