"""The learned block scorer: the shipped model, its evaluation, the pipeline step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import articlenorm
from articlenorm import Config, ConfigError
from articlenorm.cleaners import default_pipeline
from articlenorm.cleaners.scorer import CANDIDATE_KEY, MODEL_FILE, Scorer, ScorerModel, load_model, read_model
from articlenorm.cleaners.scorer_features import NAMES, WORDS, block_features
from articlenorm.model import Block, BlockKind
from articlenorm.pipeline import Doc
from articlenorm.segment.candidates import CANDIDATE

STORY = (
    "The council voted on Tuesday to rebuild the old harbour wall, which was damaged in the winter "
    "storms, and said the work would begin in the spring."
)


def _doc(texts: list[str], source_format: str = "text") -> Doc:
    blocks = tuple(Block(i, t, BlockKind.PARAGRAPH, group=i) for i, t in enumerate(texts))
    return Doc(
        blocks, size=len(blocks), fields={}, config=Config(), language="en", source_format=source_format
    )


def _short_lines_model(threshold: float = 0.5) -> ScorerModel:
    """A logistic model that calls a block story text when it is long."""
    weights = [0.0] * len(NAMES)
    weights[NAMES.index("log_words")] = 3.0
    return ScorerModel.from_dict(
        {
            "kind": "logistic",
            "features": list(NAMES),
            "base": 1.5,
            "weights": weights,
            "mean": [2.0 if name == "log_words" else 0.0 for name in NAMES],
            "scale": [1.0] * len(NAMES),
            "thresholds": {"html": threshold, "text": threshold},
        }
    )


def test_the_shipped_model_loads_with_the_features_this_version_computes() -> None:
    model = load_model()
    assert model.features == NAMES
    assert model.kind in ("trees", "logistic")
    for mode in ("html", "text"):
        assert 0.0 <= model.threshold(mode) <= 1.0
    text = (Path(articlenorm.__file__).parent / "cleaners" / MODEL_FILE).read_text(encoding="utf-8")
    assert json.loads(text)["trained_on"].startswith("dragnet-train")
    row = block_features(_doc([STORY, "Share | Tweet | Email"]))[0]
    assert 0.0 <= model.probability(row) <= 1.0


def test_every_feature_has_words_and_one_row_per_block() -> None:
    assert set(WORDS) == set(NAMES) and all(WORDS[n] for n in NAMES)
    rows = block_features(_doc([STORY, "Home | News | Sport", STORY + " More."]))
    assert len(rows) == 3 and all(len(r) == len(NAMES) for r in rows)
    assert rows[1][NAMES.index("separators")] > 0 and rows[0][NAMES.index("separators")] == 0
    assert rows[0][NAMES.index("prose")] == 1.0 and rows[1][NAMES.index("prose")] == 0.0
    assert block_features(_doc([])) == []


def test_a_model_with_other_features_is_refused_with_a_hint() -> None:
    with pytest.raises(ConfigError, match="retrain"):
        ScorerModel.from_dict({"kind": "logistic", "features": ["x"], "base": 0, "thresholds": {}})
    with pytest.raises(ConfigError, match="not a scorer model"):
        ScorerModel.from_dict({"kind": "trees", "features": list(NAMES)})


def test_compiled_trees_agree_with_walking_them() -> None:
    n = len(NAMES)
    tree = {
        "feature": [NAMES.index("log_words"), -1, NAMES.index("link_density"), -1, -1],
        "threshold": [2.0, 0.0, 0.5, 0.0, 0.0],
        "left": [1, -1, 3, -1, -1],
        "right": [2, -1, 4, -1, -1],
        "value": [0.0, -1.5, 0.5, 1.0, -0.25],
    }
    model = ScorerModel.from_dict(
        {
            "kind": "trees",
            "features": list(NAMES),
            "base": 0.25,
            "rate": 0.5,
            "trees": [tree, tree],
            "thresholds": {"default": 0.5},
        }  # fmt: skip
    )
    for words, links in ((1.0, 0.0), (3.0, 0.1), (3.0, 0.9)):
        row = [0.0] * n
        row[NAMES.index("log_words")], row[NAMES.index("link_density")] = words, links
        logit, share = model.contributions(row)
        assert model.logit(row) == pytest.approx(logit)
        # The path contributions add up to the log-odds above the root values.
        assert sum(share) == pytest.approx(logit - 0.25 - 2 * 0.5 * 0.0)
    assert model.threshold("html") == 0.5


def test_the_step_drops_with_a_removal_record_naming_probability_and_features() -> None:
    text = f"Headline of the story\n\n{STORY}\n\nOranges\n\n{STORY} And more.\n"
    pipeline = [*default_pipeline(), Scorer(_short_lines_model())]
    article = articlenorm.normalize(text, format="text", pipeline=pipeline, explain=True)
    records = [r for r in article.removed if r.cleaner == "scorer"]
    assert records and all(r.family == "scorer" and r.rule == "model" for r in records)
    assert [r.text for r in records] == ["Oranges"]
    reason = records[0].reason
    assert reason.startswith("story-text probability 0.")
    assert WORDS["log_words"] in reason
    assert STORY in article.paragraphs


def test_the_threshold_comes_from_the_step_then_config_then_the_model() -> None:
    doc = _doc([STORY, "Oranges"])
    model = _short_lines_model(threshold=0.5)
    assert [v.block for v in Scorer(model)(doc)] == [1]
    assert list(Scorer(model, threshold=0.0)(doc)) == []
    lenient = Doc(doc.blocks, size=2, fields={}, config=Config(scorer_threshold=0.0), language="en",
                  source_format="text")  # fmt: skip
    assert list(Scorer(model)(lenient)) == []
    with pytest.raises(ConfigError, match="between 0 and 1"):
        Config(scorer_threshold=1.5)


def test_the_scorer_never_empties_the_document() -> None:
    doc = _doc([STORY, "Oranges"])
    model = _short_lines_model(threshold=0.5)
    # Every block below the threshold: the rules' result stands.
    assert list(Scorer(model, threshold=1.0)(doc)) == []
    # Some below it: those go, the rest stay.
    assert [v.block for v in Scorer(model, threshold=0.5)(doc)] == [1]


def test_the_shipped_model_is_read_from_a_file_as_the_script_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    data = {
        "kind": "logistic",
        "features": list(NAMES),
        "base": 1.0,
        "weights": [0.0] * len(NAMES),
        "mean": [0.0] * len(NAMES),
        "scale": [1.0] * len(NAMES),
        "thresholds": {"html": 0.3},
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    model = read_model(path)
    assert model.threshold("html") == 0.3 and model.threshold("text") == 0.5
    assert model.probability([0.0] * len(NAMES)) == pytest.approx(0.7310585786)


def test_the_scorer_is_opt_in_and_the_shipped_model_judges_only_html_candidates() -> None:
    # Off by default: it drops real subheadings the negative fixtures keep (docs/scorer.md).
    assert "scorer" not in default_pipeline().names()
    # In HTML the shipped model keeps every block the rules kept (threshold 0) and
    # judges the candidate blocks: it asks for them.
    model = load_model()
    assert model.threshold("html") == 0.0
    assert 0.0 < model.thresholds[CANDIDATE_KEY] < 1.0
    assert Scorer().judges_candidates
    doc = _doc([STORY, "Oranges"], source_format="html")
    assert list(Scorer()(doc)) == []


def _with_candidates(texts: list[str], candidates: set[int]) -> Doc:
    blocks = tuple(
        Block(i, t, BlockKind.PARAGRAPH, group=i, hints=frozenset({CANDIDATE} if i in candidates else ()))
        for i, t in enumerate(texts)
    )
    return Doc(blocks, size=len(blocks), fields={}, config=Config(), language="en", source_format="html")


def test_candidates_stay_only_above_their_own_threshold() -> None:
    model = _short_lines_model(threshold=0.0)
    doc = _with_candidates([STORY, "Oranges", f"{STORY} Again.", "Pears"], {2, 3})
    # Threshold 0 keeps every block the rules kept; the candidates face 0.5.
    verdicts = list(Scorer(model, candidate_threshold=0.5)(doc))
    assert [(v.block, v.rule) for v in verdicts] == [(3, "candidate")]
    assert verdicts[0].reason.startswith("not extracted by default; story-text probability 0.")
    # Candidate threshold 1: no candidate stays, even one that reads as the story.
    assert [v.block for v in Scorer(model, candidate_threshold=1.0)(doc)] == [2, 3]
    # A model without a candidate threshold drops them all and asks for none.
    assert not Scorer(model).judges_candidates
    assert [v.block for v in Scorer(model)(doc)] == [2, 3]


def test_the_empty_document_guard_never_keeps_a_candidate() -> None:
    model = _short_lines_model(threshold=0.5)
    doc = _with_candidates(["Oranges", "Pears"], {1})
    # The block that is no candidate is below the threshold but is the whole
    # document: it stays; the candidate goes.
    assert [(v.block, v.rule) for v in Scorer(model, candidate_threshold=0.5)(doc)] == [(1, "candidate")]
