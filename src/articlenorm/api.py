"""``normalize()``: load -> clean -> decide the fields -> Article."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from .article import build_article
from .cleaners import default_pipeline
from .config import DEFAULT_CONFIG, Config
from .fields.language import guess_rule_language
from .loading import FORMATS, Loaded, Source, load
from .model import Article
from .pipeline import Cleaner, Pipeline, run_pipeline

__all__ = ["FORMATS", "normalize"]

log = logging.getLogger("articlenorm")


def normalize(
    source: Source | Loaded,
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
        source: the text itself (``str``), raw bytes, a path (``os.PathLike``),
            a page a scraper parsed (``bs4.BeautifulSoup`` / ``bs4.Tag``, an
            lxml element or ``ElementTree``: read as its HTML), or an input
            already read by :func:`articlenorm.load` (whose ``format``,
            ``url``, ``charset`` and ``explain`` then apply).  A ``str`` is
            never taken as a file name.
        format: ``"text"``, ``"html"`` or ``"auto"`` (sniff for HTML tags).
        url: the page's address, if known (HTML metadata may give a canonical one).
        config: a :class:`Config`; defaults to ``DEFAULT_CONFIG``.
        pipeline: the cleaners to run, in order; defaults to ``default_pipeline()``.
        explain: fill ``Article.removed`` and ``Article.edits`` (costs nothing when off).
        charset: the encoding the bytes were served with (an HTTP charset), if known.

    Raises:
        articlenorm.InputError: unreadable, empty, binary, undecodable or too large input,
            or HTML too complex to parse in proportion to its size (``MarkupTooComplexError``).
        articlenorm.ExtractionError: HTML with no main content.
        articlenorm.ConfigError: a bad ``format``, config, pipeline or source type.
    """
    config = config or DEFAULT_CONFIG
    if pipeline is None:
        # Our own steps: checking them against the Cleaner protocol (a slow
        # runtime isinstance per step) on every call would find nothing.
        steps = default_pipeline()
    else:
        steps = Pipeline(pipeline)
        steps.validate()
    loaded = (
        source
        if isinstance(source, Loaded)
        else load(
            source,
            format=format,
            url=url,
            config=config,
            explain=explain,
            charset=charset,
            # A step that judges candidate blocks (the learned scorer) asks
            # for them: no other step would drop them.
            candidates=any(getattr(step, "judges_candidates", False) for step in steps),
        )
    )
    blocks, kind, meta, fixes, encoding = (
        loaded.blocks,
        loaded.kind,
        loaded.meta,
        loaded.fixes,
        loaded.encoding,
    )
    # The decoded input is no longer needed: let it go before the cleaners
    # run (it is freed here unless the caller holds the Loaded).
    del loaded, source
    language = config.languages[0] if config.languages else guess_rule_language(b.text for b in blocks)
    original = [b.text for b in blocks]
    outcome = run_pipeline(
        steps, blocks, config=config, language=language, source_format=kind, explain=explain
    )
    return build_article(
        outcome,
        config=config,
        source_format=kind,
        meta=meta,
        url=url,
        encoding=encoding,
        explain=explain,
        fixes=fixes,
        original_texts=original,
    )
