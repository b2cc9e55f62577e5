"""Block features for the learned block scorer (:mod:`.scorer`).

One row of numbers per live block of a :class:`~articlenorm.pipeline.Doc`,
computed in one pass over the page from what every block carries in both
modes (text, kind, paragraph group, link density, the HTML container hints,
the gaps left by blocks the rule families already removed) and from its
neighbours.  The training script (``benchmarks/train_scorer.py``) calls the
same :func:`block_features` on the same pipeline view, so the model is
trained on exactly what it sees at run time.

:data:`NAMES` lists the columns; :data:`WORDS` says each in words, for the
reasons of the scorer's removal records.  Changing a feature means retraining
(the model file records the names it was trained on and refuses others).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from ..fields.stopvote import vote_lists
from ..model import Block, BlockKind
from ..pipeline import Doc
from ..segment.candidates import CANDIDATE, EXTRA, IN_RECALL, RECOVERED
from ..textutil import ends_sentence, words

__all__ = ["NAMES", "WORDS", "block_features"]

#: Each feature's name and what it says, in words.
_SPEC: tuple[tuple[str, str], ...] = (
    ("log_chars", "block length"),
    ("log_words", "word count"),
    ("link_density", "share of text in links"),
    ("stop_share", "share of stopwords"),
    ("ends_sentence", "ends like a sentence"),
    ("prose", "reads as prose"),
    ("title_like", "looks like a title"),
    ("punct_per_word", "punctuation per word"),
    ("log_sentences", "sentence count"),
    ("cap_share", "share of capitalised words"),
    ("digit_share", "share of digits"),
    ("mean_word_len", "mean word length"),
    ("separators", "menu separators (| · »)"),
    ("has_url", "contains a URL or e-mail"),
    ("kind_heading", "is a heading"),
    ("kind_list", "is a list item"),
    ("kind_quote", "is a block quote"),
    ("kind_table", "is a table row"),
    ("duplicate", "text repeated on the page"),
    ("rel_pos", "position on the page"),
    ("mass_before", "share of page text above it"),
    ("share", "share of the page's text"),
    ("prose_above", "share of the page's prose above it"),
    ("in_prose_run", "between the first and last prose paragraph"),
    ("near_prose", "prose paragraphs among its 4 neighbours"),
    ("prev_log_chars", "length of the block before"),
    ("next_log_chars", "length of the block after"),
    ("prev_link", "links in the block before"),
    ("next_link", "links in the block after"),
    ("gap_before", "removed blocks just before it"),
    ("gap_after", "removed blocks just after it"),
    ("removed_share", "share of the page's blocks already removed"),
    ("log_group", "lines in its paragraph group"),
    ("short_run", "short lines around it"),
    ("html", "comes from HTML"),
    ("outside_main", "outside the article container"),
    ("between_main", "between two parts of the article"),
    ("depth", "depth inside the article container"),
    ("box_words", "class/id words of clutter boxes"),
    ("signal_tag", "inside aside/nav/footer/header/form"),
    ("role", "proposed as headline or caption"),
    ("candidate", "a candidate block, kept only if the scorer says so"),
    ("extra", "left out by trafilatura's default extraction"),
    ("in_recall", "kept by trafilatura's recall setting"),
    ("recovered", "put back from the article container"),
    ("window_prose", "share of prose text within 5 blocks"),
    ("window_stop", "stopword share of its 3 neighbours on each side"),
    ("in_region", "inside the page's densest run of prose"),
    ("region_distance", "blocks away from the densest run of prose"),
    ("prose_distance", "blocks away from the nearest prose paragraph"),
    ("cues_above", "comment-thread cues above it"),
    ("cues_near", "comment-thread cues within 3 blocks"),
    ("removed_above", "share of the blocks above it already removed"),
    ("removed_near", "removed blocks around it"),
    ("candidates_near", "candidate blocks within 3 blocks"),
    ("within_kept", "between the first and last prose paragraph that is no candidate"),
    ("kept_prose_near", "prose paragraphs that are no candidates among its 4 neighbours"),
)
NAMES: tuple[str, ...] = tuple(name for name, _ in _SPEC)
WORDS: dict[str, str] = dict(_SPEC)

_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_PUNCT = re.compile(r"[.,;:!?()\"“”]")
_SEPARATORS = re.compile(r"\s[|·•»/]\s")
_URL = re.compile(r"https?://|www\.|\S@\S+\.\w")
_DIGIT = re.compile(r"\d")
#: Lines of a reader-comment thread: "12 Responses to ...", "Comments (3)",
#: "Leave a comment", "Reply", "Posted by ...", "May 5, 2012 at 3:12 pm", and a
#: commenter's header that *ends* with "says:" / "said..." / "wrote:".  A "said"
#: inside a sentence ('"Why?" said he.', '"We won," she said.') is a quotation
#: in the story, not a cue: the verb must end the line and the line must hold
#: no quotation mark (checked in :func:`_is_cue`).
_CUE = re.compile(
    r"\b\d+\s+(?:comments?|responses?|replies)\b|\b(?:comments?|responses?|replies)\s*[(:]"
    r"|\bleave a (?:comment|reply)\b|^\W*(?:reply|comments?)\W*$|\bposted by\b"
    r"|\b(?:says|said|wrote)\s*(?::|,|\.\.\.|…)?\s*$|\d{1,2}:\d{2}\s*[ap]\.?m\b",
    re.IGNORECASE,
)
_QUOTE_MARKS = frozenset('"“”„«»')


def _is_cue(text: str) -> bool:
    return _CUE.search(text) is not None and not _QUOTE_MARKS.intersection(text)


#: Only lines this short count as comment-thread cues.
_CUE_WORDS = 12
_WORD = re.compile(r"\w+")
_CLOSERS = "\"'”’»)]"
#: textutil.is_prose and is_title_like, with the word count computed once.
_PROSE_WORDS = 25
_SENTENCE_WORDS = 8
_TITLE_CHARS = 200
#: Class/id words of boxes that hold page furniture, not the story (the
#: words of segment/recover.py and cleaners/html_hints.py).
_BOX_WORDS = frozenset(
    {"share", "social", "related", "recommended", "newsletter", "subscribe", "ad", "ads", "advert"}
    | {"sponsor", "promo", "comment", "comments", "bio", "tags", "breadcrumb", "nav", "menu", "footer"}
    | {"caption", "credit", "byline", "author", "meta", "date", "toolbar", "widget", "sidebar"}
    | {"teaser", "popular", "trending", "more", "links", "list", "widget", "sharing", "tools"}
)
_SIGNAL_TAGS = frozenset({"<aside>", "<nav>", "<footer>", "<header>", "<form>", "<button>", "<label>"})
#: A short line, for ``short_run``: fewer words than this.
_SHORT_WORDS = 6
#: The context columns, ``duplicate`` .. ``short_run``, filled per page.
_DUP = NAMES.index("duplicate")
_CONTEXT = NAMES.index("short_run") + 1 - _DUP
_PROSE = NAMES.index("prose")
_STOP = NAMES.index("stop_share")
_WORDS = NAMES.index("log_words")
_CANDIDATE = NAMES.index("candidate")


@cache
def _stopwords() -> frozenset[str]:
    out: set[str] = set()
    for _, stops in vote_lists():
        out |= stops
    return frozenset(out)


def _log(n: float) -> float:
    return math.log1p(n)


def _depth(hints: frozenset[str]) -> float:
    for hint in hints:
        if hint.startswith("x:depth-"):
            return float(hint[8:]) / 5
    return -1.0


def _title_like(text: str, n: int) -> bool:
    """:func:`~articlenorm.textutil.is_title_like` with the word count known."""
    if not 2 <= n <= 30 or len(text) > _TITLE_CHARS:
        return False
    last = text.rstrip(_CLOSERS)[-1:]
    if last in ".,;:" and not text.endswith("..."):
        return False
    first = text[0]
    return (first.isupper() or first.isdigit() or first in "\"'“‘«„¿¡") and text != text.lower()


def _own(block: Block, html: bool) -> list[float]:
    text = block.text
    ws = words(text)
    n = len(ws)
    per = 1 / (n or 1)
    stops = _stopwords()
    kind = block.kind
    hints = block.hints
    ends = ends_sentence(text)
    lower = text.casefold()
    return [
        _log(len(text)),
        _log(n),
        block.link_density,
        sum(1 for w in _WORD.findall(lower) if w in stops) * per,
        1.0 if ends else 0.0,
        1.0 if n >= _PROSE_WORDS or (n >= _SENTENCE_WORDS and ends) else 0.0,
        1.0 if _title_like(text, n) else 0.0,
        min(len(_PUNCT.findall(text)) * per, 2.0),
        _log(len(_SENTENCE_END.findall(text))),
        sum(1 for w in ws if w[0].isupper()) * per,
        len(_DIGIT.findall(text)) / (len(text) or 1),
        min(sum(map(len, ws)) * per, 20.0),
        _log(len(_SEPARATORS.findall(text))),
        1.0 if _URL.search(text) else 0.0,
        1.0 if kind is BlockKind.HEADING else 0.0,
        1.0 if kind is BlockKind.LIST_ITEM else 0.0,
        1.0 if kind is BlockKind.QUOTE else 0.0,
        1.0 if kind is BlockKind.TABLE else 0.0,
        # filled by block_features: duplicate .. short_run
        *([0.0] * _CONTEXT),
        1.0 if html else 0.0,
        1.0 if "x:outside-main" in hints else 0.0,
        1.0 if "x:between-main" in hints else 0.0,
        _depth(hints),
        float(min(len(hints & _BOX_WORDS), 3)),
        1.0 if hints & _SIGNAL_TAGS else 0.0,
        1.0 if block.roles else 0.0,
        1.0 if CANDIDATE in hints else 0.0,
        1.0 if EXTRA in hints else 0.0,
        1.0 if IN_RECALL in hints else 0.0,
        1.0 if RECOVERED in hints else 0.0,
    ]


def block_features(doc: Doc) -> list[list[float]]:
    """One feature row (in :data:`NAMES` order) per block of ``doc.blocks``."""
    blocks: Sequence[Block] = doc.blocks
    n = len(blocks)
    if not n:
        return []
    html = doc.source_format == "html"
    rows = [_own(b, html) for b in blocks]
    sizes = [len(b.text) for b in blocks]
    total = sum(sizes) or 1
    prose = [row[_PROSE] > 0 for row in rows]
    prose_sizes = [s if p else 0 for s, p in zip(sizes, prose, strict=True)]
    prose_total = sum(prose_sizes) or 1
    first_prose = next((i for i, p in enumerate(prose) if p), n)
    last_prose = max((i for i, p in enumerate(prose) if p), default=-1)
    counts = Counter(b.text for b in blocks)
    groups = Counter(b.group for b in blocks)
    short = [r[1] < _log(_SHORT_WORDS) for r in rows]
    removed = max(doc.size - n, 0)
    above = 0
    prose_above = 0
    for i, (block, row) in enumerate(zip(blocks, rows, strict=True)):
        prev = blocks[i - 1] if i else None
        nxt = blocks[i + 1] if i + 1 < n else None
        near = sum(1 for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < n and prose[j])
        run = sum(1 for j in range(max(0, i - 2), min(n, i + 3)) if short[j])
        row[_DUP : _DUP + _CONTEXT] = [
            1.0 if counts[block.text] > 1 else 0.0,
            i / (n - 1) if n > 1 else 0.0,
            above / total,
            sizes[i] / total,
            prose_above / prose_total,
            1.0 if first_prose <= i <= last_prose else 0.0,
            float(near),
            _log(len(prev.text)) if prev else 0.0,
            _log(len(nxt.text)) if nxt else 0.0,
            prev.link_density if prev else 0.0,
            nxt.link_density if nxt else 0.0,
            float(min(block.index - (prev.index if prev else -1) - 1, 5)),
            float(min((nxt.index if nxt else doc.size) - block.index - 1, 5)),
            removed / (doc.size or 1),
            _log(groups[block.group]),
            float(run),
        ]
        above += sizes[i]
        prose_above += prose_sizes[i]
    _windows(blocks, rows, sizes, prose_sizes, prose)
    return rows


#: Window half-widths of ``window_prose`` and ``window_stop``.
_PROSE_WINDOW = 5
_STOP_WINDOW = 3
#: Distances are capped at this many blocks.
_MAX_DISTANCE = 10
#: In the densest-run search a block that is not prose costs at least this
#: many words (a one-word menu line still breaks a run).
_MIN_COST = 3


def _region(words: Sequence[float], prose: Sequence[bool]) -> tuple[int, int]:
    """The run of blocks with the largest sum of prose words minus other
    words (Kadane's maximum subarray): where the story text sits."""
    best, best_span = 0.0, (0, -1)
    run, start = 0.0, 0
    for i, (w, p) in enumerate(zip(words, prose, strict=True)):
        if run <= 0:
            run, start = 0.0, i
        run += w if p else -max(w, _MIN_COST)
        if run > best:
            best, best_span = run, (start, i)
    return best_span


def _windows(
    blocks: Sequence[Block],
    rows: list[list[float]],
    sizes: list[int],
    prose_sizes: list[int],
    prose: list[bool],
) -> None:
    n = len(rows)
    cues = [
        1 if r[_WORDS] <= _log(_CUE_WORDS) and _is_cue(b.text) else 0
        for b, r in zip(blocks, rows, strict=True)
    ]
    cues_above = 0
    stop = [r[_STOP] for r in rows]
    words = [math.expm1(r[_WORDS]) for r in rows]
    lo, hi = _region(words, prose)
    prose_at = [i for i, p in enumerate(prose) if p]
    candidate = [r[_CANDIDATE] for r in rows]
    kept_prose = [p and not c for p, c in zip(prose, candidate, strict=True)]
    first_kept = next((i for i, p in enumerate(kept_prose) if p), n)
    last_kept = max((i for i, p in enumerate(kept_prose) if p), default=-1)
    k = 0
    for i, row in enumerate(rows):
        a, b = max(0, i - _PROSE_WINDOW), min(n, i + _PROSE_WINDOW + 1)
        chars = sum(sizes[a:b]) - sizes[i]
        near_prose = sum(prose_sizes[a:b]) - prose_sizes[i]
        a, b = max(0, i - _STOP_WINDOW), min(n, i + _STOP_WINDOW + 1)
        neighbours = b - a - 1
        while k + 1 < len(prose_at) and abs(prose_at[k + 1] - i) <= abs(prose_at[k] - i):
            k += 1
        row += [
            near_prose / chars if chars else 0.0,
            (sum(stop[a:b]) - stop[i]) / neighbours if neighbours else 0.0,
            1.0 if lo <= i <= hi else 0.0,
            float(min(max(lo - i, i - hi, 0), _MAX_DISTANCE)),
            float(min(abs(prose_at[k] - i), _MAX_DISTANCE)) if prose_at else float(_MAX_DISTANCE),
            _log(cues_above),
            float(sum(cues[a:b]) - cues[i]),
            (blocks[i].index - i) / (blocks[i].index + 1),
            float(min(blocks[b - 1].index - blocks[a].index - (b - a - 1), _MAX_DISTANCE)),
            sum(candidate[a:b]) - candidate[i],
            1.0 if first_kept <= i <= last_kept else 0.0,
            float(sum(1 for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < n and kept_prose[j])),
        ]
        cues_above += cues[i]
