"""The learned block scorer: one small model that keeps or drops the blocks
the rule families left in the body.

It runs last, on the blocks every rule family let through, in both modes.
Each block gets the features of :mod:`.scorer_features` and a probability of
being story text from a model trained on ``dragnet-train`` with
``python -m benchmarks.train_scorer`` (see ``docs/scorer.md``).  A block whose
probability is below the threshold is dropped with a removal record that
gives the probability and the features that weighed most against it.

The model ships as package data (``scorer_model.json``): gradient-boosted
regression trees or a logistic regression, evaluated here in pure Python,
loaded on first use.  The threshold is ``Config.scorer_threshold`` or, when
that is ``None``, the model's own, chosen by site-grouped cross-validation
for each mode.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..model import Block, Verdict
from ..pipeline import Doc
from ..segment.candidates import CANDIDATE
from .scorer_features import NAMES, WORDS, block_features

__all__ = ["MODEL_FILE", "Scorer", "ScorerModel", "load_model"]

#: The shipped model, next to this module.
MODEL_FILE = "scorer_model.json"
#: The key of the candidate blocks' threshold in a model's ``thresholds``.
CANDIDATE_KEY = "candidate"
#: How many features a removal record names.
REASON_FEATURES = 3


@dataclass(frozen=True, slots=True)
class _Tree:
    feature: tuple[int, ...]  # -1 at a leaf
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class ScorerModel:
    """A trained scorer: ``kind`` ``"trees"`` (gradient boosting, log-odds
    = ``base`` + ``rate`` x the sum of the trees' leaves) or ``"logistic"``
    (log-odds = ``base`` + weights . standardised features)."""

    kind: str
    features: tuple[str, ...]
    base: float
    thresholds: dict[str, float]
    rate: float = 1.0
    trees: tuple[_Tree, ...] = ()
    weights: tuple[float, ...] = ()
    mean: tuple[float, ...] = ()
    scale: tuple[float, ...] = ()
    _logit: Callable[[Sequence[float]], float] | None = field(default=None, compare=False, repr=False)
    _explain: Callable[[Sequence[float], list[float]], float] | None = field(
        default=None, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_logit", _compile(self, explain=False))
        object.__setattr__(self, "_explain", _compile(self, explain=True))

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str = "the model") -> ScorerModel:
        try:
            features = tuple(str(f) for f in data["features"])
            if features != NAMES:
                raise ConfigError(
                    f"{origin} was trained on other features than this version computes; "
                    f"retrain it with `python -m benchmarks.train_scorer`"
                )
            kind = str(data["kind"])
            trees = tuple(
                _Tree(
                    tuple(int(x) for x in t["feature"]),
                    tuple(float(x) for x in t["threshold"]),
                    tuple(int(x) for x in t["left"]),
                    tuple(int(x) for x in t["right"]),
                    tuple(float(x) for x in t["value"]),
                )
                for t in data.get("trees", ())
            )
            if kind not in ("trees", "logistic"):
                raise ConfigError(f"{origin}: unknown model kind {kind!r} (trees or logistic)")
            return cls(
                kind=kind,
                features=features,
                base=float(data["base"]),
                thresholds={str(k): float(v) for k, v in data["thresholds"].items()},
                rate=float(data.get("rate", 1.0)),
                trees=trees,
                weights=tuple(float(x) for x in data.get("weights", ())),
                mean=tuple(float(x) for x in data.get("mean", ())),
                scale=tuple(float(x) for x in data.get("scale", ())),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{origin} is not a scorer model ({type(exc).__name__}: {exc})") from exc

    def threshold(self, source_format: str) -> float:
        return self.thresholds.get(source_format, self.thresholds.get("default", 0.5))

    def contributions(self, row: Sequence[float]) -> tuple[float, list[float]]:
        """The log-odds of ``row`` and each feature's share of it (for trees:
        the change of the node value at each split the row passes)."""
        share = [0.0] * len(row)
        assert self._explain is not None  # set in __post_init__
        return self._explain(row, share), share

    def logit(self, row: Sequence[float]) -> float:
        assert self._logit is not None  # set in __post_init__
        return self._logit(row)

    def probability(self, row: Sequence[float]) -> float:
        z = self.logit(row)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def _compile(model: ScorerModel, *, explain: bool) -> Any:
    """The model's log-odds as one Python function, built once per model:
    ``logit(r)``, or with ``explain`` ``logit(r, c)``, which also adds each
    feature's contribution to ``c``.

    Walking 60 trees node by node costs ~60 us a block; the same trees as
    nested ``if`` statements cost a tenth of that.  The source is generated
    from the model's numbers only (all parsed with ``int``/``float`` by
    :meth:`ScorerModel.from_dict`), never from text in the file."""
    lines = ["def logit(r, c):" if explain else "def logit(r):"]
    if model.kind == "logistic":
        terms = [
            (i, f"{w / s!r} * (r[{i}] - {m!r})")
            for i, (w, m, s) in enumerate(zip(model.weights, model.mean, model.scale, strict=True))
        ]
        if explain:
            lines += [f"    c[{i}] = {term}" for i, term in terms]
            lines.append(f"    return {model.base!r} + sum(c)")
        else:
            lines.append(f"    return {model.base!r} + " + " + ".join([t for _, t in terms] or ["0.0"]))
    else:
        lines.append("    s = 0.0")
        for tree in model.trees:
            _emit(tree, 0, 1, lines, model.rate if explain else None)
        lines.append(f"    return {model.base!r} + {model.rate!r} * s")
    scope: dict[str, Any] = {}
    exec(compile("\n".join(lines), "<articlenorm scorer model>", "exec"), scope)  # noqa: S102
    return scope["logit"]


def _emit(tree: _Tree, node: int, depth: int, lines: list[str], rate: float | None) -> None:
    """One tree as nested ``if`` s; with ``rate``, each branch also adds the
    change of the node value it makes to its feature's contribution."""
    pad = "    " * depth
    if tree.feature[node] < 0:
        lines.append(f"{pad}s += {tree.value[node]!r}")
        return
    f = tree.feature[node]
    lines.append(f"{pad}if r[{f}] <= {tree.threshold[node]!r}:")
    for child, head in ((tree.left[node], None), (tree.right[node], f"{pad}else:")):
        if head:
            lines.append(head)
        if rate is not None:
            lines.append(f"{pad}    c[{f}] += {rate * (tree.value[child] - tree.value[node])!r}")
        _emit(tree, child, depth + 1, lines, rate)


def read_model(path: Path) -> ScorerModel:
    """A model file written by ``benchmarks.train_scorer``."""
    return ScorerModel.from_dict(json.loads(path.read_text(encoding="utf-8")), str(path))


@cache
def load_model() -> ScorerModel:
    """The shipped model, read once."""
    text = resources.files(__package__ or "articlenorm.cleaners").joinpath(MODEL_FILE).read_text("utf-8")
    return ScorerModel.from_dict(json.loads(text), f"articlenorm/cleaners/{MODEL_FILE}")


def _reason(model: ScorerModel, row: Sequence[float], probability: float) -> str:
    _, share = model.contributions(row)
    against = sorted((c, i) for i, c in enumerate(share) if c < 0)[:REASON_FEATURES]
    said = ", ".join(f"{WORDS[NAMES[i]]} ({row[i]:.2g})" for _, i in against)
    return f"story-text probability {probability:.2f}" + (f"; against it: {said}" if said else "")


class Scorer:
    """The pipeline step: drop the live blocks the model scores below the
    threshold.  ``model`` defaults to the shipped one; ``threshold``
    overrides ``Config.scorer_threshold`` and the model's own.

    When the model has a ``candidate`` threshold the step also judges the
    HTML candidate blocks (:mod:`articlenorm.segment.candidates`, asked for
    by :func:`articlenorm.normalize` through :attr:`judges_candidates`): a
    candidate is kept only when its probability reaches that threshold
    (``candidate_threshold`` overrides it), else dropped with rule
    ``candidate``."""

    name = "scorer"
    family = "scorer"
    contextual = True

    def __init__(
        self,
        model: ScorerModel | None = None,
        threshold: float | None = None,
        candidate_threshold: float | None = None,
    ) -> None:
        self._model = model
        self._threshold = threshold
        self._candidate_threshold = candidate_threshold

    @property
    def model(self) -> ScorerModel:
        return self._model if self._model is not None else load_model()

    @property
    def judges_candidates(self) -> bool:
        """Whether HTML input should carry candidate blocks for this step."""
        return self._candidate_threshold is not None or CANDIDATE_KEY in self.model.thresholds

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        model = self.model
        limit = self._threshold
        if limit is None:
            limit = doc.config.scorer_threshold
        if limit is None:
            limit = model.threshold(doc.source_format)
        cand_limit = self._candidate_threshold
        if cand_limit is None:
            cand_limit = model.thresholds.get(CANDIDATE_KEY, 1.0)
        is_cand = [CANDIDATE in b.hints for b in doc.blocks]
        if limit <= 0.0 and not any(is_cand):
            return  # this mode's threshold keeps everything: no features to compute
        rows = block_features(doc)
        low: list[tuple[Block, list[float], float]] = []
        out: list[tuple[Block, list[float], float]] = []
        for block, row, cand in zip(doc.blocks, rows, is_cand, strict=True):
            p = model.probability(row)
            if cand and p < cand_limit:
                out.append((block, row, p))
            elif not cand and p < limit:
                low.append((block, row, p))
        for block, row, p in out:
            yield Verdict.drop(block, "candidate", "not extracted by default; " + _reason(model, row, p))
        if len(low) == is_cand.count(False):
            # The scorer refines what the rules kept; it never empties the
            # document (a page it cannot read keeps the rules' result).
            return
        for block, row, p in low:
            yield Verdict.drop(block, "model", _reason(model, row, p))
