"""The seed articles (../shared/seeds): every full-sentence quote, with its speaker.

The expected speakers were read off the seeds by hand; the seeds themselves are
real scraped pages kept outside the repository, so the test is skipped where
they are absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import articlenorm

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

# Speakers of the full (not partial) quotes, in reading order.
FULL_QUOTE_SPEAKERS = {
    "000_10725d1a8c0fab64.txt": ["Choe Son-hui", "Choe Son-hui", "Antony Blinken", "Volodymyr Zelensky"],
    "002_9bb278953017e3fb.txt": [],
    "003_de265e37088bf565.txt": ["Choe Son-hui", "Choe Son-hui", "Sergei Lavrov"],
    "004_9c7d881cb8404119.txt": ["Sergei Lavrov"],
}


@pytest.mark.parametrize("name", sorted(FULL_QUOTE_SPEAKERS))
def test_seed_full_quotes_have_the_right_speaker(name: str) -> None:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed {name} not available")
    article = articlenorm.normalize(path)
    full = [q for q in article.quotes if not q.partial]
    assert [q.speaker for q in full] == FULL_QUOTE_SPEAKERS[name]
    for quote in article.quotes:
        assert quote.speaker is None or quote.speaker_mention


def test_seed_scare_quotes_are_partial() -> None:
    path = SEEDS / "000_10725d1a8c0fab64.txt"
    if not path.exists():
        pytest.skip("seed not available")
    article = articlenorm.normalize(path)
    single_words = [q for q in article.quotes if len(q.text.split()) == 1]
    assert single_words and all(q.partial for q in single_words)
