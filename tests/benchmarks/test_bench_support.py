"""Unit tests of the harness plumbing: decoding, sampling, tallies, doc sections."""

from pathlib import Path

import pytest

import articlenorm
from benchmarks.datasets import Case, sample_cases
from benchmarks.report import write_section
from benchmarks.scoring import Tally, body_contribs
from benchmarks.systems import Output
from benchmarks.textutil import decode, lines_as_html


def test_decode_is_articlenorms_decoding() -> None:
    assert decode("\ufeff<p>café</p>".encode()) == "<p>café</p>"
    latin = '<meta charset="iso-8859-1"><p>café</p>'.encode("latin-1")
    assert "café" in decode(latin)
    mislabelled = '<meta charset="windows-1256"><p>café</p>'.encode()
    assert "café" in decode(mislabelled)
    page = ('<meta charset="windows-1252"><p>\u201cq\u201d ' + "é" * 40 + "</p>").encode("cp1252")
    assert decode(page) == articlenorm.load(page, format="html").text
    with pytest.raises(articlenorm.InputError):
        decode(b"  \n ")


def test_lines_as_html_escapes_each_line() -> None:
    markup = lines_as_html("a < b\n\n  second line  ")
    assert "<p>a &lt; b</p>" in markup
    assert "<p>second line</p>" in markup
    assert markup.count("<p>") == 2


def _cases(n: int) -> list[Case]:
    return [Case(id=f"c{i:03d}", dataset="d", input_path=Path("x"), kind="text") for i in range(n)]


def test_sample_is_stable_and_ordered() -> None:
    cases = _cases(50)
    a = sample_cases(cases, 10, seed=0)
    b = sample_cases(list(reversed(cases)), 10, seed=0)
    assert [c.id for c in a] == sorted(c.id for c in b)
    assert len(a) == 10 and [c.id for c in a] == sorted(c.id for c in a)
    assert sample_cases(cases, 10, seed=1) != a
    assert sample_cases(cases, None) == cases


def test_tally_macro_and_benchmark_f1() -> None:
    gold = Case(
        id="g",
        dataset="d",
        input_path=Path("x"),
        kind="text",
        body="one two three four five",
        with_=("two three",),
        without=("six",),
    )
    tally = Tally()
    tally.add(body_contribs(gold, Output(body="one two three four five six seven")))
    tally.add(body_contribs(gold, Output(body="")))
    assert tally.rate("body_p") == pytest.approx(0.5)  # the empty output is left out
    assert tally.rate("body_r") == pytest.approx(0.5)  # (1 + 0) / 2
    assert tally.body_f1() == pytest.approx(0.5)
    assert tally.rate("body_docf1") == pytest.approx((2 / 3 + 0) / 2)
    assert tally.rate("empty") == pytest.approx(0.5)
    assert tally.rate("with_all") == pytest.approx(0.5)
    assert tally.rate("without_absent") == pytest.approx(0.5)
    assert tally.rate("missing") is None


def test_write_section_keeps_the_other_section(tmp_path: Path) -> None:
    doc = tmp_path / "b.md"
    write_section(doc, "quality", "Q1")
    write_section(doc, "speed", "S1")
    write_section(doc, "quality", "Q2")
    text = doc.read_text()
    assert "Q2" in text and "S1" in text and "Q1" not in text
    assert text.count("<!-- quality:start -->") == 1


def test_synthetic_text_is_seeded_and_sized() -> None:
    from benchmarks import synth

    a = synth.text_of_size(50_000, seed=3)
    assert a == synth.text_of_size(50_000, seed=3)
    assert a != synth.text_of_size(50_000, seed=4)
    size = len(a.encode("utf-8"))
    assert 50_000 <= size < 52_000
    blocks = synth.text_of_paragraphs(100, seed=1).split("\n\n")
    assert len(blocks) == 100
    assert any("\u201d" in b and " said" in b for b in blocks)


def test_body_sets_have_both_dumpers_and_the_scorer_beside_rules_only(tmp_path: Path) -> None:
    from benchmarks.systems import DocContext, systems_for

    keys = [s.key for s in systems_for("readability-pages")]
    for rules_only in ("an", "an-dump", "an-dump-bs4"):
        assert rules_only in keys
        assert f"{rules_only}+scorer" in keys
    page = tmp_path / "p.html"
    page.write_text("<html><body><nav>Home</nav><p>First <b>bold</b> words.</p></body></html>", "utf-8")
    ctx = DocContext(Case(id="p", dataset="d", input_path=page, kind="html"))
    lines = [line for line in ctx.bs4_dump.splitlines() if line.strip()]
    assert lines == ["Home", "First ", "bold", " words."]  # get_text("\n"): one line per text node
