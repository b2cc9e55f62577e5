"""The cleaner families: the one list every layer reads.

A *family* is what a removal (or a filled field) is filed under: each step of
the default pipeline has one, and a rule file, a report colour, a fixture file
and a generator of test clutter are keyed by it.  This module is the single
place that names them; it imports nothing from ``cleaners``, ``fields`` or
``metadata`` so that any layer (and the fixture checker, by file path) can use
it.  ``tests/test_families.py`` checks it against the default pipeline and
the rule files on disk.

Kinds:

``clutter``  steps that take page clutter out of the body (the generators in
             :mod:`articlenorm.testing` inject these);
``field``    steps that take a header or caption block out of the body into an
             :class:`~articlenorm.Article` field;
``page``     page-level boilerplate: HTML box and layout hints, and the
             line/column boilerplate judge.

``rules``: the family is judged by ``[[rule]]`` tables in
``rules/<lang>/<family>.toml``, one file in every language.  (``boilerplate``
reads optional English ``[[rule]]`` tables too, but is no phrase cleaner:
its thresholds live in ``rules/common/boilerplate.toml``.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "ALL",
    "BUILT_IN",
    "CLUTTER",
    "FIELDS",
    "PAGE",
    "RULE_FILES",
    "Family",
    "FamilyKind",
]

FamilyKind = Literal["clutter", "field", "page"]


@dataclass(frozen=True, slots=True)
class Family:
    """One cleaner family: its name, its kind and whether it has phrase-rule files."""

    name: str
    kind: FamilyKind
    rules: bool = False


#: Every family of the default pipeline, in pipeline order (first step of each).
BUILT_IN: tuple[Family, ...] = (
    Family("markup", "clutter"),
    Family("layout", "page"),
    Family("boilerplate", "page"),
    Family("widgets", "clutter", rules=True),
    Family("ads", "clutter", rules=True),
    Family("appeals", "clutter", rules=True),
    Family("prompts", "clutter", rules=True),
    Family("metalines", "clutter", rules=True),
    Family("breadcrumbs", "clutter", rules=True),
    Family("comments", "clutter", rules=True),
    Family("dateline", "field"),
    Family("byline", "field"),
    Family("captions", "field"),
    Family("headline", "field"),
    Family("repeats", "clutter"),
    Family("related", "clutter", rules=True),
    Family("blurbs", "clutter", rules=True),
    Family("trailers", "clutter", rules=True),
)

#: Names of every family, in pipeline order.
ALL: tuple[str, ...] = tuple(f.name for f in BUILT_IN)
#: Clutter families, in pipeline order.
CLUTTER: tuple[str, ...] = tuple(f.name for f in BUILT_IN if f.kind == "clutter")
#: Field families, in pipeline order.
FIELDS: tuple[str, ...] = tuple(f.name for f in BUILT_IN if f.kind == "field")
#: Page-boilerplate families, in pipeline order.
PAGE: tuple[str, ...] = tuple(f.name for f in BUILT_IN if f.kind == "page")
#: Families with a ``[[rule]]`` file in every language, in pipeline order.
RULE_FILES: tuple[str, ...] = tuple(f.name for f in BUILT_IN if f.rules)
