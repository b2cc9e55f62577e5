"""Article -> JSON / JSON Lines / plain text / Markdown, and error records."""

from __future__ import annotations

import json
from typing import Any

from .errors import ArticlenormError
from .model import Article

__all__ = ["FORMATS", "error_record", "render", "to_markdown"]

FORMATS = ("json", "jsonl", "text", "markdown")


def to_markdown(article: Article) -> str:
    """The article as Markdown: headline, byline/date line, body, captions."""
    out: list[str] = []
    if article.headline:
        out.append(f"# {article.headline}")
    meta = " · ".join(x for x in (article.byline and f"By {article.byline}", article.date) if x)
    if meta:
        out.append(f"*{meta}*")
    out.extend(article.paragraphs)
    for caption in article.captions:
        credit = f" ({caption.credit})" if caption.credit else ""
        out.append(f"> {caption.text}{credit}".rstrip())
    return "\n\n".join(out)


def error_record(source: str, error: BaseException) -> dict[str, Any]:
    """The output record for an input that failed."""
    kind = error.kind if isinstance(error, ArticlenormError) else "internal"
    return {"input": source, "error": {"kind": kind, "type": type(error).__name__, "message": str(error)}}


def render(record: Article | dict[str, Any], fmt: str, *, source: str | None = None) -> str:
    """One record in ``fmt``; JSON records carry their ``input`` name."""
    if isinstance(record, dict):  # an error record
        if fmt in ("json", "jsonl"):
            return json.dumps(record, ensure_ascii=False, indent=2 if fmt == "json" else None)
        return f"[error] {record['input']}: {record['error']['message']}"
    if fmt == "text":
        return record.to_text()
    if fmt == "markdown":
        return to_markdown(record)
    data = record.to_dict()
    if source is not None:
        data = {"input": source, **data}
    return json.dumps(data, ensure_ascii=False, indent=2 if fmt == "json" else None)
