"""The systems compared on each dataset, all fed from one per-document context."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import cached_property

import articlenorm
from benchmarks import peers
from benchmarks.datasets import HTML_BODY_SETS, Case
from benchmarks.quotes import PredQuote
from benchmarks.textutil import decode, inscriptis_dump, lines_as_html


@dataclass
class Output:
    """What one system returned for one document (empty = nothing extracted)."""

    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    byline: str | None = None
    date: str | None = None
    quotes: list[PredQuote] = field(default_factory=list)


class DocContext:
    """Lazily prepared inputs of one case, shared by all systems on that case."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self._traf: tuple[str, BaseException | None] | None = None

    @cached_property
    def raw(self) -> bytes:
        """The original input bytes."""
        return self.case.read_bytes()

    @cached_property
    def text(self) -> str:
        """A text case's input (UTF-8)."""
        return self.raw.decode("utf-8", errors="replace")

    @cached_property
    def markup(self) -> str:
        """HTML as text: the page decoded as articlenorm decodes it, or a text
        case's lines wrapped in ``<p>``."""
        if self.case.kind == "html":
            return decode(self.raw)
        return lines_as_html(self.text)

    @property
    def html_input(self) -> bytes | str:
        """What HTML extractors get: the raw page bytes, or the ``<p>``-wrapped text."""
        return self.raw if self.case.kind == "html" else self.markup

    @cached_property
    def dump(self) -> str:
        """``inscriptis.get_text`` of the decoded page (the full-page text dump)."""
        return inscriptis_dump(self.markup)

    def trafilatura_default(self) -> str:
        """Default ``trafilatura.extract`` text, computed once (errors re-raised)."""
        if self._traf is None:
            try:
                self._traf = (
                    peers.trafilatura_text(self.html_input, self.case.url, "default"),
                    None,
                )
            except Exception as exc:  # noqa: BLE001 - remembered and re-raised per caller
                self._traf = ("", exc)
        text, error = self._traf
        if error is not None:
            raise error
        return text


@dataclass(frozen=True)
class System:
    """One row of the tables: a display name, a runner and what it can output."""

    key: str
    name: str
    run: Callable[[DocContext], Output]
    has_meta: bool = False
    has_quotes: bool = False
    is_subject: bool = False


def _article_output(article: articlenorm.Article) -> Output:
    return Output(
        body=article.body,
        title=article.headline,
        authors=list(article.authors),
        byline=article.byline,
        date=article.date,
        quotes=[PredQuote(q.text, q.speaker, q.partial) for q in article.quotes],
    )


def _an(source: str | bytes, fmt: str, ctx: DocContext) -> Output:
    return _article_output(articlenorm.normalize(source, format=fmt, url=ctx.case.url))


def _an_html(ctx: DocContext) -> Output:
    return _an(ctx.raw, "html", ctx)


def _an_scorer(ctx: DocContext) -> Output:
    """The default pipeline with the learned scorer last (docs/scorer.md):
    in HTML it also judges the candidate blocks."""
    from articlenorm.cleaners import Scorer, default_pipeline

    fmt = "html" if ctx.case.kind == "html" else "text"
    source = ctx.raw if fmt == "html" else ctx.text
    pipeline = [*default_pipeline(), Scorer()]
    return _article_output(articlenorm.normalize(source, format=fmt, url=ctx.case.url, pipeline=pipeline))


def _an_text(ctx: DocContext) -> Output:
    return _an(ctx.text, "text", ctx)


def _an_dump(ctx: DocContext) -> Output:
    return _an(ctx.dump, "text", ctx)


def _an_after_trafilatura(ctx: DocContext) -> Output:
    try:
        cleaned = ctx.trafilatura_default()
    except Exception:  # noqa: BLE001 - trafilatura's failure is counted on its own row
        cleaned = ""
    if not cleaned.strip():
        return Output()
    return _an(cleaned, "text", ctx)


def _traf(setting: str) -> Callable[[DocContext], Output]:
    def run(ctx: DocContext) -> Output:
        if setting == "default":
            out = Output(body=ctx.trafilatura_default())
            meta = peers.trafilatura_metadata(ctx.html_input, ctx.case.url)
            author = meta["author"]
            out.title = meta["title"]
            out.authors = [a.strip() for a in author.split(";") if a.strip()] if author else []
            out.byline = author
            out.date = meta["date"]
            return out
        return Output(body=peers.trafilatura_text(ctx.html_input, ctx.case.url, setting))

    return run


def _justext(ctx: DocContext) -> Output:
    if ctx.case.language == "en":
        name = "English"
    else:
        name = peers.stoplist_for_page(ctx.markup, None)
        if name == peers.DEFAULT_STOPLIST:
            name = peers.stoplist_for_page(ctx.markup, ctx.dump)
    return Output(body=peers.justext_body(ctx.html_input, name))


def _keep_all(ctx: DocContext) -> Output:
    return Output(body=ctx.text)


def _dump(ctx: DocContext) -> Output:
    return Output(body=ctx.dump)


AN_HTML = System("an", "articlenorm", _an_html, has_meta=True, has_quotes=True, is_subject=True)
AN_SCORER = System("an+scorer", "articlenorm + scorer", _an_scorer, True, True, True)
AN_TEXT = System("an-text", "articlenorm (text)", _an_text, True, True, True)
AN_DUMP = System("an-dump", "articlenorm text(inscriptis dump)", _an_dump, True, True, True)
AN_TRAF = System(
    "an-traf",
    "articlenorm text(trafilatura.extract)",
    _an_after_trafilatura,
    True,
    True,
    True,
)
TRAF = System("traf", "trafilatura", _traf("default"), has_meta=True)
TRAF_P = System("traf-p", "trafilatura favor_precision", _traf("favor_precision"))
TRAF_R = System("traf-r", "trafilatura favor_recall", _traf("favor_recall"))
JUSTEXT = System("justext", "jusText", _justext)
DUMP = System("dump", "inscriptis dump (baseline)", _dump)
KEEP_ALL = System("keep-all", "input kept whole (baseline)", _keep_all)

REGISTRY: dict[str, System] = {
    s.key: s
    for s in (
        AN_HTML,
        AN_SCORER,
        AN_TEXT,
        AN_DUMP,
        AN_TRAF,
        TRAF,
        TRAF_P,
        TRAF_R,
        JUSTEXT,
        DUMP,
        KEEP_ALL,
    )
}


#: Rows that run only when asked for by key (``--systems an,an+scorer``).
OPT_IN = frozenset({AN_SCORER.key})


def systems_for(dataset: str, *, subject_only: bool = False, requested: Collection[str] = ()) -> list[System]:
    """The rows of ``dataset``'s table, in display order; the :data:`OPT_IN`
    rows only when ``requested`` names them."""
    if dataset == "polnear-quotes":
        rows = [AN_TEXT]
    elif dataset == "turku-lines-en":
        rows = [AN_TEXT, TRAF, TRAF_P, TRAF_R, JUSTEXT, KEEP_ALL]
    else:
        rows = [AN_HTML, *([AN_SCORER] if AN_SCORER.key in requested else []), TRAF, TRAF_P, TRAF_R, JUSTEXT]
        if dataset in HTML_BODY_SETS:
            rows += [DUMP, AN_DUMP, AN_TRAF]
    if subject_only:
        rows = [s for s in rows if s.is_subject]
    return rows
