"""Fuzz targets shared by the atheris harness (``fuzz_normalize.py``) and the
test suite (``tests/test_pathological_fuzz.py`` replays the seed corpus).

A target takes raw bytes and feeds them to an entry point.  The contract it
checks: ``normalize`` either returns an ``Article`` or raises one of the
library's documented errors (``ArticlenormError`` subclasses).  Anything else
-- an ``IndexError``, a ``RecursionError``, a crash -- is a finding.
"""

from __future__ import annotations

import articlenorm
from articlenorm import Article, ArticlenormError, Config

__all__ = ["TARGETS", "check_auto", "check_html", "check_text"]

# Quotes and language detection on: they are entry points for input text too.
CONFIG = Config()


def _check(data: bytes | str, fmt: str) -> None:
    try:
        result = articlenorm.normalize(data, format=fmt, config=CONFIG, explain=True)
    except ArticlenormError:
        return
    assert isinstance(result, Article)
    assert result.body == "\n\n".join(result.paragraphs)


def check_text(data: bytes) -> None:
    """Bytes and their lossy decoding as plain text."""
    _check(data, "text")
    _check(data.decode("utf-8", "replace"), "text")


def check_html(data: bytes) -> None:
    """Bytes as an HTML page (trafilatura, then the cleaners)."""
    _check(data, "html")


def check_auto(data: bytes) -> None:
    """Bytes with the format sniffed."""
    _check(data, "auto")


TARGETS = {"text": check_text, "html": check_html, "auto": check_auto}
