"""Assemble the :class:`~articlenorm.model.Article` from a pipeline outcome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .cleaners.base import Outcome
from .config import Config
from .fields.byline import parse_byline
from .fields.language import decide_language
from .metadata import PageMeta
from .metadata.merge import merge_fields
from .model import Action, Article, Block, BlockKind, Edit, Removal

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
    merged = merge_fields(outcome.claims, meta, author_box=_byline_from_author_box(outcome))
    provenance = merged.provenance
    language, confidence = None, None
    if meta and meta.language:
        # The page's own declaration (<html lang>): cheaper than detection
        # and right on the dev sets' declared pages.
        language, provenance["language"] = meta.language, meta.provenance.get("language", "page")
    elif config.detect_language:
        sample = _leading_text(paragraphs, config.language_sample_chars)
        guess = decide_language(sample, config.language_sample_chars)
        if guess is not None:
            language, confidence, provenance["language"] = guess.code, guess.confidence, guess.method.value
    page_url = meta.url if meta and meta.url else None
    if page_url and meta:
        provenance["url"] = meta.provenance.get("url", "page")
    elif url:
        provenance["url"] = "caller"
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
        headline=merged.headline,
        byline=merged.byline,
        authors=merged.authors,
        date=merged.date,
        paragraphs=paragraphs,
        captions=merged.captions,
        quotes=quotes,
        language=language,
        language_confidence=confidence,
        url=page_url or url,
        source_format=source_format,
        encoding=encoding,
        provenance=provenance,
        removed=removed,
        edits=(*fixes, *outcome.edits) if explain else (),
    )


def _leading_text(paragraphs: Sequence[str], chars: int) -> str:
    """The first ``chars`` characters of ``"\\n".join(paragraphs)`` (or all of it),
    joining only the paragraphs that reach into them: the whole body joined
    would be a copy of the text just to read its start."""
    n = 0
    for count, paragraph in enumerate(paragraphs, 1):
        n += len(paragraph) + 1
        if n > chars:
            return "\n".join(paragraphs[:count])[:chars]
    return "\n".join(paragraphs)


def _byline_from_author_box(outcome: Outcome) -> str | None:
    """A "By <name>" line in the author box at the end, when the top has none."""
    for block, verdict in zip(outcome.blocks, outcome.verdicts, strict=True):
        if verdict is not None and verdict.rule == "author-box":
            credit = parse_byline(block.text)
            if credit:
                return credit
    return None
