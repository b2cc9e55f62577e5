"""Language and canonical URL declared by the page."""

from __future__ import annotations

from articlenorm.metadata import read_page_meta

from .conftest import scan_of, value_of


def test_html_lang_region_is_dropped() -> None:
    meta = read_page_meta(scan_of('<html lang="en-GB"><body><p>x</p></body></html>'), use_htmldate=False)
    assert (meta.language.value, str(meta.language.provenance)) == ("en", "html-lang")


def test_content_language_meta_when_no_html_lang() -> None:
    html = (
        '<html><head><meta http-equiv="content-language" content="de-AT"></head><body><p>x</p></body></html>'
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).language) == "de"


def test_no_declared_language() -> None:
    meta = read_page_meta(scan_of("<html><body><p>x</p></body></html>"), use_htmldate=False)
    assert meta.language is None


def test_relative_canonical_resolved_against_the_callers_url() -> None:
    html = '<html><head><link rel="canonical" href="/news/ferry"></head><body><p>x</p></body></html>'
    meta = read_page_meta(scan_of(html), "https://gazette.example/news/ferry?utm=x", use_htmldate=False)
    assert (meta.url.value, str(meta.url.provenance)) == (
        "https://gazette.example/news/ferry",
        "link:canonical",
    )


def test_bad_canonical_falls_back_to_og_url_then_caller() -> None:
    html = (
        '<html><head><link rel="canonical" href="javascript:void(0)">'
        '<meta property="og:url" content="https://gazette.example/a"></head><body><p>x</p></body></html>'
    )
    assert value_of(read_page_meta(scan_of(html), use_htmldate=False).url) == "https://gazette.example/a"
    bare = "<html><body><p>x</p></body></html>"
    meta = read_page_meta(scan_of(bare), "https://x.example/p", use_htmldate=False)
    assert (meta.url.value, str(meta.url.provenance)) == ("https://x.example/p", "caller")
