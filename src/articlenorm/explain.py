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
from .config import DEFAULT_CONFIG, Config
from .errors import ConfigError
from .loading import Source, decode_bytes, read_source
from .model import Article
from .repair import apply_rule
from .segment import segment_text

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
    Encoding repairs are replayed with ftfy's ``apply_plan``; then the text is
    segmented, the recorded removals are taken out and recorded edits applied.
    """
    if article.source_format != "text":
        raise ConfigError("replay() supports plain-text articles (source_format == 'text')")
    config = config or DEFAULT_CONFIG
    data, origin = read_source(source, config)
    text = decode_bytes(data, config, origin=origin or "<bytes>")[0] if isinstance(data, bytes) else data
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fixes = {e.before: e for e in article.edits if e.block is None and e.before is not None}
    if fixes:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            fix = fixes.get(line)
            if fix is not None:
                lines[i] = apply_rule(line, fix.rule).replace("\n", " ")
        text = "\n".join(lines)
    gone = {r.block for r in article.removed}
    new_text = {e.block: e.after or "" for e in article.edits if e.block is not None}
    kept = (
        dataclasses.replace(b, text=new_text.get(b.index, b.text))
        for b in segment_text(text)
        if b.index not in gone
    )
    return assemble_paragraphs(kept)
