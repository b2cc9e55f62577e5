"""Train the learned block scorer (``articlenorm/cleaners/scorer_model.json``).

Usage (from the repository root; needs the ``train`` extra, scikit-learn)::

    python -m benchmarks.train_scorer [--set dragnet-train] [--data-dir DIR]
                                      [--modes html text-inscriptis text-bs4] [--folds 5]
                                      [--out PATH] [--cache FILE] [--jobs 1] [--limit N]

1. Every case of the set is normalized in each mode (``html``: the page; ``text-inscriptis`` and
   ``text-bs4``: a full-page text dump of it, as in :mod:`benchmarks.sweep`) by the default
   pipeline without the scorer, plus a last step that records the live blocks and their
   features (:func:`articlenorm.cleaners.scorer_features.block_features`, the very function
   the scorer calls at run time).
2. A block's label is whether most of its token 4-gram shingles are in the gold body; its
   weight is its share of the page's tokens (each page weighs the same, as in the macro
   body F1 the benchmarks report).
3. Cross-validation grouped by ``site`` (``benchmarks.sweep.fold_of``): for each fold a model
   is trained on the other folds, and the threshold for each mode (``html``, ``text``) is
   the one best on the other folds' out-of-fold probabilities; the body F1 of the kept
   blocks is printed per fold beside the rules-only pipeline and (HTML) trafilatura.
4. The shipped model is trained on every case with a fixed seed, with the per-mode
   thresholds chosen on all out-of-fold probabilities, and written with sorted keys and
   rounded numbers: the same data and versions give the same file, byte for byte.

Train on ``dragnet-train`` (the default) or on your own labelled pages: any folder with a
``cases.jsonl`` (``id``, ``input``, ``kind``, ``body``, ``site``, optional ``url``) and its
``inputs/`` works with ``--data-dir``/``--set``.  Never train on the measuring sets.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import pickle
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from articlenorm.model import Block, Verdict
from articlenorm.pipeline import Doc
from benchmarks import metrics
from benchmarks.datasets import DEFAULT_DATA_DIR, REPO_ROOT, Case, load_cases, sample_cases
from benchmarks.sweep import TRAINING_SET, _input, case_site, fold_of
from benchmarks.workers import parallel_map

MODES = ("html", "text-inscriptis", "text-bs4")
DEFAULT_OUT = REPO_ROOT / "src" / "articlenorm" / "cleaners" / "scorer_model.json"
SEED = 0
#: The key of the candidate blocks' threshold (articlenorm.cleaners.scorer.CANDIDATE_KEY).
CANDIDATE_KEY = "candidate"
#: A block is story text when at least this share of its shingles is in the gold body.
LABEL_SHARE = 0.5
#: The thresholds searched (story-text probability below which a block is dropped).
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 15))
#: The candidate thresholds searched, from 1 (no candidate kept) down.
CANDIDATE_THRESHOLDS = tuple(round(1 - 0.05 * i, 2) for i in range(0, 20))
#: Gradient boosting: few shallow trees keep scoring a page in pure Python near 1 ms.
TREES = 60
DEPTH = 3
RATE = 0.15
DIGITS = 6


@dataclass(slots=True)
class Page:
    """One case in one mode: the blocks the rules kept (as the scorer sees them), the gold."""

    id: str
    site: str
    mode: str
    gold: str
    blocks: tuple[Block, ...]
    size: int
    peers: dict[str, str] = field(default_factory=dict)
    _rows: list[list[float]] | None = None

    @property
    def fmt(self) -> str:
        return "html" if self.mode == "html" else "text"

    @property
    def texts(self) -> list[str]:
        return [b.text for b in self.blocks]

    @property
    def candidates(self) -> list[bool]:
        """Which blocks are HTML candidates (not in the default extraction)."""
        from articlenorm.segment.candidates import CANDIDATE

        return [CANDIDATE in b.hints for b in self.blocks]

    @property
    def rows(self) -> list[list[float]]:
        """The blocks' features, computed from the recorded view as the scorer computes them."""
        if self._rows is None:
            from articlenorm import DEFAULT_CONFIG
            from articlenorm.cleaners.scorer_features import block_features
            from articlenorm.pipeline import Doc

            doc = Doc(
                self.blocks,
                size=self.size,
                fields={},
                config=DEFAULT_CONFIG,
                language=None,
                source_format=self.fmt,
            )
            self._rows = block_features(doc)
        return self._rows


class _Recorder:
    """A last pipeline step that records what the scorer would see."""

    name = "record"
    family = "record"
    contextual = True
    #: HTML pages carry candidate blocks, as under the scorer.
    judges_candidates = True

    def __init__(self) -> None:
        self.blocks: tuple[Block, ...] = ()
        self.size = 0

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        self.blocks, self.size = doc.blocks, doc.size
        return iter(())


def _collect(task: tuple[Case, str]) -> Page:
    import articlenorm
    from articlenorm.cleaners import default_pipeline

    case, mode = task
    source, fmt = _input(case, mode)
    recorder = _Recorder()
    steps = [s for s in default_pipeline() if s.name != "scorer"] + [recorder]
    with contextlib.suppress(articlenorm.ArticlenormError):  # no blocks: an empty body
        articlenorm.normalize(source, format=fmt, url=case.url, pipeline=steps)  # type: ignore[arg-type]
    page = Page(case.id, case_site(case), mode, case.body or "", recorder.blocks, recorder.size)
    if mode == "html":
        from benchmarks import peers

        # The rules alone, without candidate blocks: the baseline the scorer must beat.
        plain = _Recorder()
        plain.judges_candidates = False
        with contextlib.suppress(articlenorm.ArticlenormError):
            articlenorm.normalize(source, format=fmt, url=case.url, pipeline=[*steps[:-1], plain])  # type: ignore[arg-type]
        page.peers["rules"] = "\n\n".join(b.text for b in plain.blocks)
        for setting in ("default", "favor_precision", "favor_recall"):
            try:
                page.peers[setting] = peers.trafilatura_text(source, case.url, setting)
            except Exception:  # noqa: BLE001 - a peer's failure scores as an empty body
                page.peers[setting] = ""
    return page


def collect(cases: Sequence[Case], modes: Sequence[str], jobs: int) -> list[Page]:
    tasks = [(c, m) for m in modes for c in cases]
    return list(parallel_map(_collect, tasks, jobs, chunksize=4))


def _fields(page: Page) -> tuple[object, ...]:
    return (page.id, page.site, page.mode, page.gold, page.blocks, page.size, page.peers)


def labels(page: Page) -> tuple[list[int], list[float]]:
    """Each block's label (1: story text) and weight (its share of the page's tokens)."""
    gold = set(metrics.shingles(page.gold))
    out: list[int] = []
    sizes: list[int] = []
    for text in page.texts:
        grams = metrics.shingles(text)
        n = sum(grams.values())
        hit = sum(c for g, c in grams.items() if g in gold)
        out.append(1 if n and hit >= LABEL_SHARE * n else 0)
        sizes.append(max(len(metrics.tokenize(text)), 1))
    total = sum(sizes) or 1
    return out, [s / total for s in sizes]


_SCORES: dict[tuple[str, str, str, tuple[bool, ...]], tuple[float | None, float | None]] = {}


def page_scores(page: Page, keep: Iterable[bool]) -> tuple[float | None, float | None]:
    """Body precision and recall of the page when only the ``keep`` blocks stay
    (remembered: the threshold search asks for the same blocks many times)."""
    mask = tuple(keep)
    key = (page.id, page.mode, page.gold, mask)
    found = _SCORES.get(key)
    if found is None:
        body = "\n\n".join(t for t, k in zip(page.texts, mask, strict=True) if k)
        match = metrics.shingle_match(page.gold, body)
        found = _SCORES[key] = (match.precision, match.recall)
    return found


def body_f1(scores: Sequence[tuple[float | None, float | None]]) -> tuple[float, float, float]:
    ps = [p for p, _ in scores if p is not None]
    rs = [r for _, r in scores if r is not None]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, metrics.harmonic(p, r) or 0.0


def _matrix(pages: Sequence[Page]) -> tuple[list[list[float]], list[int], list[float]]:
    xs: list[list[float]] = []
    ys: list[int] = []
    ws: list[float] = []
    for page in pages:
        y, w = labels(page)
        xs += page.rows
        ys += y
        ws += w
    return xs, ys, ws


def fit(pages: Sequence[Page], kind: str = "trees") -> dict[str, object]:
    """Train on ``pages``; the model as the JSON-ready dict the scorer reads (no thresholds)."""
    from articlenorm.cleaners.scorer_features import NAMES

    xs, ys, ws = _matrix(pages)
    if len(set(ys)) < 2:
        raise SystemExit("train_scorer: the training blocks need both story text and clutter")
    if kind == "logistic":
        from sklearn.linear_model import LogisticRegression

        cols = list(zip(*xs, strict=True))
        mean = [sum(c) / len(c) for c in cols]
        scale = [
            math.sqrt(sum((v - m) ** 2 for v in c) / len(c)) or 1.0 for c, m in zip(cols, mean, strict=True)
        ]
        std = [[(v - m) / s for v, m, s in zip(row, mean, scale, strict=True)] for row in xs]
        lr = LogisticRegression(C=1.0, max_iter=2000)
        lr.fit(std, ys, sample_weight=ws)
        return {
            "kind": "logistic",
            "features": list(NAMES),
            "base": _r(float(lr.intercept_[0])),
            "weights": [_r(float(w)) for w in lr.coef_[0]],
            "mean": [_r(m) for m in mean],
            "scale": [_r(s) for s in scale],
        }
    from sklearn.ensemble import GradientBoostingClassifier

    gb = GradientBoostingClassifier(
        n_estimators=TREES, max_depth=DEPTH, learning_rate=RATE, subsample=0.8, random_state=SEED
    )
    gb.fit(xs, ys, sample_weight=ws)
    trees = []
    for (est,) in gb.estimators_:
        t = est.tree_
        trees.append(
            {
                "feature": [int(f) if f >= 0 else -1 for f in t.feature],
                "threshold": [_r(float(v)) for v in t.threshold],
                "left": [int(v) for v in t.children_left],
                "right": [int(v) for v in t.children_right],
                "value": [_r(float(v)) for v in t.value[:, 0, 0]],
            }
        )
    base = float(gb._raw_predict_init([xs[0]])[0, 0])
    return {
        "kind": "trees",
        "features": list(NAMES),
        "base": _r(base),
        "rate": RATE,
        "trees": trees,
    }


def _r(x: float) -> float:
    return float(f"{x:.{DIGITS}g}")


def _model(data: dict[str, object], thresholds: dict[str, float] | None = None) -> object:
    from articlenorm.cleaners.scorer import ScorerModel

    return ScorerModel.from_dict({**data, "thresholds": thresholds or {"default": 0.5}})


def probabilities(model: object, pages: Sequence[Page]) -> dict[tuple[str, str], list[float]]:
    return {(p.id, p.mode): [model.probability(r) for r in p.rows] for p in pages}  # type: ignore[attr-defined]


def keep(page: Page, probs: Sequence[float], t: float, tc: float) -> list[bool]:
    """The blocks the scorer keeps: a candidate when its probability reaches
    ``tc``, any other block when it reaches ``t``."""
    return [q >= (tc if c else t) for q, c in zip(probs, page.candidates, strict=True)]


def _f1(pages: Sequence[Page], probs: dict[tuple[str, str], list[float]], t: float, tc: float) -> float:
    return body_f1([page_scores(p, keep(p, probs[p.id, p.mode], t, tc)) for p in pages])[2]


def best_thresholds(pages: Sequence[Page], probs: dict[tuple[str, str], list[float]]) -> tuple[float, float]:
    """The thresholds ``(t, tc)`` with the best body F1 over ``pages`` (ties:
    the lowest ``t``, dropping least, and the highest ``tc``, adding least):
    ``tc`` is searched with every other block kept, then ``t`` with that
    ``tc``, then ``tc`` again.  Pages without candidates leave ``tc`` at 1."""
    t, tc = 0.0, 1.0
    searches = ("tc",) if any(any(p.candidates) for p in pages) else ("t",)
    for which in searches:
        if which == "t":
            scored = [(_f1(pages, probs, x, tc), x) for x in THRESHOLDS]
        else:
            scored = [(_f1(pages, probs, t, x), x) for x in CANDIDATE_THRESHOLDS]
        best_f = max(f for f, _ in scored)
        chosen = next(x for f, x in scored if f > best_f - 1e-9)  # the first best
        t, tc = (chosen, tc) if which == "t" else (t, chosen)
    return t, tc


def _by_fmt(pages: Sequence[Page]) -> dict[str, list[Page]]:
    out: dict[str, list[Page]] = {}
    for p in pages:
        out.setdefault(p.fmt, []).append(p)
    return out


def cross_validate(pages: Sequence[Page], folds: int, kind: str) -> dict[str, float]:
    """Print per-fold body F1 (rules only, scorer, trafilatura); the per-format thresholds
    chosen on all out-of-fold probabilities."""
    oof: dict[tuple[str, str], list[float]] = {}
    for k in range(folds):
        train = [p for p in pages if fold_of(p.site, folds) != k]
        oof.update(probabilities(_model(fit(train, kind)), [p for p in pages if fold_of(p.site, folds) == k]))
    rows: list[str] = []
    for mode in sorted({p.mode for p in pages}, key=MODES.index):
        mine = [p for p in pages if p.mode == mode]
        totals: dict[str, list[tuple[float | None, float | None]]] = {}
        for k in range(folds):
            test = [p for p in mine if fold_of(p.site, folds) == k]
            other = [p for p in pages if p.fmt == mine[0].fmt and fold_of(p.site, folds) != k]
            t, tc = best_thresholds(other, oof)
            cols = {
                "rules": [
                    _peer_scores(p.gold, p.peers["rules"])
                    if "rules" in p.peers
                    else page_scores(p, [not c for c in p.candidates])
                    for p in test
                ],
                "scorer": [page_scores(p, keep(p, oof[p.id, p.mode], t, tc)) for p in test],
            }
            if mode == "html":
                cols["scorer-drop-only"] = [page_scores(p, keep(p, oof[p.id, p.mode], t, 1.0)) for p in test]
                cols["rules+all-cand"] = [page_scores(p, [True] * len(p.texts)) for p in test]
                for setting in ("default", "favor_precision", "favor_recall"):
                    cols[f"traf-{setting}"] = [_peer_scores(p.gold, p.peers.get(setting, "")) for p in test]
            cells = "  ".join(f"{name} {body_f1(s)[2]:.3f}" for name, s in cols.items())
            rows.append(f"{mode:16} fold {k} ({len(test):3} pages, t={t:.2f} tc={tc:.2f})  {cells}")
            for name, s in cols.items():
                totals.setdefault(name, []).extend(s)
        cells = "  ".join(
            f"{name} {body_f1(s)[2]:.3f} (P {body_f1(s)[0]:.3f} R {body_f1(s)[1]:.3f})"
            for name, s in totals.items()
        )
        rows.append(f"{mode:16} all folds  {cells}")
    print("\n".join(rows))
    out: dict[str, float] = {}
    for fmt, ps in _by_fmt(pages).items():
        out[fmt], tc = best_thresholds(ps, oof)
        if fmt == "html":
            out[CANDIDATE_KEY] = tc
    return out


def _peer_scores(gold: str, body: str) -> tuple[float | None, float | None]:
    match = metrics.shingle_match(gold, body)
    return match.precision, match.recall


def render(data: dict[str, object], thresholds: dict[str, float], trained_on: str) -> str:
    model = {**data, "thresholds": thresholds, "trained_on": trained_on}
    return json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.train_scorer", description=__doc__.split("\n")[0])
    ap.add_argument("--set", default=TRAINING_SET, help=f"the training set (default {TRAINING_SET})")
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    ap.add_argument("--folds", type=int, default=5, help="site-grouped folds (0 or 1: no cross-validation)")
    ap.add_argument("--kind", choices=("trees", "logistic"), default="trees")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, default=None, help="keep the collected blocks in this file")
    ap.add_argument("--limit", type=int, default=None, help="a seeded sample of this many cases")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    if args.set in ("l3s-gn1", "readability-pages", "trafilatura-eval", "turku-lines-en"):
        print(f"train_scorer: {args.set} is a measuring set; train on {TRAINING_SET}", file=sys.stderr)
        return 2
    pages: list[Page] | None = None
    if args.cache is not None and args.cache.is_file():
        pages = [Page(*fields) for fields in pickle.loads(args.cache.read_bytes())]
    if pages is None:
        cases = [c for c in load_cases(args.data_dir, args.set) if c.body is not None]
        cases = sample_cases(cases, args.limit) if args.limit else cases
        pages = collect(cases, args.modes, args.jobs)
        if args.cache is not None:
            # Plain tuples: the cache must not depend on how this module was run (as __main__).
            args.cache.write_bytes(pickle.dumps([_fields(p) for p in pages]))
    pages = [p for p in pages if p.mode in args.modes]
    blocks = sum(len(p.texts) for p in pages)
    print(f"{args.set}: {len(pages)} pages x modes, {blocks} blocks, {args.kind}")
    if args.folds > 1:
        thresholds = cross_validate(pages, args.folds, args.kind)
    else:
        thresholds = {fmt: 0.5 for fmt in _by_fmt(pages)}
    for fmt in ("html", "text"):
        # A format the model was not trained on keeps every block (threshold 0).
        thresholds.setdefault(fmt, 0.0)
    modes = "+".join(sorted({p.mode for p in pages}, key=MODES.index))
    text = render(fit(pages, args.kind), thresholds, f"{args.set} ({modes}, {len(pages)} pages)")
    args.out.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    print(f"thresholds {thresholds}; wrote {args.out} (sha256 {digest[:16]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
