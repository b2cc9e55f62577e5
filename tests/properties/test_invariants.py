"""The library's invariants, held by hypothesis over generated and arbitrary input.

* every block is either kept or recorded as removed, exactly once, in order;
* segmentation covers every non-blank character of the input exactly once;
* normalizing the canonical output again changes nothing;
* clean text loses nothing (every field of a clutter-free article comes out);
* clutter is removed and story text is not, by the rule families;
* no input raises anything but the library's documented errors.

Generated articles come from ``articlenorm.testing`` in every generator
language (English, German, French, Spanish, Italian, Portuguese, Dutch, Russian,
Polish).
"""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import articlenorm
from articlenorm import Config, normalize
from articlenorm.explain import replay
from articlenorm.families import FIELDS as FIELD_FAMILIES
from articlenorm.repair import repair_text
from articlenorm.segment import segment_text
from articlenorm.testing import FAMILIES, GeneratedArticle, assert_normalizes_to

from .strategies import clean_articles, messy_texts, scraped

CFG = Config(include_quotes=False, detect_language=False)
# Generated articles take 30-100 ms each to normalize; 80 examples keep each
# test around 10 s on a CI core while covering every language several times.
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
text_inputs = st.one_of(messy_texts(), st.text(min_size=1, max_size=400))
#: Families whose removals are judged by phrase rules and field parsers:
#: story text must never be theirs to take.
RULE_FAMILIES = frozenset(FAMILIES) | frozenset(FIELD_FAMILIES)


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
        # Blank before repair (normalize checks first) or blank after it.
        assert not text.strip() or not repair_text(text, explain=False)[0].strip()
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
# ftfy leaves "\xa0¬™" alone but repairs the "¬™" segmentation keeps (tests/test_repair.py).
@example(text="\xa0¬\x99")
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
@given(sample=clean_articles())
def test_clean_text_loses_nothing(sample: GeneratedArticle) -> None:
    result = assert_normalizes_to(
        sample.text,
        sample.expected,
        fields=("headline", "byline", "date", "paragraphs", "captions"),
        config=CFG,
    )
    assert not [r for r in result.removed if r.role is None], "nothing dropped as clutter"
    assert normalize(result.body, config=CFG).paragraphs == result.paragraphs


@SETTINGS
@given(sample=scraped())
def test_clutter_goes_and_story_text_stays(sample: GeneratedArticle) -> None:
    article = normalize(sample.text, format="text", config=CFG, explain=True)
    kept = {line for para in article.paragraphs for line in para.split("\n")}
    removed_by = {r.text: r.family for r in article.removed}
    for para in sample.expected.paragraphs:
        if para not in kept:
            assert removed_by.get(para) not in RULE_FAMILIES, (
                f"{removed_by.get(para)} removed story text {para!r}"
            )
    for item in sample.clutter:
        if item.family == "markup":
            assert item.clean in kept or item.clean not in sample.expected.paragraphs
            continue
        # The label or the one line of a piece always goes.  (The links listed
        # under a label may stay when a short one could be a subheading.)
        assert item.lines[0] not in kept, f"{item.family} clutter kept: {item.lines[0]!r}"


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
