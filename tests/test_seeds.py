"""Acceptance on the users' real inputs in ../shared/seeds (skipped without them).

Expectations are structural (which line is the headline, which fields exist,
how many story paragraphs survive, that no clutter line survives), read off
the files side by side with the output; no seed text is copied here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import articlenorm

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")

# seed prefix -> (index of the headline among non-blank lines, byline, date,
#                 number of story paragraphs, number of captions)
EXPECT = {
    "000": (1, "Agence France-Presse", None, 25, 1),
    "002": (0, None, "2024-11-01", 6, 0),
    "003": (0, "AFP", "2024-11-01", 9, 1),
    "004": (0, None, None, 16, 2),
}
# Generic clutter phrasings (lexicon entries) that occur in the seeds.
CLUTTER = [
    "Spread the love",
    "Read also",
    "Deposit Bonus",
    "has been a reporter",
    "Related:",
    "Become a Patron",
    "Original url",
    "Related article",
    "Editor’s Digest",
    "Source link",
    "Leave a Reply",
    "Required fields are marked",
    "Published at",
    "• ",
    "©",
    "<u>",
    "**",
]


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize("prefix", sorted(EXPECT))
def test_seed(prefix: str) -> None:
    path = _seed(prefix)
    head_index, byline, date, n_paragraphs, n_captions = EXPECT[prefix]
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    article = articlenorm.normalize(path)
    assert article.headline == lines[head_index]
    assert article.byline == byline
    assert (article.date[:10] if article.date else None) == date
    assert len(article.paragraphs) == n_paragraphs
    assert len(article.captions) == n_captions
    assert article.language == "en"
    for phrase in CLUTTER:
        assert phrase not in article.body, phrase
    for caption in article.captions:
        assert caption.text not in article.paragraphs
    # every kept paragraph is a line of the input (nothing invented or merged)
    for para in article.paragraphs:
        assert para in lines or para.replace("\u00a0", " ") in lines


def test_seed_000_caption_duplicates_story_paragraph_once() -> None:
    """The photo caption repeats a story paragraph: the caption goes to
    `captions`, the story paragraph stays in the body exactly once."""
    article = articlenorm.normalize(_seed("000"))
    (caption,) = article.captions
    assert caption.credit and "Associated Press" in caption.credit
    assert sum(p.startswith(caption.text) for p in article.paragraphs) == 1
