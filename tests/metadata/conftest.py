"""Helpers for the metadata tests: parse a small HTML string into a scan."""

from __future__ import annotations

from typing import TypeVar

import pytest

from articlenorm.metadata.scan import PageScan, scan_page
from articlenorm.provenance import Candidate
from articlenorm.segment.html import parse_html

T = TypeVar("T")


def scan_of(html: str) -> PageScan:
    return scan_page(parse_html(html))


@pytest.fixture
def scan() -> object:
    return scan_of


def value_of(candidate: Candidate[T] | None) -> T | None:
    """A proposal's value (``None`` when the page proposes nothing)."""
    return candidate.value if candidate is not None else None
