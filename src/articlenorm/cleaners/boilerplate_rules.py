"""The boilerplate cleaner's thresholds, read from ``rules/common/boilerplate.toml``.

The TOML file is the one place the numbers live, each with a comment saying
why it has its value and how it was tuned; this module only types them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from ..errors import ConfigError
from ..lexicon import check_keys, load_table

__all__ = ["Thresholds", "thresholds"]


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Typed view of ``[thresholds]`` in ``rules/common/boilerplate.toml``."""

    length_low: int
    length_high: int
    stopwords_low: float
    stopwords_high: float
    stopwords_floor: float
    prose_words: int
    menu_separators: int
    menu_words_per_item: float
    column_gap: int
    link_run: int
    near_run_chars: int
    heading_distance: int
    cluster_gap_lines: int
    cluster_keep_share: float
    head_window: int
    page_min_outside: int
    page_min_outside_share: float
    page_min_furniture: int
    page_min_chrome: int
    page_full_furniture: int
    columns_min_lines: int
    language_min_share: float
    comment_min_good: int
    comment_min_story_share: float
    comment_max_chars: int
    rule_max_chars: int


@cache
def thresholds() -> Thresholds:
    """The thresholds (cached; the file is package data).  An unknown key in
    ``[thresholds]`` raises :class:`ConfigError` naming the nearest field."""
    table = load_table("common", "boilerplate").get("thresholds")
    if table is None:
        raise ConfigError("rules/common/boilerplate.toml needs a [thresholds] table")
    names = [f.name for f in fields(Thresholds)]
    check_keys("rules/common/boilerplate.toml: [thresholds]", table, names)
    values: dict[str, Any] = {}
    for name in names:
        if name not in table:
            raise ConfigError(f"rules/common/boilerplate.toml: [thresholds] lacks {name}")
        values[name] = table[name]
    return Thresholds(**values)
