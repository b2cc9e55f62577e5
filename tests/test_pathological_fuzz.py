"""Fuzzing the text and HTML entry points with hypothesis, and replaying the
atheris seed corpus (``fuzz/``): no crash, no hang, only documented errors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))

from fuzz_targets import TARGETS, check_auto, check_html, check_text  # noqa: E402

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_TAGS = [
    "html",
    "head",
    "body",
    "article",
    "main",
    "div",
    "p",
    "h1",
    "h2",
    "span",
    "a",
    "ul",
    "li",
    "table",
    "tr",
    "td",
    "figure",
    "figcaption",
    "script",
    "style",
    "blockquote",
    "br",
    "img",
]
_TEXT = st.text(
    alphabet=st.sampled_from(list("abc XYZ.,;:!?\"'“”‘’«»—-/()&<>#\n\t\u00a0\u200b\u0000é漢🙂")), max_size=40
)


@st.composite
def html_fragments(draw: st.DrawFn, depth: int = 0) -> str:
    """Tag soup: nested, unclosed, with attributes, entities and odd text."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 5))
        if choice <= 1 or depth > 6:
            parts.append(draw(_TEXT))
        elif choice == 2:
            parts.append(
                draw(
                    st.sampled_from(
                        [
                            "&amp;",
                            "&nbsp;",
                            "&#0;",
                            "&#x110000;",
                            "&bogus;",
                            "<!--",
                            "-->",
                            "<![CDATA[",
                            "<?xml ?>",
                            "<!DOCTYPE html>",
                        ]
                    )
                )
            )
        else:
            tag = draw(st.sampled_from(_TAGS))
            attr = draw(st.sampled_from(["", ' class="share"', " id=x", ' href="javascript:x"', " lang=ru"]))
            inner = draw(html_fragments(depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}"]))
            parts.append(f"<{tag}{attr}>{inner}{close}")
    return "".join(parts)


pages = st.builds(
    lambda frag, enc: f"<html><body><article>{frag}</article></body></html>".encode(enc, "replace"),
    html_fragments(),
    st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]),
)


@SETTINGS
@given(data=pages)
def test_html_tag_soup(data: bytes) -> None:
    check_html(data)


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_in_every_format(data: bytes) -> None:
    check_auto(data)
    check_html(data)
    check_text(data)


@SETTINGS
@given(text=st.lists(_TEXT, max_size=30).map("\n".join))
def test_text_lines(text: str) -> None:
    check_text(text.encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize("seed", sorted(p.name for p in (ROOT / "fuzz" / "corpus").iterdir()))
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_seed_corpus(seed: str, target: str) -> None:
    TARGETS[target]((ROOT / "fuzz" / "corpus" / seed).read_bytes())
