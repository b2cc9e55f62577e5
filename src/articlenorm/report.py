"""One self-contained HTML page showing what normalizing an input did.

The page shows the input with every block that left the body struck through
and coloured by the family of the cleaner that took it (hover: rule and
reason), the extracted fields in a side panel, and the captions and quotes
highlighted where they were found.  It has no script and loads nothing: a
Content-Security-Policy forbids every fetch, and the stylesheet is inline.

``python -m articlenorm FILE --format report -o report.html`` writes it;
:func:`report_html` is the library entry point.
"""

from __future__ import annotations

import html
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from .api import normalize
from .config import Config
from .errors import ArticlenormError
from .loading import Source, load
from .model import Article, Block, Removal
from .report_style import CSS, family_colour

__all__ = ["build_report", "report_html", "write_report"]

#: Forbid every network fetch: styles inline, images only as data: URLs.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
#: Quotes shorter than this are not highlighted (a two-word scare quote
#: matches too many places to point at the right one).
MIN_QUOTE_CHARS = 12


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _quote_spans(article: Article, block: Block, removed: dict[int, Removal]) -> list[tuple[int, int]]:
    if block.index in removed:
        return []
    spans: list[tuple[int, int]] = []
    for quote in article.quotes:
        if len(quote.text) < MIN_QUOTE_CHARS:
            continue
        at = block.text.find(quote.text)
        if at >= 0 and all(at >= e or at + len(quote.text) <= s for s, e in spans):
            spans.append((at, at + len(quote.text)))
    return sorted(spans)


def _block_html(
    article: Article, block: Block, removed: dict[int, Removal], edits: dict[int, list[str]]
) -> str:
    text = block.text
    r = removed.get(block.index)
    if r is not None:
        role = f" → {r.role.value}" if r.role else ""
        cls = "rm claim" if r.role else "rm"
        if r.role is not None and r.role.value == "caption":
            cls += " caption-found"
        tip = f"{r.family}/{r.rule}{role}: {r.reason}"
        return (
            f'<del class="{cls}" data-family="{_esc(r.family)}" data-rule="{_esc(r.rule)}" '
            f'title="{_esc(tip)}" style="background:{family_colour(r.family)}">{_esc(text)}</del>'
        )
    out, pos = [], 0
    for start, end in _quote_spans(article, block, removed):
        out += [_esc(text[pos:start]), f'<mark class="quote">{_esc(text[start:end])}</mark>']
        pos = end
    out.append(_esc(text[pos:]))
    inner = "".join(out)
    if block.index in edits:
        tip = "edited: " + "; ".join(edits[block.index])
        return f'<span class="kept edited" title="{_esc(tip)}">{inner}</span>'
    return f'<span class="kept">{inner}</span>'


def _input_html(article: Article, text: str, blocks: list[Block]) -> str:
    removed = {r.block: r for r in article.removed}
    edits: dict[int, list[str]] = {}
    for e in article.edits:
        if e.block is not None:
            edits.setdefault(e.block, []).append(f"{e.family}/{e.rule}: {e.reason}")
    if text and all(b.start is not None for b in blocks):
        parts, pos = [], 0
        for b in blocks:
            assert b.start is not None and b.end is not None
            parts.append(_esc(text[pos : b.start]))
            parts.append(_block_html(article, b, removed, edits))
            pos = b.end
        parts.append(_esc(text[pos:]))
        return f'<div id="input">{"".join(parts)}</div>'
    paras = "".join(f"<p>{_block_html(article, b, removed, edits)}</p>" for b in blocks)
    return f'<div id="input" class="blocks">{paras}</div>'


def _dl(rows: Iterable[tuple[str, str | None]], sources: Mapping[str, str] | None = None) -> str:
    """A definition list; ``sources`` adds where each value came from."""
    sources = sources or {}
    items = []
    for k, v in rows:
        value = _esc(v) if v else "<span class=none>none</span>"
        if v and k in sources:
            value += f' <span class="src">from {_esc(sources[k])}</span>'
        items.append(f"<dt>{_esc(k)}</dt><dd>{value}</dd>")
    return f"<dl>{''.join(items)}</dl>"


def _fields_panel(article: Article) -> str:
    lang = article.language
    if lang and article.language_confidence is not None:
        lang = f"{lang} ({article.language_confidence:.2f})"
    rows = [
        ("headline", article.headline),
        ("title", article.title),
        ("byline", article.byline),
        ("authors", ", ".join(article.authors) or None),
        ("date", article.date),
        ("modified", article.modified),
        ("language", lang),
        ("url", article.url),
        ("format", article.source_format),
        ("encoding", article.encoding),
        ("paragraphs", str(len(article.paragraphs))),
    ]
    sources = {name: str(p) for name, p in article.provenance.items()}
    return f'<section class="panel" id="fields"><h2>Fields</h2>{_dl(rows, sources)}</section>'


def _counts_panel(article: Article) -> str:
    by_family = Counter(r.family for r in article.removed)
    claims = sum(1 for r in article.removed if r.role is not None)
    rows = "".join(
        f'<tr data-family="{_esc(f)}"><td><span class="swatch" style="background:{family_colour(f)}"></span>'
        f'{_esc(f)}</td><td class="n">{n}</td></tr>'
        for f, n in sorted(by_family.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    total = len(article.removed)
    return (
        '<section class="panel" id="counts"><h2>Removed from the body</h2>'
        f'<table class="counts">{rows}<tr class="total"><td>total</td>'
        f'<td class="n" id="removed-count">{total}</td></tr></table>'
        f"<p>{total - claims} dropped as clutter, {claims} claimed as fields; "
        f'<span id="edit-count">{sum(1 for e in article.edits if e.block is not None)}</span> '
        "blocks edited.</p></section>"
    )


def _list_panel(title: str, ident: str, items: list[str]) -> str:
    body = "".join(f"<li>{i}</li>" for i in items) if items else '<p class="none">none found</p>'
    return f'<section class="panel" id="{ident}"><h2>{title}</h2><ul>{body}</ul></section>'


def build_report(
    article: Article, text: str, blocks: list[Block], *, title: str = "articlenorm report"
) -> str:
    """The report page for ``article``, given the text and blocks it was made from."""
    captions = [
        _esc(c.text or "") + (f" <em>({_esc(c.credit)})</em>" if c.credit else "") for c in article.captions
    ]
    quotes = [
        f"“{_esc(q.text)}” — {_esc(q.speaker) if q.speaker else '<span class=none>unattributed</span>'}"
        for q in article.quotes
    ]
    aside = "".join(
        [
            _fields_panel(article),
            _counts_panel(article),
            _list_panel("Captions", "captions", captions),
            _list_panel("Quotes", "quotes", quotes),
        ]
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{_esc(article.headline or title)}</h1>"
        "<p>Struck-through blocks left the body; the colour is the cleaner family, hover for the rule "
        "and reason. Quotes are highlighted, captions outlined.</p></header>"
        f"<main>{_input_html(article, text, blocks)}<aside>{aside}</aside></main></body></html>\n"
    )


def report_html(
    source: Source,
    *,
    format: str = "auto",
    url: str | None = None,
    config: Config | None = None,
    charset: str | None = None,
    title: str | None = None,
) -> str:
    """Normalize ``source`` (with ``explain=True``) and return the report page."""
    loaded = load(source, format=format, url=url, config=config, explain=True, charset=charset)
    article = normalize(loaded, config=config, explain=True)
    # Offsets of text blocks point into the repaired text; HTML blocks have none.
    shown = loaded.text if loaded.kind == "text" else ""
    return build_report(
        article, shown, list(loaded.blocks), title=title or f"articlenorm report: {loaded.origin}"
    )


def write_report(args: Any, out: IO[str]) -> int:
    """The CLI's ``--format report``: write the page for ``args.inputs[0]``;
    returns 1 (and says why on stderr) when the input cannot be normalized."""
    name = args.inputs[0]
    source: Source = sys.stdin.buffer.read() if name == "-" else Path(name)
    try:
        page = report_html(
            source, format=args.input_format, url=args.url, charset=args.charset, title=f"articlenorm: {name}"
        )
    except ArticlenormError as exc:
        print(f"articlenorm: error: {name}: {exc}", file=sys.stderr)
        return 1
    out.write(page)
    return 0
