"""Assemble the :class:`~articlenorm.model.Article` from a pipeline outcome."""

from __future__ import annotations

from collections.abc import Iterable

from .cleaners.base import Outcome
from .config import Config
from .fields.byline import authors_of, parse_byline
from .fields.language import detect_language
from .model import Action, Article, Block, BlockKind, Caption, Edit, Removal, Role
from .segment.html import PageMeta

__all__ = ["assemble_paragraphs", "build_article"]


def assemble_paragraphs(blocks: Iterable[Block]) -> tuple[str, ...]:
    """Body paragraphs from kept blocks: one block is one paragraph, except
    that consecutive list items from one source paragraph stay together as
    one paragraph, one item per line (a list is one unit of the story)."""
    out: list[str] = []
    prev: Block | None = None
    for block in blocks:
        is_item = block.kind is BlockKind.LIST_ITEM
        if is_item and prev is not None and prev.kind is BlockKind.LIST_ITEM and prev.group == block.group:
            out[-1] += "\n" + block.text
        else:
            out.append(block.text)
        prev = block
    return tuple(out)


def build_article(
    outcome: Outcome,
    *,
    config: Config,
    source_format: str,
    meta: PageMeta | None,
    url: str | None,
    encoding: str | None,
    explain: bool,
    fixes: tuple[Edit, ...],
    original_texts: list[str],
) -> Article:
    """Turn the judged blocks into an Article (fields, body, quotes, language)."""
    paragraphs = assemble_paragraphs(outcome.kept())
    fields = outcome.fields
    headline = _str(fields.get(Role.HEADLINE)) or (meta.title if meta else None)
    byline = _str(fields.get(Role.BYLINE)) or _byline_from_author_box(outcome)
    if byline is None and meta and meta.author:
        byline = meta.author
    date = _str(fields.get(Role.DATE)) or (meta.date if meta else None)
    captions = tuple(
        v.value for v in outcome.claims if v.role is Role.CAPTION and isinstance(v.value, Caption)
    )
    language, confidence = None, None
    if config.detect_language:
        language, confidence = detect_language("\n".join(paragraphs), config.language_sample_chars)
        if meta and meta.language and language is None:
            language = meta.language
    quotes: tuple = ()
    if config.include_quotes and paragraphs:
        from .fields.quotes import find_quotes

        quotes = find_quotes(paragraphs, language=language)
    removed: tuple[Removal, ...] = ()
    if explain:
        removed = tuple(
            Removal(
                block=b.index,
                text=original_texts[b.index],
                cleaner=v.cleaner,
                family=v.family,
                rule=v.rule,
                reason=v.reason,
                role=v.role if v.action is Action.CLAIM else None,
                start=b.start,
                end=b.end,
            )
            for b, v in zip(outcome.blocks, outcome.verdicts, strict=True)
            if v is not None
        )
    return Article(
        headline=headline,
        byline=byline,
        authors=authors_of(byline) if byline else (),
        date=date,
        paragraphs=paragraphs,
        captions=captions,
        quotes=quotes,
        language=language,
        language_confidence=confidence,
        url=(meta.url if meta and meta.url else url),
        source_format=source_format,
        encoding=encoding,
        removed=removed,
        edits=(*fixes, *outcome.edits) if explain else (),
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _byline_from_author_box(outcome: Outcome) -> str | None:
    """A "By <name>" line in the author box at the end, when the top has none."""
    for block, verdict in zip(outcome.blocks, outcome.verdicts, strict=True):
        if verdict is not None and verdict.rule == "author-box":
            credit = parse_byline(block.text)
            if credit:
                return credit
    return None
