"""Encoding repair with ftfy, explained per line and replayable."""

from __future__ import annotations

import ftfy

from articlenorm.repair import apply_rule, repair_text, rule_to_plan


def test_mojibake_is_repaired_and_explained() -> None:
    broken = "Clean line\nThe minister said Moscowâ€™s position was clear.\nAnother clean line"
    fixed, edits = repair_text(broken, explain=True)
    assert "Moscow’s position" in fixed
    assert fixed.count("\n") == 2
    assert len(edits) == 1
    edit = edits[0]
    assert edit.family == "encoding" and edit.block is None
    assert edit.before == "The minister said Moscowâ€™s position was clear."
    assert ftfy.apply_plan(edit.before, rule_to_plan(edit.rule)) == edit.after
    assert apply_rule(edit.before, edit.rule) == edit.after


def test_normalization_steps_replay() -> None:
    fixed, edits = repair_text("Ｆｕｌｌｗｉｄｔｈ and ﬁ ligature and 豈", explain=True)
    assert edits and all(apply_rule(e.before or "", e.rule) == e.after for e in edits)


def test_clean_text_costs_no_explanation() -> None:
    text = "Nothing to fix here.\nNor here, with “curly quotes” kept."
    fixed, edits = repair_text(text, explain=True)
    assert fixed == text and edits == ()


def test_explain_off_records_nothing() -> None:
    fixed, edits = repair_text("Moscowâ€™s", explain=False)
    assert fixed == "Moscow’s" and edits == ()


def test_crlf_normalised() -> None:
    assert repair_text("a\r\nb\rc", explain=False)[0] == "a\nb\nc"
