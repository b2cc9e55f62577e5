"""The pipeline: a plain list users can edit, a protocol for their own
cleaners, typed errors when a cleaner breaks the contract."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import articlenorm
from articlenorm import ConfigError, Doc, Pipeline, Verdict, cleaner, default_pipeline, normalize

CFG = articlenorm.Config(include_quotes=False, detect_language=False)
TEXT = (
    "Ferry Timetable Changes Approved by Council\n\n"
    "Spread the love\n\n"
    "The harbour council approved a new ferry timetable on Monday, adding two crossings a day.\n\n"
    "PROMO: win a free trip today\n\n"
    "Officials said the change would start next month and cost passengers nothing extra.\n"
)


def test_default_pipeline_is_a_fresh_plain_list() -> None:
    a, b = default_pipeline(), default_pipeline()
    assert isinstance(a, list) and a is not b
    assert a.names()[0] == "markup"
    assert {"widgets", "ads", "related", "headline", "captions"} <= set(a.names())
    a.pop()
    assert len(b) == len(a) + 1


def test_dropping_a_step_keeps_its_clutter() -> None:
    without = default_pipeline().without("widgets")
    article = normalize(TEXT, config=CFG, pipeline=without)
    assert "Spread the love" in article.paragraphs


def test_custom_function_cleaner_with_its_own_reason() -> None:
    @cleaner("promo-lines", family="custom")
    def promo(doc: Doc) -> Iterator[Verdict]:
        for block in doc.blocks:
            if block.text.startswith("PROMO:"):
                yield Verdict.drop(block, "promo-prefix", "a promo line")

    article = normalize(TEXT, config=CFG, pipeline=[*default_pipeline(), promo], explain=True)
    assert all(not p.startswith("PROMO") for p in article.paragraphs)
    (rec,) = [r for r in article.removed if r.cleaner == "promo-lines"]
    assert (rec.family, rec.rule, rec.reason) == ("custom", "promo-prefix", "a promo line")


def test_reordering_and_replacing_by_name() -> None:
    p = default_pipeline()
    moved = p.without("widgets").insert_before("markup", p.get("widgets"))
    assert moved.names()[0] == "widgets"

    @cleaner("widgets")
    def nothing(doc: Doc) -> Iterator[Verdict]:
        return iter(())

    replaced = p.replace("widgets", nothing)
    assert replaced.get("widgets") is nothing
    with pytest.raises(ConfigError, match="no step named"):
        p.without("nope")


def test_editor_cleaner_changes_text_and_is_recorded() -> None:
    @cleaner("shout", contextual=False)
    def shout(doc: Doc) -> Iterator[Verdict]:
        for block in doc.blocks:
            if block.text.startswith("Officials"):
                yield Verdict.edit(block, block.text.upper(), "upper", "test edit")

    article = normalize(TEXT, config=CFG, pipeline=[shout], explain=True)
    assert any(p.startswith("OFFICIALS SAID") for p in article.paragraphs)
    (edit,) = [e for e in article.edits if e.cleaner == "shout"]
    assert edit.before and edit.after and edit.before.upper() == edit.after


def test_contract_errors_are_typed_and_teach() -> None:
    @cleaner("bad-type")
    def bad_type(doc: Doc) -> Iterator[object]:
        yield 3

    @cleaner("bad-block")
    def bad_block(doc: Doc) -> Iterator[Verdict]:
        yield Verdict.drop(999, "x", "y")

    with pytest.raises(articlenorm.CleanerContractError, match="yielded int"):
        normalize(TEXT, config=CFG, pipeline=[bad_type])  # type: ignore[list-item]
    with pytest.raises(articlenorm.CleanerContractError, match="judge only doc.blocks"):
        normalize(TEXT, config=CFG, pipeline=[bad_block])


def test_pipeline_validation() -> None:
    with pytest.raises(ConfigError, match="unique"):
        Pipeline([default_pipeline().get("ads"), default_pipeline().get("ads")]).validate()
    with pytest.raises(ConfigError, match="not a cleaner"):
        normalize(TEXT, config=CFG, pipeline=["ads"])  # type: ignore[list-item]


def test_empty_pipeline_keeps_everything() -> None:
    article = normalize(TEXT, config=CFG, pipeline=[])
    assert len(article.paragraphs) == 5 and article.headline is None


def test_explain_off_records_nothing() -> None:
    article = normalize(TEXT, config=CFG)
    assert article.removed == () and article.edits == ()


def test_config_is_frozen_and_validated() -> None:
    with pytest.raises(AttributeError):
        CFG.max_passes = 9  # type: ignore[misc]
    with pytest.raises(ConfigError, match="unknown Config option"):
        CFG.replace(max_pases=2)
    with pytest.raises(ConfigError, match="tuple of codes"):
        articlenorm.Config(languages="en")  # type: ignore[arg-type]
    assert CFG.replace(tail_window=3).tail_window == 3


def test_later_passes_rerun_only_steps_the_document_changed_under() -> None:
    from articlenorm.config import DEFAULT_CONFIG
    from articlenorm.model import Block
    from articlenorm.pipeline import run_pipeline

    calls: list[str] = []

    @cleaner("drops-last")
    def drops_last(doc: Doc) -> Iterator[Verdict]:
        # Contextual: drops the last live block while more than two remain,
        # so it changes the document on the first passes.
        calls.append("drops-last")
        if len(doc.blocks) > 2:
            yield Verdict.drop(doc.blocks[-1], "last", "the last block")

    @cleaner("counts")
    def counts(doc: Doc) -> Iterator[Verdict]:
        calls.append("counts")
        return iter(())

    @cleaner("before")
    def before(doc: Doc) -> Iterator[Verdict]:
        calls.append("before")
        return iter(())

    blocks = [Block(i, f"Line number {i} of the story.") for i in range(4)]
    out = run_pipeline(
        [before, drops_last, counts],
        blocks,
        config=DEFAULT_CONFIG,
        language="en",
        source_format="text",
        explain=False,
    )
    assert [v is None for v in out.verdicts] == [True, True, False, False]
    # drops-last changes the document in passes 1 and 2, so every step that
    # ran before that change runs again; in pass 3 nothing changes and
    # "counts", which ran after the last change, is not run again.
    assert calls == [
        "before", "drops-last", "counts",  # pass 1
        "before", "drops-last", "counts",  # pass 2: drops-last changed the document again
        "before", "drops-last",  # pass 3: no change; counts ran after the last change
    ]  # fmt: skip
