"""Shared test helpers: paths and a no-quotes config for fast cleaner tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import articlenorm

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def fast_config() -> articlenorm.Config:
    """Quotes and language detection off: cleaner tests judge blocks only."""
    return articlenorm.Config(include_quotes=False, detect_language=False)
