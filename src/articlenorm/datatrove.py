"""articlenorm as a datatrove pipeline step (``pip install 'articlenorm[datatrove]'``).

>>> from datatrove.executor import LocalPipelineExecutor          # doctest: +SKIP
>>> from datatrove.pipeline.readers import WarcReader, JsonlReader
>>> from datatrove.pipeline.writers import JsonlWriter
>>> from articlenorm.datatrove import ArticleExtractor
>>> LocalPipelineExecutor(pipeline=[
...     WarcReader("s3://commoncrawl/crawl-data/CC-MAIN-2024-10/segments/", glob_pattern="*/warc/*"),
...     ArticleExtractor(),
...     JsonlWriter("articles/"),
... ], tasks=64).run()

:class:`ArticleExtractor` is an extractor like datatrove's own
``Trafilatura``: it takes documents whose ``text`` is a page's HTML (or
plain text), and gives each document the article's body as its ``text``
and the article's fields in its ``metadata`` (``headline``, ``byline``,
``authors``, ``date``, ``language``, and ``url`` when the page names a
canonical one; ``metadata["url"]``, which datatrove's WARC reader sets, is
passed to articlenorm as the page's address).  A document that gives no
article is dropped (counted in the step's stats under its error kind, as
``error/empty``, ``error/too-complex`` ...), or with ``keep_errors=True``
kept unchanged with ``metadata["articlenorm_error"]`` = ``{kind, type,
message}``.

Documents go through :func:`articlenorm.batch.engine.run_items` in chunks,
the runner Dask and Spark use: the same per-document function and error
records, and with a timeout (default ``Config.timeout``, else 60 s) an
isolated worker process per task, killed past the deadline.  It works under
every datatrove executor (local, Slurm, Ray): the step is picklable and
starts its worker processes where it runs.

datatrove is imported only here, and this module only on use.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

try:
    from datatrove.pipeline.extractors.base import BaseExtractor
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError("articlenorm.datatrove needs datatrove: pip install 'articlenorm[datatrove]'") from exc

from .batch import _UNSET, _Unset, resolve_timeout
from .batch.types import ErrorRecord, Item
from .batch.worker import Settings, normalize_item
from .config import DEFAULT_CONFIG, Config
from .errors import ConfigError
from .loading import FORMATS

if TYPE_CHECKING:
    from datatrove.data import Document, DocumentsPipeline

    from .pipeline import Cleaner

__all__ = ["CHUNK", "ArticleExtractor"]

#: Documents handed to the worker process at once: large enough that the
#: round trips are noise (a page takes ~20 ms), small enough that a task
#: holds few documents in memory.
CHUNK = 64
#: The article fields copied into ``Document.metadata``.
META_FIELDS = ("headline", "byline", "authors", "date", "language")


class ArticleExtractor(BaseExtractor):
    """A datatrove extractor step: HTML (or text) documents in, articles out.

    Args:
        format: ``"auto"`` (sniff each document), ``"html"`` or ``"text"``.
        timeout: seconds per document (``None``: no limit, run in the task's
            own process); default ``Config.timeout``, else 60 s.
        keep_errors: keep documents that give no article (unchanged, with
            ``metadata["articlenorm_error"]``) instead of dropping them.
        config, explain, pipeline: as for :func:`articlenorm.normalize`.
    """

    name = "📰 articlenorm"

    def __init__(
        self,
        *,
        format: str = "auto",
        timeout: float | None | _Unset = _UNSET,
        keep_errors: bool = False,
        config: Config | None = None,
        explain: bool = False,
        pipeline: Sequence[Cleaner] | None = None,
    ) -> None:
        if format not in FORMATS:
            raise ConfigError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
        self.settings = Settings(
            config=config or DEFAULT_CONFIG, format=format, explain=explain, pipeline=pipeline
        )
        limit = resolve_timeout(timeout, self.settings.config)
        super().__init__(timeout=limit if limit is not None else float("inf"))
        self.limit = limit
        self.keep_errors = keep_errors

    def extract(self, text: str) -> str:
        """The article body of one page (datatrove's extractor interface);
        an error record's message for a page that gives none is raised as the
        typed error's message (``ValueError``)."""
        result = normalize_item(Item("<document>", text), self.settings)
        if isinstance(result, ErrorRecord):
            raise ValueError(f"{result.kind}: {result.message}")
        return result.body

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from .batch.engine import run_items

        chunk: list[Document] = []
        for doc in data or ():
            chunk.append(doc)
            if len(chunk) >= CHUNK:
                yield from self._chunk(chunk, run_items)
                chunk = []
        if chunk:
            yield from self._chunk(chunk, run_items)

    def _chunk(self, docs: list[Document], run_items: Any) -> Iterator[Document]:
        items = [Item(str(d.id), d.text, url=_url(d)) for d in docs]
        with self.track_time(unit="chunk"):
            results = run_items(items, self.settings, self.limit)
        for doc, (_, result) in zip(docs, results, strict=True):
            self.stat_update("total")
            if isinstance(result, ErrorRecord):
                self.stat_update(f"error/{result.kind}")
                if not self.keep_errors:
                    self.stat_update("dropped")
                    continue
                doc.metadata["articlenorm_error"] = {
                    "kind": result.kind,
                    "type": result.type,
                    "message": result.message,
                }
            else:
                self.stat_update("extracted")
                doc.text = result.body
                doc.metadata.update({name: getattr(result, name) for name in META_FIELDS})
                doc.metadata["authors"] = list(result.authors)
                if result.url:
                    doc.metadata["url"] = result.url
                self.update_doc_stats(doc)
            self.stat_update("forwarded")
            yield doc


def _url(doc: Document) -> str | None:
    url = doc.metadata.get("url")
    return url if isinstance(url, str) and url else None
