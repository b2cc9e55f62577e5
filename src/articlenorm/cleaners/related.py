"""Related-link clutter: "Read also" and the list of links under it,
"Related:", "Related article: <headline>"."""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import Rule
from ..model import Block, BlockKind, Verdict
from ..textutil import ends_sentence, has_bullet, is_prose, word_count
from .base import Doc
from .phrases import PhraseCleaner

__all__ = ["Related"]

#: A related-links list is rarely longer than this; more is likely content.
MAX_LINKS = 12
#: A link text is a headline: at most this many words (l3s-gn1 teaser links
#: are 3-18 words).
MAX_LINK_WORDS = 24
#: In HTML, a block that is mostly link text is a link whatever its shape.
LINK_DENSITY = 0.5


def _is_item(block: Block) -> bool:
    return block.kind is BlockKind.LIST_ITEM or has_bullet(block.text)


def _is_link_like(block: Block) -> bool:
    if block.link_density >= LINK_DENSITY:
        return True
    return word_count(block.text) <= MAX_LINK_WORDS and not ends_sentence(block.text)


class Related(PhraseCleaner):
    """Drops related-link labels and the links listed under them
    (rules: ``related.toml``)."""

    family = "related"

    def follow(self, doc: Doc, block: Block, rule: Rule) -> Iterator[Verdict]:
        if rule.options.get("follow") != "link-list":
            return
        after = doc.after(block)[: MAX_LINKS + 1]
        if not after:
            return
        if _is_item(after[0]):
            run = [b for b in _prefix(after, lambda b: _is_item(b) and _is_link_like(b))]
        else:
            run = list(_prefix(after, lambda b: _is_link_like(b) and not is_prose(b.text)))
            # The last short line before the story resumes is more likely a
            # real subheading than a link; keep it unless HTML says it's a link.
            resumes = len(run) < len(after) and run and run[-1].link_density < LINK_DENSITY
            if resumes and (len(run) > 1 or is_prose(after[len(run)].text)):
                run.pop()
        for b in run[:MAX_LINKS]:
            yield Verdict.drop(b, "related-link", "a link listed under a related-links label")


def _prefix(blocks: tuple[Block, ...], pred: object) -> Iterator[Block]:
    for b in blocks:
        if not pred(b):  # type: ignore[operator]
            return
        yield b
