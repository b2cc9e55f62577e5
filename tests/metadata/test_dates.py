"""Publication dates: declared sources in order, never a modified date, never
a future date, never an ID read from a URL."""

from __future__ import annotations

import datetime as dt

import pytest

from articlenorm.metadata import read_page_meta
from articlenorm.metadata.dates import parse_date_value, url_date

from .conftest import scan_of

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("2024-05-17T08:30:00+01:00", "2024-05-17T08:30"),
        ("2024-05-17T00:00:00Z", "2024-05-17"),
        ("2024-05-17", "2024-05-17"),
        ("20240517", "2024-05-17"),
        ("17.05.2024", "2024-05-17"),
        ("Fri, 17 May 2024 08:30:00 GMT", "2024-05-17"),
        ("2024-06-03", None),  # future
        ("1850-01-01", None),
        ("2024-02-30", None),
        ("20240517123456", None),  # an ID, not a date
        ("yesterday", None),
    ],
)
def test_parse_date_value(value: str, want: str | None) -> None:
    assert parse_date_value(value, TODAY) == want


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://news.example/2023/05/28/ferry-changes/", "2023-05-28"),
        ("https://news.example/story-2023-05-28-ferry", "2023-05-28"),
        ("https://news.example/article/20230528123/ferry", None),
        ("https://news.example/2023/13/40/x", None),
        ("https://news.example/2025/01/01/future", None),
        (None, None),
    ],
)
def test_url_date(url: str | None, want: str | None) -> None:
    assert url_date(url, TODAY) == want


def _page(head: str, body: str = "<p>Story text.</p>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_json_ld_before_meta_and_modified_never_used() -> None:
    html = _page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2024-05-20",'
        ' "datePublished": "2024-05-17T08:30:00+01:00"}</script>'
        '<meta property="article:published_time" content="2024-05-16">'
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-17T08:30", "json-ld:datePublished")


def test_meta_published_time() -> None:
    html = _page(
        '<meta property="article:modified_time" content="2024-05-20">'
        '<meta property="article:published_time" content="2024-05-16T10:00:00Z">'
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-16T10:00", "meta:article:published_time")


def test_time_element_marked_published() -> None:
    html = _page(
        "", '<time datetime="2024-05-20">Updated</time><time class="published" datetime="2024-05-15">x</time>'
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-15", "time.published")


def test_future_declared_date_is_rejected() -> None:
    html = _page('<meta property="article:published_time" content="2030-01-01">')
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date is None


def test_utc_stamp_one_day_off_the_url_date_takes_the_url_date() -> None:
    html = _page('<meta property="article:published_time" content="2023-12-31T23:11:00+00:00">')
    meta = read_page_meta(
        scan_of(html), "https://blog.example/2024/01/01/new-year/", today=TODAY, use_htmldate=False
    )
    assert meta.date.value == "2024-01-01"
    assert str(meta.date.provenance).startswith("url")


def test_url_with_an_id_gives_no_date() -> None:
    html = _page("")
    meta = read_page_meta(
        scan_of(html), "https://news.example/a/20230528123", today=TODAY, use_htmldate=False
    )
    assert meta.date is None
