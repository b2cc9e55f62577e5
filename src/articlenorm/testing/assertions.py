"""Assertions for tests of articlenorm pipelines and of users' own cleaners.

* :func:`assert_normalizes_to` -- normalize text and compare chosen fields
  with an expected :class:`~articlenorm.Article`, failing with a readable,
  per-field diff that says which cleaner removed a missing paragraph.
* :func:`assert_cleaner_safe` -- check a custom cleaner against the
  library's invariants on generated articles (see its docstring).
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..api import normalize
from ..config import Config
from ..errors import EmptyInputError
from ..explain import replay
from ..loading import load
from ..model import Article, Verdict
from ..pipeline import Cleaner, Doc, Pipeline
from .generate import GeneratedArticle, make_article, make_cluttered_article
from .packs import pack
from .source import RandomSource

__all__ = ["DEFAULT_FIELDS", "FIELDS", "assert_cleaner_safe", "assert_normalizes_to"]

#: Fields :func:`assert_normalizes_to` can compare.
FIELDS = ("headline", "byline", "authors", "date", "paragraphs", "body", "captions", "language")
#: Compared unless ``fields=`` says otherwise.
DEFAULT_FIELDS = ("headline", "byline", "date", "paragraphs", "captions")
#: How many characters of a long value a failure message shows.
SHOW_CHARS = 160


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= SHOW_CHARS else text[: SHOW_CHARS - 3] + "..."


def _expected_value(expected: Article | Mapping[str, Any], name: str) -> Any:
    if isinstance(expected, Mapping):
        value = expected[name]
        return tuple(value) if isinstance(value, list) else value
    return getattr(expected, name)


def _paragraph_diff(want: Sequence[str], got: Sequence[str], article: Article) -> list[str]:
    lines = [
        "  " + d
        for d in difflib.unified_diff(list(want), list(got), "expected", "normalized", lineterm="", n=1)
    ]
    removed = {r.text: r for r in article.removed}
    for para in want:
        if para not in got and para in removed:
            r = removed[para]
            lines.append(f"  lost paragraph removed by {r.family}/{r.rule} ({r.reason}): {_short(para)}")
    return lines


def assert_normalizes_to(
    text: str | bytes,
    expected: Article | Mapping[str, Any],
    fields: Iterable[str] = DEFAULT_FIELDS,
    **normalize_kwargs: Any,
) -> Article:
    """Normalize ``text`` and check ``fields`` against ``expected``.

    ``expected`` is an :class:`Article` or a mapping of field name to value
    (then only the fields it has are checked unless ``fields`` is given).
    Extra keyword arguments go to :func:`articlenorm.normalize`
    (``explain=True`` is always on, to say who removed what).  Returns the
    normalized article; raises ``AssertionError`` listing every field that
    differs, with a diff of the paragraphs.
    """
    names = tuple(fields)
    if isinstance(expected, Mapping) and names == DEFAULT_FIELDS:
        names = tuple(expected)
    unknown = [n for n in names if n not in FIELDS]
    if unknown:
        raise ValueError(f"unknown field(s) {unknown}; fields: {', '.join(FIELDS)}")
    normalize_kwargs["explain"] = True
    article = normalize(text, **normalize_kwargs)
    problems: list[str] = []
    for name in names:
        want, got = _expected_value(expected, name), getattr(article, name)
        if name == "date" and want and got and len(want) == 10:
            got = got[:10]  # an expected day matches a date-time on that day
        if want == got:
            continue
        if name == "paragraphs":
            problems.append("paragraphs differ (- expected, + normalized):")
            problems += _paragraph_diff(want, got, article)
        else:
            problems.append(f"{name}: expected {_short(want)}, got {_short(got)}")
    if problems:
        raise AssertionError("normalized article differs from the expected one:\n" + "\n".join(problems))
    return article


# --- assert_cleaner_safe ---------------------------------------------------


def _fail(cleaner: Cleaner, check: str, detail: str, text: str) -> AssertionError:
    return AssertionError(
        f"cleaner {cleaner.name!r} breaks the {check!r} invariant: {detail}\n--- input ---\n{text[:1500]}"
    )


def _check_contract(cleaner: Cleaner, text: str, config: Config, language: str) -> None:
    """Verdicts only on the given blocks, no mutation, same answer twice."""
    try:
        blocks = load(text, format="text", config=config).blocks
    except EmptyInputError:
        return  # no blocks, nothing a cleaner could judge
    fields: dict[Any, object] = {}
    doc = Doc(blocks, size=len(blocks), fields=fields, config=config, language=language, source_format="text")
    before_blocks, before_fields = copy.deepcopy(blocks), copy.deepcopy(fields)
    first = list(cleaner(doc))
    second = list(cleaner(doc))
    ids = {b.index for b in blocks}
    for v in first:
        if not isinstance(v, Verdict):
            raise _fail(
                cleaner, "accounts for every block", f"it yielded {type(v).__name__}, not a Verdict", text
            )
        if v.block not in ids:
            raise _fail(
                cleaner, "accounts for every block", f"it judged block {v.block}, not in the doc", text
            )
    if doc.blocks != before_blocks or fields != before_fields:
        raise _fail(cleaner, "no side effects", "it changed the document it was given", text)
    if first != second:
        raise _fail(
            cleaner, "no side effects", "two calls on the same document gave different verdicts", text
        )


def _check_accounting(cleaner: Cleaner, text: str, steps: Pipeline, config: Config) -> Article:
    try:
        article = normalize(text, format="text", pipeline=steps, config=config, explain=True)
    except EmptyInputError:
        return Article()
    blocks = load(text, format="text", config=config).blocks  # what normalize() judged
    removed = [r.block for r in article.removed]
    if removed != sorted(set(removed)):
        raise _fail(cleaner, "accounts for every block", "a block was removed twice", text)
    for r in article.removed:
        if r.text != blocks[r.block].text or not (r.rule and r.reason):
            raise _fail(cleaner, "accounts for every block", f"removal record {r} is incomplete", text)
    if replay(text, article) != article.paragraphs:
        raise _fail(cleaner, "accounts for every block", "the removal records do not rebuild the body", text)
    return article


def _check_idempotent(cleaner: Cleaner, article: Article, steps: Pipeline, config: Config) -> None:
    if not article.body.strip():
        return
    again = normalize(article.body, format="text", pipeline=steps, config=config)
    if again.paragraphs != article.paragraphs:
        diff = "\n".join(difflib.unified_diff(list(article.paragraphs), list(again.paragraphs), lineterm=""))
        raise _fail(cleaner, "idempotent", f"normalizing its output again changed it:\n{diff}", article.body)


def _check_negatives(
    cleaner: Cleaner, sample: GeneratedArticle, negatives: Sequence[str], steps: Pipeline, config: Config
) -> None:
    paras = list(sample.expected.paragraphs)
    at = len(paras) // 2
    text = "\n\n".join([sample.expected.headline or "", *paras[:at], *negatives, *paras[at:]])
    article = normalize(text, format="text", pipeline=steps, config=config, explain=True)
    kept = set(article.paragraphs)
    for para in [*paras, *negatives]:
        if para not in kept:
            who = next((f"{r.family}/{r.rule}" for r in article.removed if r.text == para), "an edit")
            raise _fail(
                cleaner, "never removes a negative-fixture paragraph", f"{who} removed {para!r}", text
            )


def assert_cleaner_safe(
    cleaner: Cleaner,
    *,
    languages: Sequence[str] = ("en",),
    examples: int = 25,
    seed: int = 0,
    negatives: Sequence[str] = (),
    pipeline: Sequence[Cleaner] | None = None,
    config: Config | None = None,
) -> None:
    """Check a custom cleaner against the library's invariants.

    On ``examples`` seeded generated articles per language (clean and
    cluttered), with the cleaner alone or inside ``pipeline``:

    * **accounts for every block** -- it yields only ``Verdict`` objects about
      blocks of the document it was given, and the run's removal records are
      complete: each block kept or removed once, and replaying the records
      rebuilds the body;
    * **no side effects** -- it leaves the document and its fields unchanged,
      and gives the same verdicts when called twice;
    * **idempotent** -- normalizing the output again changes nothing;
    * **never removes a negative-fixture paragraph** -- real story text that
      looks like clutter (the packs' tricky sentences, the generated story
      paragraphs and your own ``negatives``) survives.

    Raises ``AssertionError`` naming the broken invariant and the input.
    """
    config = config or Config(include_quotes=False, detect_language=False)
    steps = Pipeline(pipeline if pipeline is not None else [cleaner])
    steps.validate()
    if all(step is not cleaner for step in steps):
        raise ValueError("pipeline= must contain the cleaner under test")
    for language in languages:
        src = RandomSource(f"{seed}:{language}:{cleaner.name}")
        tricky = list(pack(language).tricky)
        for i in range(examples):
            sample = make_cluttered_article(src, language) if i % 2 else make_article(src, language)
            _check_contract(cleaner, sample.text, config, language)
            article = _check_accounting(cleaner, sample.text, steps, config)
            _check_idempotent(cleaner, article, steps, config)
            if i % 2 == 0:
                _check_negatives(cleaner, sample, [*negatives, tricky[i // 2 % len(tricky)]], steps, config)
