"""The library's invariants, held by hypothesis over generated and arbitrary input.

* every block is either kept or recorded as removed, exactly once, in order;
* segmentation covers every non-blank character of the input exactly once;
* normalizing the canonical output again changes nothing;
* clean text loses nothing;
* no input raises anything but the library's documented errors.
"""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlenorm
from articlenorm import Config, normalize
from articlenorm.explain import replay
from articlenorm.repair import repair_text
from articlenorm.segment import segment_text

from .strategies import clean_articles, messy_texts

CFG = Config(include_quotes=False, detect_language=False)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
text_inputs = st.one_of(messy_texts(), st.text(min_size=1, max_size=400))


@SETTINGS
@given(text=text_inputs)
def test_segments_cover_the_input_exactly_once(text: str) -> None:
    blocks = segment_text(text)
    pos = 0
    for i, block in enumerate(blocks):
        assert block.index == i
        assert block.start is not None and block.end is not None
        assert text[pos : block.start].strip() == ""  # only whitespace between blocks
        raw = text[block.start : block.end]
        assert raw.strip() == raw and raw
        assert block.text == " ".join(line.strip() for line in raw.split("\n"))
        pos = block.end
    assert text[pos:].strip() == ""


@SETTINGS
@given(text=text_inputs)
def test_every_block_kept_or_removed_exactly_once(text: str) -> None:
    try:
        article = normalize(text, format="text", config=CFG, explain=True)
    except articlenorm.EmptyInputError:
        assert not repair_text(text, explain=False)[0].strip()
        return
    repaired, _ = repair_text(text, explain=False)
    blocks = segment_text(repaired)
    removed = [r.block for r in article.removed]
    assert removed == sorted(set(removed)), "each removal once, in order"
    for r in article.removed:
        assert r.text == blocks[r.block].text and r.cleaner and r.rule and r.reason
    kept = [b for b in blocks if b.index not in set(removed)]
    assert len(kept) + len(removed) == len(blocks)
    edited = {e.block: e.after for e in article.edits if e.block is not None}
    kept_texts = [edited.get(b.index, b.text) for b in kept]
    assert "\n".join(kept_texts) == "\n".join(article.paragraphs).replace("\n\n", "\n")
    assert replay(text, article) == article.paragraphs


@SETTINGS
@given(text=text_inputs)
def test_normalizing_the_output_again_changes_nothing(text: str) -> None:
    try:
        first = normalize(text, format="text", config=CFG)
    except articlenorm.EmptyInputError:
        return
    if not first.to_text().strip():
        return
    second = normalize(first.to_text(), format="text", config=CFG)
    assert second.headline == first.headline
    assert second.paragraphs == first.paragraphs


@SETTINGS
@given(article=clean_articles())
def test_clean_text_loses_nothing(article: tuple[str, list[str]]) -> None:
    headline, paras = article
    result = normalize("\n\n".join([headline, *paras]), config=CFG)
    assert result.headline == headline
    assert list(result.paragraphs) == paras
    assert normalize(result.body, config=CFG).paragraphs == result.paragraphs


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_documented_errors(data: bytes) -> None:
    try:
        article = normalize(data, config=CFG)
    except articlenorm.ArticlenormError:
        return
    assert isinstance(article.body, str)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=600), fmt=st.sampled_from(["auto", "text", "html"]))
def test_arbitrary_text_raises_only_documented_errors(text: str, fmt: str) -> None:
    with contextlib.suppress(articlenorm.ArticlenormError):
        article = normalize(text, format=fmt, config=CFG)
        assert isinstance(article.body, str)
