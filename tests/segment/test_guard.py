"""articlenorm.segment.guard: the limits hold exactly, code is not markup,
and the scan itself stays linear on input built against regular expressions."""

from __future__ import annotations

import contextlib
import time

import pytest

from articlenorm import MarkupTooComplexError
from articlenorm.segment.guard import (
    MAX_ATTRIBUTES,
    MAX_CHILDREN,
    MAX_DEPTH,
    MAX_TAGS,
    check_markup,
    check_tree,
    scan_markup,
)
from articlenorm.segment.html import parse_html


def _tag(attributes: int) -> str:
    values = ('"x y"', "'z'", "plain", "")
    parts = [f"a{i}={values[i % 4]}" if values[i % 4] else f"a{i}" for i in range(attributes)]
    return f"<html><body><div {' '.join(parts)}><p>text</p></div></body></html>"


def test_attribute_limit_is_exact() -> None:
    check_markup(_tag(MAX_ATTRIBUTES))
    assert scan_markup(_tag(MAX_ATTRIBUTES)).max_attributes == MAX_ATTRIBUTES
    with pytest.raises(MarkupTooComplexError, match=r"<div> tag at character 12"):
        check_markup(_tag(MAX_ATTRIBUTES + 1))


def test_tag_limit_is_exact() -> None:
    check_markup("<i>" * MAX_TAGS + "</i>" * MAX_TAGS)
    with pytest.raises(MarkupTooComplexError, match="tags"):
        check_markup("<i>" * (MAX_TAGS + 1))
    # '<' that opens no tag is not counted.
    check_markup("a < b " * (MAX_TAGS + 1))


def test_script_and_style_bodies_are_not_markup() -> None:
    code = " ".join(f"v{i} = w{i};" for i in range(MAX_ATTRIBUTES * 2))
    check_markup(f"<html><head><script>if (i<n) {{ {code} }}</script></head><body><p>x</p></body></html>")
    check_markup(f"<style>a<b {code}</style><p>x</p>")
    # ... but a tag after the script still counts.
    with pytest.raises(MarkupTooComplexError):
        check_markup(f"<script>if (i<n) {{ {code} }}</script>" + _tag(MAX_ATTRIBUTES + 1))


def test_children_and_depth_limits() -> None:
    check_tree(parse_html("<html><body><p>" + "<br>" * MAX_CHILDREN + "</p></body></html>"))
    with pytest.raises(MarkupTooComplexError, match="children"):
        check_tree(parse_html("<html><body><p>" + "<br>" * (MAX_CHILDREN + 1) + "</p></body></html>"))
    # html > body > the divs > p: MAX_DEPTH - 3 divs reach MAX_DEPTH - 1 levels.
    check_tree(parse_html("<html><body>" + "<div>" * (MAX_DEPTH - 3) + "<p>x</p></body></html>"))
    with pytest.raises(MarkupTooComplexError, match="levels deep"):
        parse_html("<html><body>" + "<div>" * MAX_DEPTH + "<p>x</p></body></html>")


def _cpu(text: str) -> float:
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        with contextlib.suppress(MarkupTooComplexError):
            check_markup(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(
    "unit",
    [
        "<a x ",  # tags that never close
        '<a x="',  # quotes that never close
        "<a " + "x " * 50,  # many attributes, never closed
        "<script>",  # script bodies that never end
        "<style",
        "<" * 7,
    ],
)
def test_the_scan_is_linear(unit: str) -> None:
    # A backtracking pattern turns these into quadratic time; linear means
    # four times the input costs about four times the CPU (16x if quadratic;
    # the bound leaves room for cache effects on the larger input).
    # (Both sizes lie on the same side of MAX_TAGS, so both take the same path.)
    small = unit * (800_000 // len(unit))
    large = unit * (3_200_000 // len(unit))
    assert _cpu(large) <= 10 * max(_cpu(small), 1e-3)
