"""Sweep one threshold and score the body on a training set: how thresholds are tuned.

Usage (from the repository root)::

    python -m benchmarks.sweep TARGET VALUE [VALUE ...] [--set dragnet-train] [--mode html]
                               [--folds 5] [--limit N] [--jobs 2]

``TARGET`` names the threshold:

* ``config.<field>``          a :class:`articlenorm.Config` field (``config.header_window``);
* ``boilerplate.<key>``       a ``[thresholds]`` key of ``rules/common/boilerplate.toml``;
* ``<module>:<NAME>``         a module constant read at call time
  (``articlenorm.cleaners.html_hints:LINK_DENSITY``).

For every value it normalizes each case of the set (``--mode html``: the page; ``text-inscriptis``
or ``text-bs4``: a full-page text dump of it, as text mode gets from scrapers) and prints body
shingle precision, recall and F1 (the benchmark's definition: harmonic mean of the macro averages).
With ``--folds K`` the cases are split into K folds grouped by ``site`` (a site's pages all in one
fold); for each fold the value best on the other folds is scored on it, so the last line is a
held-out estimate of what choosing by this sweep gives.

Tune on ``dragnet-train`` (the default); the other sets measure and must not be swept on.  A
threshold's comment in the code names the command that set it.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks import metrics
from benchmarks.datasets import DEFAULT_DATA_DIR, Case, load_cases, sample_cases
from benchmarks.workers import parallel_map

MODES = ("html", "text-inscriptis", "text-bs4")
TRAINING_SET = "dragnet-train"


@dataclass(frozen=True, slots=True)
class Score:
    """Body scores of one case (``None``: the measure does not apply)."""

    site: str
    precision: float | None
    recall: float | None


def parse_value(text: str) -> object:
    """``"0.5"`` -> 0.5, ``"8"`` -> 8, ``"true"`` -> True, else the string."""
    low = text.casefold()
    if low in ("true", "false"):
        return low == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text


def apply(target: str, value: object) -> dict[str, object]:
    """Patch ``target`` to ``value`` in this process; returns the ``normalize`` keywords it needs."""
    import articlenorm

    if target.startswith("config."):
        name = target.removeprefix("config.")
        if name not in {f.name for f in dataclasses.fields(articlenorm.Config)}:
            raise SystemExit(f"sweep: Config has no field {name!r}")
        return {"config": dataclasses.replace(articlenorm.DEFAULT_CONFIG, **{name: value})}
    if target.startswith("boilerplate."):
        from articlenorm.cleaners import boilerplate_rules

        key = target.removeprefix("boilerplate.")
        original = boilerplate_rules.thresholds
        patched = dataclasses.replace(original(), **{key: value})
        for module in list(sys.modules.values()):
            if getattr(module, "thresholds", None) is original:
                module.thresholds = lambda: patched  # type: ignore[attr-defined]
        return {}
    module_name, sep, constant = target.partition(":")
    if not sep:
        raise SystemExit(f"sweep: {target!r} is not config.<field>, boilerplate.<key> or <module>:<NAME>")
    module = importlib.import_module(module_name)
    if not hasattr(module, constant):
        raise SystemExit(f"sweep: {module_name} has no {constant}")
    setattr(module, constant, value)
    return {}


_KWARGS: dict[str, object] = {}


def _init(target: str, value: object) -> None:
    _KWARGS.clear()
    _KWARGS.update(apply(target, value))


def _input(case: Case, mode: str) -> tuple[str | bytes, str]:
    data = case.read_bytes()
    if mode == "html":
        return data, "html"
    from articlenorm import DEFAULT_CONFIG
    from articlenorm.loading import decode_bytes

    markup = decode_bytes(data, DEFAULT_CONFIG, origin=case.id)[0]
    if mode == "text-inscriptis":
        from inscriptis import get_text

        return get_text(markup), "text"
    from bs4 import BeautifulSoup

    return BeautifulSoup(markup, "lxml").get_text("\n"), "text"


def _score(task: tuple[Case, str]) -> Score:
    import articlenorm

    case, mode = task
    source, fmt = _input(case, mode)
    try:
        body = articlenorm.normalize(source, format=fmt, url=case.url, **_KWARGS).body  # type: ignore[arg-type]
    except articlenorm.ArticlenormError:
        body = ""
    match = metrics.shingle_match(case.body, body)
    return Score(case_site(case), match.precision, match.recall)


def case_site(case: Case) -> str:
    """The case's site (its id when unknown), for grouping folds."""
    return case.site or case.id


def body_f1(scores: Sequence[Score]) -> tuple[float, float, float]:
    """Macro precision, macro recall and their harmonic mean."""
    ps = [s.precision for s in scores if s.precision is not None]
    rs = [s.recall for s in scores if s.recall is not None]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, metrics.harmonic(p, r) or 0.0


def fold_of(site: str, folds: int) -> int:
    """A site's fold: stable across runs and machines (CRC32 of the site)."""
    return zlib.crc32(site.encode("utf-8")) % folds


def held_out(results: dict[object, list[Score]], folds: int) -> tuple[float, list[object]]:
    """Score of choosing the value on the other folds, fold by fold; the chosen values."""
    chosen: list[object] = []
    kept: list[Score] = []
    for k in range(folds):
        train = {v: [s for s in ss if fold_of(s.site, folds) != k] for v, ss in results.items()}
        best = max(train, key=lambda v: body_f1(train[v])[2])
        chosen.append(best)
        kept += [s for s in results[best] if fold_of(s.site, folds) == k]
    return body_f1(kept)[2], chosen


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.sweep", description=__doc__.split("\n")[0])
    ap.add_argument("target")
    ap.add_argument("values", nargs="+")
    ap.add_argument("--set", default=TRAINING_SET, help=f"dataset (default {TRAINING_SET}, the training set)")
    ap.add_argument("--mode", choices=MODES, default="html")
    ap.add_argument("--folds", type=int, default=0, help="site-grouped folds for a held-out estimate")
    ap.add_argument("--limit", type=int, default=None, help="a seeded sample of this many cases")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    if args.set != TRAINING_SET:
        print(f"sweep: note: {args.set} is a measuring set; tune on {TRAINING_SET}", file=sys.stderr)
    cases = [c for c in load_cases(DEFAULT_DATA_DIR, args.set) if c.body is not None]
    cases = sample_cases(cases, args.limit) if args.limit else cases
    values = [parse_value(v) for v in args.values]
    results: dict[object, list[Score]] = {}
    print(f"{args.target} on {args.set} ({len(cases)} cases, {args.mode})")
    print(f"{'value':>12}  {'P':>6}  {'R':>6}  {'F1':>6}")
    for value in values:
        tasks = [(c, args.mode) for c in cases]
        results[value] = list(
            parallel_map(
                _score, tasks, args.jobs, initializer=_init, initargs=(args.target, value), chunksize=4
            )
        )
        p, r, f = body_f1(results[value])
        print(f"{value!s:>12}  {p:6.3f}  {r:6.3f}  {f:6.3f}")
    if args.folds > 1 and len(values) > 1:
        score, chosen = held_out(results, args.folds)
        print(
            f"held-out F1 choosing per fold ({args.folds} site-grouped folds): {score:.3f}; chosen {chosen}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
