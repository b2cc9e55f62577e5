"""Generators of articles and clutter with known ground truth.

Everything here draws through a :class:`~articlenorm.testing.source.Source`,
so the same code backs the hypothesis strategies and the seeded benchmark.
A generated article is plain text laid out the way scraped text is (one
block per line, blank lines between paragraphs) plus the :class:`Article`
that normalizing it should give.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from ..families import CLUTTER
from ..model import Article, Caption
from .packs import LANGUAGES, LangPack, pack
from .source import Source

__all__ = [
    "FAMILIES",
    "POSITIONS",
    "ClutterPiece",
    "GeneratedArticle",
    "Injected",
    "make_article",
    "make_clutter",
    "make_cluttered_article",
]

#: Every cleaner family the generators can inject, in pipeline order: the
#: clutter families of :mod:`articlenorm.families`.
FAMILIES: tuple[str, ...] = CLUTTER

#: Where each family's clutter realistically appears on a page:
#: ``top`` above the headline, ``header`` between the header lines and the
#: story, ``middle`` between paragraphs, ``end`` after the story.
POSITIONS: dict[str, tuple[str, ...]] = {
    "markup": ("middle",),
    "widgets": ("top", "header", "middle", "end"),
    "ads": ("top", "middle", "end"),
    "appeals": ("middle", "end"),
    "prompts": ("middle", "end"),
    "metalines": ("top", "header"),
    "breadcrumbs": ("top",),
    "comments": ("end",),
    "repeats": ("header", "end"),
    "related": ("middle", "end"),
    "blurbs": ("end",),
    "trailers": ("end",),
}
#: End-of-page order: the author box sits right under the story, the comment
#: form at the very bottom (blurbs must stay in the tail window).
_END_ORDER = ("blurbs", "trailers", "repeats", "widgets", "related", "appeals", "prompts", "ads", "comments")
_MARKUP = (
    ("<b>", "</b>"), ("<strong>", "</strong>"), ("<em>", "</em>"), ("**", "**"), ("<i>", "</i>"),
    ("<span class=\"highlight\">", "</span>"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ClutterPiece:
    """Clutter of one family: the lines it prints, one block each."""

    family: str
    lines: tuple[str, ...]
    language: str


@dataclass(frozen=True, slots=True)
class Injected:
    """A clutter piece placed in an article.  For ``markup`` the single line
    is a story paragraph with markup in it and ``clean`` is what must remain."""

    family: str
    lines: tuple[str, ...]
    position: str
    clean: str | None = None


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    """Generated input ``text`` and the ``expected`` article it normalizes to."""

    text: str
    expected: Article
    language: str
    clutter: tuple[Injected, ...] = field(default_factory=tuple)


# --- story ---------------------------------------------------------------


@dataclass(slots=True)
class _Ctx:
    src: Source
    p: LangPack

    def person(self) -> str:
        return f"{self.src.choice(self.p.first_names)} {self.src.choice(self.p.last_names)}"

    def date_parts(self) -> dict[str, str]:
        y, mo, d = self.src.integer(2015, 2024), self.src.integer(1, 12), self.src.integer(1, 28)
        hh, mi = self.src.integer(6, 22), self.src.integer(0, 59)
        return {
            "y": str(y), "mm": f"{mo:02d}", "dd": f"{d:02d}", "d": str(d),
            "month": self.p.months[mo - 1],
            "hh": f"{hh:02d}", "mi": f"{mi:02d}", "iso": f"{y}-{mo:02d}-{d:02d}",
            "time": f"{hh:02d}:{mi:02d}",
        }  # fmt: skip

    def fill(self, template: str) -> str:
        when = self.src.choice(self.p.when_forms).format(**self.date_parts())
        return template.format(
            org=self.src.choice(self.p.orgs),
            obj=self.src.choice(self.p.objects),
            place=self.src.choice(self.p.places),
            person=self.person(),
            role=self.src.choice(self.p.roles),
            num=self.src.integer(2, 90),
            day=self.src.choice(self.p.weekdays),
            when=when,
        )

    def quote_sentence(self) -> str:
        opening, closing = self.src.choice(self.p.quote_marks)
        frame = self.src.choice(self.p.quote_frames)
        return frame.format(
            open=opening,
            close=closing,
            quote=self.src.choice(self.p.quotes),
            person=self.person(),
            role=self.src.choice(self.p.roles),
            day=self.src.choice(self.p.weekdays),
        )

    def paragraph(self) -> str:
        templates: list[str] = []
        for _ in range(self.src.integer(2, 4)):
            template = self.src.choice(self.p.statements)
            if template not in templates:  # one shape once per paragraph
                templates.append(template)
        sentences = [self.fill(t) for t in templates]
        if self.src.chance(0.35):
            sentences.insert(self.src.integer(0, len(sentences)), self.quote_sentence())
        if self.src.chance(0.3):
            sentences.insert(self.src.integer(0, len(sentences)), self.src.choice(self.p.tricky))
        return " ".join(dict.fromkeys(sentences))

    def headline(self) -> str:
        return self.src.choice(self.p.headlines).format(place=self.src.choice(self.p.places))

    def caption(self) -> tuple[str, Caption]:
        text = self.src.choice(self.p.captions)
        agency = self.src.choice(self.p.agencies)
        credit = self.src.choice((f"{self.person()}/{agency}", agency, f"{self.person()}/{agency}"))
        return self.src.choice(self.p.caption_forms).format(text=text, credit=credit), Caption(text, credit)

    def byline(self) -> tuple[str, str, tuple[str, ...]]:
        names = [self.person()]
        if self.src.chance(0.2):
            second = self.person()
            if second != names[0]:
                names.append(second)
        credit = names[0] if len(names) == 1 else self.p.two_names.format(name=names[0], name2=names[1])
        return self.src.choice(self.p.byline_forms).format(name=credit), credit, tuple(names)

    def date_line(self) -> tuple[str, str]:
        parts = self.date_parts()
        form = self.src.choice(self.p.date_forms)
        timed = form.startswith("*")
        line = form.lstrip("*").format(**parts)
        return line, parts["iso"] + (f"T{parts['time']}" if timed else "")


# --- clutter -------------------------------------------------------------


def _fill_clutter(ctx: _Ctx, line: str) -> str:
    if "{" not in line:
        return line
    name = ctx.person()
    site = ctx.src.choice(ctx.p.sites)
    slug = "-".join(ctx.headline().lower().split()[:5])
    return line.format(
        link=ctx.headline(),
        url=f"https://{site}/{ctx.src.integer(2015, 2024)}/{slug}",
        name=name,
        email=f"{name.split()[0].lower()}@{site}",
        num=ctx.src.integer(2, 90),
        site=site,
    )


def make_clutter(
    src: Source, family: str, language: str = "en", *, headline: str | None = None
) -> ClutterPiece:
    """One clutter piece of ``family`` in ``language``.

    ``repeats`` needs the article's ``headline`` (a made-up one is used
    without it); ``markup`` gives a story paragraph with markup in it.
    """
    if family not in FAMILIES:
        raise ValueError(f"unknown clutter family {family!r}; families: {', '.join(FAMILIES)}")
    ctx = _Ctx(src, pack(language))
    if family == "repeats":
        title = headline or ctx.headline()
        return ClutterPiece(
            family, (src.choice((title, title, f"{title} | {ctx.src.choice(ctx.p.sites)}")),), language
        )
    if family == "markup":
        marked, _ = _markup(ctx, ctx.paragraph())
        return ClutterPiece(family, (marked,), language)
    pieces = ctx.p.clutter.get(family)
    if not pieces:
        raise ValueError(f"no {family} clutter in the {language} pack")
    return ClutterPiece(family, tuple(_fill_clutter(ctx, line) for line in src.choice(pieces)), language)


def _markup(ctx: _Ctx, paragraph: str) -> tuple[str, str]:
    """``paragraph`` with one span of words wrapped in markup, and the clean text."""
    words = paragraph.split(" ")
    start = ctx.src.integer(0, max(0, len(words) - 3))
    end = min(len(words), start + ctx.src.integer(1, 3))
    if ctx.src.chance(0.25):
        span = " ".join(words[start:end]).rstrip(".,;:!?")
        tail = " ".join(words[start:end])[len(span) :]
        link = f"[{span}](https://{ctx.src.choice(ctx.p.sites)}/story/{ctx.src.integer(100, 999)}){tail}"
        marked = " ".join([*words[:start], link, *words[end:]])
        return marked, paragraph
    opening, closing = ctx.src.choice(_MARKUP)
    span = " ".join(words[start:end])
    core = span.rstrip('.,;:!?”"')
    marked = " ".join([*words[:start], f"{opening}{core}{closing}{span[len(core) :]}", *words[end:]])
    return marked, paragraph


# --- articles ------------------------------------------------------------


@dataclass(slots=True)
class _Layout:
    top: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    body: list[tuple[str, str]] = field(default_factory=list)  # (kind, line)
    end: list[str] = field(default_factory=list)


def _story(ctx: _Ctx) -> tuple[str, _Layout, dict[str, object]]:
    headline = ctx.headline()
    layout = _Layout()
    fields: dict[str, object] = {"headline": headline, "byline": None, "authors": (), "date": None}
    if ctx.src.chance(0.8):
        line, credit, names = ctx.byline()
        layout.header.append(line)
        fields.update(byline=credit, authors=names)
    if ctx.src.chance(0.8):
        line, iso = ctx.date_line()
        layout.header.append(line)
        fields["date"] = iso
    n = ctx.src.integer(3, 7)
    seen: set[str] = set()
    for i in range(n):
        if i and ctx.src.chance(0.15):
            layout.body.append(("sub", ctx.src.choice(ctx.p.subheadings)))
        para = ctx.paragraph()
        if para in seen:
            continue
        seen.add(para)
        layout.body.append(("para", para))
        if i < n - 1 and ctx.src.chance(0.15):
            line, caption = ctx.caption()
            shown = cast("list[Caption]", fields.setdefault("captions", []))
            if all(c.text != caption.text for c in shown):  # a repeat is dropped
                layout.body.append(("caption", line))
                shown.append(caption)
    return headline, layout, fields


def _render(headline: str, layout: _Layout, fields: dict[str, object], language: str) -> tuple[str, Article]:
    blocks = [*layout.top, headline, *layout.header, *(line for _, line in layout.body), *layout.end]
    paragraphs = tuple(line for kind, line in layout.body if kind in ("para", "sub", "clean"))
    expected = Article(
        headline=headline,
        byline=fields["byline"],  # type: ignore[arg-type]
        authors=fields["authors"],  # type: ignore[arg-type]
        date=fields["date"],  # type: ignore[arg-type]
        paragraphs=paragraphs,
        captions=tuple(fields.get("captions", ())),  # type: ignore[arg-type]
        language=language,
    )
    return "\n\n".join(blocks), expected


def make_article(src: Source, language: str = "en") -> GeneratedArticle:
    """A clean article: headline, maybe a byline and a date line, 3-7
    paragraphs (quotes with speakers, subheadings, captions with credits)."""
    ctx = _Ctx(src, pack(language))
    headline, layout, fields = _story(ctx)
    text, expected = _render(headline, layout, fields, language)
    return GeneratedArticle(text, expected, language)


def make_cluttered_article(
    src: Source,
    language: str = "en",
    *,
    families: tuple[str, ...] = FAMILIES,
    min_pieces: int = 1,
    max_pieces: int = 4,
) -> GeneratedArticle:
    """An article with clutter of ``families`` injected where pages put it
    (top, header, between paragraphs, end); ``expected`` is the clean article."""
    if language not in LANGUAGES:
        raise ValueError(f"no generator pack for language {language!r}")
    ctx = _Ctx(src, pack(language))
    headline, layout, fields = _story(ctx)
    injected: list[Injected] = []
    ends: list[tuple[int, Injected]] = []
    for _ in range(src.integer(min_pieces, max_pieces)):
        family = src.choice(families)
        position = src.choice(POSITIONS[family])
        if family == "markup":
            spots = [i for i, (kind, _) in enumerate(layout.body) if kind == "para"]
            if not spots:
                continue
            i = src.choice(spots)
            marked, clean = _markup(ctx, layout.body[i][1])
            layout.body[i] = ("clean", marked)
            injected.append(Injected(family, (marked,), position, clean))
            continue
        piece = make_clutter(src, family, language, headline=headline)
        if position in ("top", "header") and len(piece.lines) > 1 and family == "ads":
            position = "middle"  # a sponsored-links box is never printed above the headline
        item = Injected(family, piece.lines, position)
        injected.append(item)
        if position == "top":  # a breadcrumb trail is the first thing on a page
            layout.top[0 if family == "breadcrumbs" else len(layout.top) : 0] = piece.lines
        elif position == "header":
            if family == "repeats":
                layout.header[0:0] = piece.lines
            else:
                layout.header.extend(piece.lines)
        elif position == "middle":
            i = src.integer(1, max(1, len(layout.body) - 1))
            layout.body[i:i] = [("clutter", line) for line in piece.lines]
        else:
            ends.append((_END_ORDER.index(family), item))
    for _, item in sorted(ends, key=lambda pair: pair[0]):
        layout.end.extend(item.lines)
    text, expected = _render(headline, layout, fields, language)
    expected = _with_clean_markup(expected, injected)
    return GeneratedArticle(text, expected, language, tuple(injected))


def _with_clean_markup(expected: Article, injected: list[Injected]) -> Article:
    """Replace marked-up paragraphs in ``expected`` by their clean text."""
    clean = {i.lines[0]: i.clean for i in injected if i.family == "markup" and i.clean}
    if not clean:
        return expected
    paragraphs = tuple(clean.get(p, p) or p for p in expected.paragraphs)
    return Article(
        headline=expected.headline,
        byline=expected.byline,
        authors=expected.authors,
        date=expected.date,
        paragraphs=paragraphs,
        captions=expected.captions,
        language=expected.language,
    )
