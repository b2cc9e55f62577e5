"""Assemble the :class:`~articlenorm.model.Article` from a pipeline outcome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from . import decide
from .config import Config
from .fields.language import LanguageMethod, decide_language
from .model import Action, Article, Block, BlockKind, Caption, Edit, Quote, Removal, Role, Verdict
from .pipeline import Outcome
from .provenance import Candidate, Origin, Provenance, Strength

if TYPE_CHECKING:
    from .metadata import PageMeta

__all__ = ["DETECTORS", "assemble_paragraphs", "build_article"]

#: The language read from the body: by the stopword vote when it is clear,
#: else by seeded langdetect (see fields.language.decide_language).
DETECTORS = {m: Provenance(Origin.DETECTOR, m.value, Strength.INFERRED) for m in LanguageMethod}


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
    """Turn the judged blocks into an Article: each field decided by
    :mod:`articlenorm.decide` from what the page and the cleaners proposed,
    then the body, quotes and (with ``explain``) the audit trail."""
    paragraphs = assemble_paragraphs(outcome.kept())
    claimed = _claims(outcome.claims)
    headline = decide.headline(meta, claimed.get(Role.HEADLINE))
    byline, authors = decide.credits(
        meta.authors if meta else None,
        claimed.get(Role.BYLINE),
        _author_box(outcome),
        meta.credit if meta else None,
    )
    date = decide.date(meta.date if meta else None, claimed.get(Role.DATE))
    modified = decide.modified(meta.modified if meta else None, _proposed(outcome, Role.MODIFIED), date)
    title = decide.title(meta)
    captions = decide.captions(
        meta.captions if meta else (),
        [v.value for v in outcome.claims if v.role is Role.CAPTION and isinstance(v.value, Caption)],
    )

    def detect() -> Candidate[str] | None:
        if not config.detect_language:
            return None
        guess = decide_language(
            _leading_text(paragraphs, config.language_sample_chars), config.language_sample_chars
        )
        return Candidate(guess.code, DETECTORS[guess.method], guess.confidence) if guess else None

    language = decide.language(meta.language if meta else None, detect)
    page_url = decide.url(meta.url if meta else None, url)
    provenance = {
        name: candidate.provenance
        for name, candidate in (
            ("headline", headline),
            ("byline", byline),
            ("authors", authors),
            ("date", date),
            ("modified", modified),
            ("title", title),
            ("language", language),
            ("url", page_url),
        )
        if candidate is not None
    }
    quotes: tuple[Quote, ...] = ()
    if config.include_quotes and paragraphs:
        from .fields.quotes import find_quotes

        quotes = find_quotes(paragraphs, language=language.value if language else None)
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
        headline=headline.value if headline else None,
        byline=byline.value if byline else None,
        authors=authors.value if authors else (),
        date=date.value if date else None,
        modified=modified.value if modified else None,
        title=title.value if title else None,
        paragraphs=paragraphs,
        captions=captions,
        quotes=quotes,
        language=language.value if language else None,
        language_confidence=language.confidence if language else None,
        url=page_url.value if page_url else None,
        source_format=source_format,
        encoding=encoding,
        provenance=provenance,
        removed=removed,
        edits=(*fixes, *outcome.edits) if explain else (),
    )


def _claims(claims: Sequence[Verdict]) -> dict[Role, Candidate[str]]:
    """The first value claimed for each text field, as a candidate."""
    out: dict[Role, Candidate[str]] = {}
    for v in claims:
        if v.role is not None and v.role not in out and isinstance(v.value, str) and v.value:
            out[v.role] = Candidate(v.value, Provenance.block(v.rule))
    return out


def _author_box(outcome: Outcome) -> Candidate[str] | None:
    """The byline a dropped author box at the end proposes (the first, in
    page order), for pages whose top has none."""
    return _proposed(outcome, Role.BYLINE)


def _proposed(outcome: Outcome, role: Role) -> Candidate[str] | None:
    """The first value a dropped block proposes for ``role`` (an author box
    at the end proposes a byline, an update stamp a modified date)."""
    for verdict in outcome.verdicts:
        if verdict is None or verdict.action is not Action.DROP or verdict.role is not role:
            continue
        if isinstance(verdict.value, str) and verdict.value:
            return Candidate(verdict.value, Provenance.block(verdict.rule))
    return None


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
