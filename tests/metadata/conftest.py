"""Helpers for the metadata tests: parse a small HTML string into a scan."""

from __future__ import annotations

import pytest

from articlenorm.metadata.scan import PageScan, scan_page
from articlenorm.segment.html import parse_html


def scan_of(html: str) -> PageScan:
    return scan_page(parse_html(html))


@pytest.fixture
def scan() -> object:
    return scan_of
