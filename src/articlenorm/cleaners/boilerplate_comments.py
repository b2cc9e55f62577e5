"""Where the readers' comments below a story begin.

In a page dump the comments are prose like the story and follow it closely,
so density alone keeps them.  What marks them is the page's own furniture: a
"Post a comment" / "24 Comments" label, or the repeated header line of each
comment ("Posted by jane on 01/13/08 at 12:02PM").  Phrases are data
(``[[comment]]`` tables in ``rules/<lang>/boilerplate.toml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..lexicon import Prepared, Rule, load_table
from .boilerplate_lines import Line, LineClass
from .boilerplate_rules import Thresholds

__all__ = ["comment_rules", "comments_start"]


@cache
def comment_rules(languages: tuple[str, ...]) -> tuple[Rule, ...]:
    """The ``[[comment]]`` rules of ``languages``' boilerplate rule files."""
    out: list[Rule] = []
    for lang in languages:
        for raw in load_table(lang, "boilerplate").get("comment", ()):
            out.append(Rule.from_table("boilerplate", lang, raw))
    return tuple(out)


def comments_start(
    lines: Sequence[Line], story_first: int, th: Thresholds, rules: tuple[Rule, ...]
) -> int | None:
    """The position where readers' comments begin, or None.

    Only lines after ``th.comment_min_good`` GOOD lines of the story count, so
    a "Comments (3)" link in the toolbar above the story never cuts it.  A
    ``comment-start`` label cuts at once; ``comment-meta`` lines cut at the
    first of at least two.  Lines longer than ``th.comment_max_chars`` are
    never matched (labels are short; it also bounds every pattern's cost).
    """
    good = 0
    first_meta: int | None = None
    for i in range(story_first, len(lines)):
        line = lines[i]
        if line.cls is LineClass.GOOD:
            good += 1
            continue
        if good < th.comment_min_good or len(line.text) > th.comment_max_chars:
            continue
        prepared = Prepared(line.text)
        for rule in rules:
            if not rule.matches(prepared):
                continue
            if rule.name == "comment-start":
                return i if first_meta is None else first_meta
            if first_meta is not None:
                return first_meta
            first_meta = i
            break
    return None
