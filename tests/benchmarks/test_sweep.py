"""The threshold sweep tool: value parsing, patching, site-grouped folds."""

from __future__ import annotations

import pytest

import articlenorm
from benchmarks import sweep
from benchmarks.sweep import Score


def test_values_are_parsed_as_numbers_booleans_or_text() -> None:
    assert sweep.parse_value("8") == 8
    assert sweep.parse_value("0.25") == 0.25
    assert sweep.parse_value("true") is True and sweep.parse_value("False") is False
    assert sweep.parse_value("head") == "head"


def test_config_target_gives_a_config_and_rejects_unknown_fields() -> None:
    kwargs = sweep.apply("config.header_window", 5)
    config = kwargs["config"]
    assert isinstance(config, articlenorm.Config) and config.header_window == 5
    with pytest.raises(SystemExit, match="no field"):
        sweep.apply("config.header_windw", 5)


def test_module_and_boilerplate_targets_patch_what_the_code_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    from articlenorm.cleaners import boilerplate, boilerplate_columns, boilerplate_rules, html_hints

    monkeypatch.setattr(html_hints, "LINK_DENSITY", html_hints.LINK_DENSITY)
    assert sweep.apply("articlenorm.cleaners.html_hints:LINK_DENSITY", 0.75) == {}
    assert html_hints.LINK_DENSITY == 0.75
    with pytest.raises(SystemExit, match="has no"):
        sweep.apply("articlenorm.cleaners.html_hints:NO_SUCH", 1)
    with pytest.raises(SystemExit, match="is not"):
        sweep.apply("nonsense", 1)
    original = boilerplate_rules.thresholds
    for module in (boilerplate, boilerplate_columns, boilerplate_rules):
        monkeypatch.setattr(module, "thresholds", original)
    sweep.apply("boilerplate.column_gap", 7)
    assert boilerplate.thresholds().column_gap == 7
    assert boilerplate_columns.thresholds().column_gap == 7
    assert original().column_gap != 7  # the cached file values are untouched


def test_folds_group_by_site_and_choose_on_the_other_folds() -> None:
    assert sweep.fold_of("news.example", 5) == sweep.fold_of("news.example", 5)
    sites = [f"site{i}" for i in range(40)]
    # Value "a" is better on every site but one fold's; the held-out choice is made without that fold.
    results: dict[object, list[Score]] = {
        "a": [Score(s, 0.9, 0.9) for s in sites],
        "b": [Score(s, 0.5, 0.5) for s in sites],
    }
    score, chosen = sweep.held_out(results, 4)
    assert chosen == ["a"] * 4 and score == pytest.approx(0.9)
    assert sweep.body_f1([Score("x", 1.0, 0.5), Score("y", None, 0.5)]) == pytest.approx((1.0, 0.5, 2 / 3))
