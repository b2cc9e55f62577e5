"""Page boilerplate in plain text: the menus, footers, teaser lists and
sidebars of a whole-page text dump (``soup.get_text()``, html2text,
inscriptis), found without the DOM.

How it works (every stage is linear in the number of lines):

1. Each line is judged on its own (:mod:`.boilerplate_lines`): length,
   function-word density, sentence punctuation, title shape, menu separators,
   page-furniture phrases (``rules/<lang>/boilerplate.toml``).  A table-layout
   line (cells separated by runs of spaces) is judged by its best cell.
2. Context (:mod:`.boilerplate_context`): runs of short link-like lines are
   menus or teaser lists; a title-like line right above prose is a heading;
   jusText's revision settles short and near-good lines by their neighbours.
3. The story is the densest cluster of prose lines (plus any other cluster
   with a good share of its prose); a title-like line just above it is the
   headline and starts the story.  Lines outside are dropped as
   ``outside-main-run``; bad lines inside with the rule that judged them.
4. It only acts on page-like text: when enough lines lie outside the story.
   A clean article, or one with a few clutter lines that the phrase families
   handle, is left alone, so clean text loses nothing and normalizing the
   output again changes nothing (the output has no lines outside its story).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..fields.stopvote import vote_words
from ..lexicon import Rule, load_rules
from ..model import Verdict
from ..pipeline import Doc
from ..textutil import norm_label, words
from .boilerplate_comments import comment_rules, comments_start
from .boilerplate_context import Cluster, clusters, mark_headings, mark_link_runs, promote_near_runs, revise
from .boilerplate_lines import Line, LineClass, classify, stopwords_for
from .boilerplate_rules import Thresholds, thresholds
from .phrases import rule_languages

__all__ = ["Boilerplate"]

_REASONS = {
    "outside-main-run": "page text outside the story (menus, teasers, footer)",
    "comment-section": "readers' comments below the story",
    "short-line-run": "a run of short link-like lines (a menu or teaser list)",
    "low-stopword-density": "a line with few function words (a list, menu or teaser, not prose)",
    "menu-row": "a row of menu items between separators",
    "no-words": "a line with no words",
    "url-line": "a bare URL line",
    "no-sentence-end": "a long line with no sentence end (no stopword list for this language)",
    "short-line": "a short line between page furniture",
    "medium-prose": "a medium-length line between page furniture",
    "prose": "a prose line between page furniture",
}


#: Rules that mark page furniture (menus, footers), as opposed to lists,
#: tables or code that an extractor's output may hold outside the prose.
_FURNITURE = frozenset(
    {"short-line-run", "menu-row", "site-furniture", "control-label", "copyright-line", "copyright-notice"}
)


#: Rules that only page chrome triggers: site-wide labels and footers.
_CHROME = frozenset({"site-furniture", "copyright-line", "copyright-notice"})


class Boilerplate:
    """Drops page boilerplate from whole-page text dumps (text input only)."""

    name = "boilerplate"
    family = "boilerplate"
    # Judged once, on the page as given: its decisions need the page's
    # furniture around the story, which later passes no longer see.
    contextual = False

    def __init__(self) -> None:
        self.last_stats = PageStats()

    def __repr__(self) -> str:
        return "Boilerplate()"

    def __call__(self, doc: Doc) -> Iterator[Verdict]:
        plan = self.plan(doc)
        if plan is not None:
            yield from plan

    def plan(self, doc: Doc) -> list[Verdict] | None:
        """The verdicts this step would give, or None when the text is not
        page-like (also the hook the tests and the tuning scripts use)."""
        self.last_stats = PageStats()
        if doc.source_format != "text" or not doc.blocks:
            return None
        th = thresholds()
        langs = rule_languages(doc)
        # Each line's words are split twice, for the vote and for its
        # judgement, rather than held for all lines in between (word lists
        # of every line held twice the text's size at the page's peak).
        vote = vote_words(words(b.text) for b in doc.blocks)
        stops = stopwords_for(vote.at_least(th.language_min_share))
        lines = _judge_lines(doc, stops, th, load_rules("boilerplate", langs))
        mark_link_runs(lines, th)
        promote_near_runs(lines, th)
        heads = mark_headings(lines, th)
        final = revise(lines, heads)
        found = clusters(lines, final, heads, th)
        if not found:
            return None
        main = max(found, key=lambda c: c.mass)
        kept = [c for c in found if c is main or c.mass >= th.cluster_keep_share * main.mass]
        cut = _comments_cut(lines, final, kept, main, th, comment_rules(langs))
        if cut < len(lines):
            kept = _before(kept, cut, final)
        story = _Story(lines, final, kept, _story_start(lines, kept[0], th), cut)
        stats = self.last_stats = story.stats()
        if stats.outside < max(th.page_min_outside, th.page_min_outside_share * len(lines)):
            return None
        if stats.furniture < th.page_min_furniture:
            return None
        if stats.chrome < th.page_min_chrome and stats.furniture < th.page_full_furniture:
            # No site chrome at all: text an extractor already cut down to
            # the article.  Its lists, tables and code stay; only a comment
            # thread below the story goes.
            story.keep_all_before_comments()
        return list(_verdicts(doc, lines, story))


@dataclass(frozen=True, slots=True)
class PageStats:
    """How page-like the text is: lines outside the story, how many of
    those are furniture (menus, labels, footers), and site-chrome lines."""

    outside: int = 0
    furniture: int = 0
    chrome: int = 0


class _Story:
    """Which lines the story keeps and which lie inside its span."""

    def __init__(
        self, lines: Sequence[Line], final: Sequence[LineClass], kept: Sequence[Cluster], start: int, cut: int
    ) -> None:
        self.lines = lines
        self.cut = cut
        n = len(lines)
        self.keep = [False] * n
        self.inside = [False] * n
        for i in range(start, kept[0].first):
            self.inside[i] = True
            self.keep[i] = lines[i].cls is not LineClass.BAD or lines[i].rule == "short-line-run"
        for c in kept:
            for i in range(c.first, c.last + 1):
                self.inside[i] = True
                self.keep[i] = final[i] is LineClass.GOOD
        # Between two kept clusters, lines that are neither furniture nor
        # link-like (a table, code, a list of sentences) belong to the story.
        for a, b in zip(kept, kept[1:], strict=False):
            for i in range(a.last + 1, b.first):
                if _soft(lines[i]):
                    self.keep[i] = self.inside[i] = True

    def stats(self) -> PageStats:
        outside = [line for line, within in zip(self.lines, self.inside, strict=True) if not within]
        return PageStats(
            outside=len(outside),
            furniture=sum(line.rule in _FURNITURE for line in outside),
            chrome=sum(line.rule in _CHROME for line in self.lines),
        )

    def keep_all_before_comments(self) -> None:
        for i in range(len(self.lines)):
            self.keep[i] = self.keep[i] or i < self.cut
            self.inside[i] = self.inside[i] or i < self.cut


def _soft(line: Line) -> bool:
    return line.rule not in _FURNITURE and line.rule not in ("url-line", "no-words") and not line.link_like


def _comments_cut(
    lines: Sequence[Line],
    final: Sequence[LineClass],
    kept: Sequence[Cluster],
    main: Cluster,
    th: Thresholds,
    rules: tuple[Rule, ...],
) -> int:
    """Where a comment thread starts (``len(lines)`` if none)."""
    cut = comments_start(lines, kept[0].first, th, rules)
    if cut is not None and cut < main.first:
        before = sum(lines[i].chars for i in range(kept[0].first, cut) if final[i] is LineClass.GOOD)
        if before < th.cluster_keep_share * main.mass:
            # A comments link above the story, not the end of a story whose
            # comment thread outweighs it.
            cut = comments_start(lines, main.first, th, rules)
    if cut is not None:
        total = sum(line.chars for line, cls in zip(lines, final, strict=True) if cls is LineClass.GOOD)
        story = sum(lines[i].chars for i in range(kept[0].first, cut) if final[i] is LineClass.GOOD)
        if story < th.comment_min_story_share * total:
            # The thread is the page (a forum): its posts are the content.
            cut = None
    return len(lines) if cut is None else cut


def _judge_lines(doc: Doc, stops: frozenset[str], th: Thresholds, rules: tuple[Rule, ...]) -> list[Line]:
    out = []
    for pos, block in enumerate(doc.blocks):
        line = classify(block.text, stops, th, rules)
        line.pos = pos
        out.append(line)
    return out


def _before(kept: Sequence[Cluster], cut: int, final: Sequence[LineClass]) -> list[Cluster]:
    """The clusters cut off at position ``cut`` (where comments begin)."""
    out = []
    for c in kept:
        if c.first >= cut:
            break
        last = min(c.last, cut - 1)
        while final[last] is not LineClass.GOOD:
            last -= 1
        out.append(Cluster(c.first, last, c.mass))
    return out


def _story_start(lines: Sequence[Line], first: Cluster, th: Thresholds) -> int:
    """Where the story starts: the headline line within ``th.head_window``
    lines above the first prose cluster, else the cluster itself.

    A title line printed twice on the page (the headline above the story and
    again in a slug, a breadcrumb or a caps banner) wins; else the earliest
    title-like line of three or more words that is not a byline.  Lines that
    only a run of link-like lines made BAD may still be the headline.
    """
    lo = max(0, first.first - th.head_window)
    candidates = [
        i
        for i in range(lo, first.first)
        if lines[i].title and (lines[i].cls is not LineClass.BAD or lines[i].rule == "short-line-run")
    ]
    if not candidates:
        return first.first
    counts: dict[str, int] = {}
    for line in lines:
        if line.title:
            key = norm_label(line.text)
            counts[key] = counts.get(key, 0) + 1
    for i in candidates:
        if counts.get(norm_label(lines[i].text), 0) > 1:
            return i
    # Else the longest title line (a headline outweighs the site name, the
    # section label and the date line around it); the later one on a tie.
    best = max(
        (i for i in candidates if not lines[i].text.lower().startswith("by ")),
        key=lambda i: (lines[i].n_words, i),
        default=None,
    )
    if best is not None and lines[best].n_words >= 3:
        return best
    return first.first


def _verdicts(doc: Doc, lines: Sequence[Line], story: _Story) -> Iterator[Verdict]:
    for line, kept, within in zip(lines, story.keep, story.inside, strict=True):
        if kept:
            continue
        if not within and line.pos >= story.cut:
            rule = line.rule if line.rule in _FURNITURE else "comment-section"
        elif not within:
            rule = "outside-main-run"
        elif line.cls is LineClass.BAD:
            rule = line.rule
        else:
            rule = "short-line-run" if line.link_like else "outside-main-run"
        reason = line.reason if rule == line.rule and line.reason else _REASONS.get(rule, "page furniture")
        yield Verdict.drop(doc.blocks[line.pos], rule, reason)
