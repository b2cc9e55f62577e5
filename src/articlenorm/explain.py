"""Explanations as data: render removal records, and replay them.

``normalize(..., explain=True)`` records every block that left the body
(:class:`~articlenorm.model.Removal`) and every change to kept text
(:class:`~articlenorm.model.Edit`).  :func:`replay` rebuilds the body from the
original input and those records alone, without running any cleaner: the
records are a complete, reproducible account of what was done.
"""

from __future__ import annotations

import dataclasses

from .article import assemble_paragraphs
from .config import Config
from .errors import ConfigError
from .loading import Source, load
from .model import Article

__all__ = ["render_removals", "replay"]


def render_removals(article: Article) -> str:
    """One line per removal: ``[family/rule] reason: text``."""
    lines = []
    for r in article.removed:
        role = f" -> {r.role.value}" if r.role else ""
        text = r.text if len(r.text) <= 80 else r.text[:77] + "..."
        lines.append(f"[{r.family}/{r.rule}]{role} {r.reason}: {text}")
    return "\n".join(lines)


def replay(source: Source, article: Article, *, config: Config | None = None) -> tuple[str, ...]:
    """The body paragraphs rebuilt from ``source`` and ``article``'s records.

    ``article`` must come from ``normalize(source, format="text", explain=True)``.
    The input is loaded as :func:`articlenorm.normalize` loads it, except
    that the recorded encoding repairs are replayed (ftfy's ``apply_plan``)
    instead of decided again; the recorded removals are taken out and the
    recorded edits applied.
    """
    if article.source_format != "text":
        raise ConfigError("replay() supports plain-text articles (source_format == 'text')")
    loaded = load(source, format="text", config=config, repairs=article.edits)
    gone = {r.block for r in article.removed}
    new_text = {e.block: e.after or "" for e in article.edits if e.block is not None}
    kept = (
        dataclasses.replace(b, text=new_text.get(b.index, b.text))
        for b in loaded.blocks
        if b.index not in gone
    )
    return assemble_paragraphs(kept)
