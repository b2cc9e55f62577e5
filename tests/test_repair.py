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


def test_lines_ftfy_would_change_are_never_skipped() -> None:
    # The shortcut must only skip lines ftfy returns unchanged: seeded random
    # strings over the characters ftfy's mojibake pattern and fixers look at.
    import random

    from ftfy.badness import MOJIBAKE_CATEGORIES

    from articlenorm.repair import _ftfy_config, _ftfy_quiet

    quiet = _ftfy_quiet()
    alphabet = sorted(
        set("".join(MOJIBAKE_CATEGORIES.values()))
        | set("aZ .,!?\"'-é°ÂÃÎÐŒœ×²ØÙà√≈‚вЂВβ€ΒΟā’“”«»–—\u0301ﬁＡ\u2028\x85\ufeff")
    )
    rng = random.Random(7)
    skipped = 0
    for _ in range(20000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5)))
        if quiet(line):
            skipped += 1
            assert ftfy.fix_and_explain(line, _ftfy_config()).text == line, repr(line)
    assert skipped  # the shortcut does fire


def test_common_non_ascii_lines_skip_ftfy() -> None:
    from articlenorm.repair import _ftfy_quiet

    quiet = _ftfy_quiet()
    assert quiet("Le président a déclaré – sans détour – qu’il partirait.")
    assert quiet("Die Bürger wählen am Sonntag einen neuen Präsidenten.")
    assert not quiet("Moscowâ€™s position")  # mojibake
    assert not quiet("cafe\u0301")  # not NFC


def test_repaired_line_is_stable_once_stripped() -> None:
    # Found by hypothesis: ftfy leaves "\xa0¬™" alone but repairs "¬™" (MacRoman mojibake of "ª"),
    # and segmentation keeps the line without its edge whitespace, so the stripped line is repaired too.
    broken = "\xa0¬\x99"
    fixed, edits = repair_text(broken, explain=True)
    assert fixed == "\xa0ª"
    assert repair_text(fixed.strip(), explain=False)[0] == fixed.strip()
    (edit,) = edits
    assert edit.rule == "encode:latin-1,decode:windows-1252,strip:,encode:macroman,decode:utf-8"
    assert apply_rule(edit.before or "", edit.rule) == edit.after == fixed


def test_strip_step_keeps_the_edge_whitespace() -> None:
    fixed, (edit,) = repair_text(" \t\xa0¬™\u2009", explain=True)
    assert fixed == " \t\xa0ª\u2009"
    assert edit.rule.startswith("strip:") and apply_rule(edit.before or "", edit.rule) == fixed


def test_normalizing_the_repaired_output_again_changes_nothing() -> None:
    from articlenorm import Config, normalize

    config = Config(include_quotes=False, detect_language=False)
    for text in (
        "\xa0¬\x99",
        "Ferry late\n\n\xa0¬\x99\n\nThe ferry arrived four hours late on Monday, they said.",
    ):
        first = normalize(text, format="text", config=config)
        assert "¬™" not in first.to_text()  # repaired to "ª" the first time, as it would be the second
        if first.to_text().strip():
            second = normalize(first.to_text(), format="text", config=config)
            assert (second.headline, second.paragraphs) == (first.headline, first.paragraphs)
