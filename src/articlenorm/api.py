"""``normalize()``: load -> segment -> clean -> extract fields -> Article."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from typing import NamedTuple

from .article import build_article
from .cleaners import default_pipeline
from .config import DEFAULT_CONFIG, Config
from .errors import ConfigError, EmptyInputError, InputTooLargeError
from .fields.language import guess_rule_language
from .loading import Source, decode_bytes, looks_like_html, read_source
from .metadata import PageMeta
from .model import Article, Block, Edit
from .pipeline import Cleaner, Pipeline, run_pipeline
from .repair import repair_text
from .segment import segment_html, segment_text

__all__ = ["FORMATS", "normalize"]

log = logging.getLogger("articlenorm")

FORMATS = ("auto", "text", "html")


def normalize(
    source: Source,
    *,
    format: str = "auto",
    url: str | None = None,
    config: Config | None = None,
    pipeline: Sequence[Cleaner] | None = None,
    explain: bool = False,
    charset: str | None = None,
) -> Article:
    """Turn a scraped article into a canonical :class:`Article`.

    Args:
        source: the text itself (``str``), raw bytes, or a path (``os.PathLike``).
            A ``str`` is never taken as a file name.
        format: ``"text"``, ``"html"`` or ``"auto"`` (sniff for HTML tags).
        url: the page's address, if known (HTML metadata may give a canonical one).
        config: a :class:`Config`; defaults to ``DEFAULT_CONFIG``.
        pipeline: the cleaners to run, in order; defaults to ``default_pipeline()``.
        explain: fill ``Article.removed`` and ``Article.edits`` (costs nothing when off).
        charset: the encoding the bytes were served with (an HTTP charset), if known.

    Raises:
        articlenorm.InputError: unreadable, empty, binary, undecodable or too large input.
        articlenorm.ExtractionError: HTML with no main content.
        articlenorm.ConfigError: a bad ``format``, config or pipeline.
    """
    config = config or DEFAULT_CONFIG
    if format not in FORMATS:
        raise ConfigError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    if pipeline is None:
        # Our own steps: checking them against the Cleaner protocol (a slow
        # runtime isinstance per step) on every call would find nothing.
        steps = default_pipeline()
    else:
        steps = Pipeline(pipeline)
        steps.validate()
    loaded = _read_blocks(source, format, url, config, explain, charset)
    blocks, kind = loaded.blocks, loaded.kind
    language = config.languages[0] if config.languages else guess_rule_language(b.text for b in blocks)
    original = [b.text for b in blocks]
    outcome = run_pipeline(
        steps, blocks, config=config, language=language, source_format=kind, explain=explain
    )
    return build_article(
        outcome,
        config=config,
        source_format=kind,
        meta=loaded.meta,
        url=url,
        encoding=loaded.encoding,
        explain=explain,
        fixes=loaded.fixes,
        original_texts=original,
    )


class _Read(NamedTuple):
    blocks: list[Block]
    kind: str
    meta: PageMeta | None
    fixes: tuple[Edit, ...]
    encoding: str | None


def _read_blocks(
    source: Source, format: str, url: str | None, config: Config, explain: bool, charset: str | None
) -> _Read:
    """Read, decode, repair and segment ``source`` (see :func:`normalize`).

    A function of its own so that the raw bytes and the decoded and repaired
    text, copies of the input the blocks no longer need, are freed before
    the cleaners and the field extractors run.
    """
    data, origin = read_source(source, config)
    what = origin or ("<bytes>" if isinstance(data, bytes) else "<text>")
    encoding: str | None = None
    if isinstance(data, bytes):
        text, encoding = decode_bytes(data, config, charset=charset, origin=what)
    else:
        text = data
        too_big = len(text) > config.max_input_bytes // 4 and (
            len(text.encode("utf-8", "surrogatepass")) > config.max_input_bytes
        )
        if too_big:
            raise InputTooLargeError(
                f"{what}: input is over Config.max_input_bytes "
                f"({config.max_input_bytes / 1_048_576:.1f} MiB); raise the limit with "
                f"Config(max_input_bytes=...) if such inputs are expected"
            )
    del data  # decoded: the bytes (a path's are ours alone) can go before segmenting
    if not text.strip():
        raise EmptyInputError(f"{what}: input is empty (no text at all)")
    kind = format if format != "auto" else ("html" if looks_like_html(text) else "text")
    log.debug("normalize %s as %s (%d chars)", what, kind, len(text))

    meta: PageMeta | None = None
    fixes: tuple[Edit, ...] = ()
    if kind == "text":
        if config.repair_encoding:
            text, fixes = repair_text(text, explain=explain)
        blocks = segment_text(text)
    else:
        blocks, meta = segment_html(text, url=url)
        if config.repair_encoding:
            blocks, fixes = _repair_blocks(blocks, explain)
    if not blocks:
        raise EmptyInputError(f"{what}: input has no text blocks (only markup or whitespace)")
    return _Read(blocks, kind, meta, fixes, encoding)


def _repair_blocks(blocks: list[Block], explain: bool) -> tuple[list[Block], tuple[Edit, ...]]:
    out: list[Block] = []
    edits: list[Edit] = []
    for block in blocks:
        fixed, steps = repair_text(block.text, explain=explain)
        fixed = " ".join(fixed.split("\n"))
        if fixed != block.text:
            edits.extend(dataclasses.replace(e, block=block.index) for e in steps)
            block = dataclasses.replace(block, text=fixed)
        out.append(block)
    return out, tuple(edits)
