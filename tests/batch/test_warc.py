"""WARC input: articlenorm.batch.warc.read (and its public name articlenorm.warc.read).

Every test writes its own small WARC file with articlenorm.testing.warc (bytes by hand)."""

from __future__ import annotations

import gzip
import tracemalloc
from pathlib import Path

import pytest

import articlenorm
import articlenorm.warc
from articlenorm.batch import ErrorRecord, Item, normalize_many
from articlenorm.batch.warc import WarcStats, read
from articlenorm.testing.warc import chunked, http_response, members, warc_file, warc_record

pytest.importorskip("warcio")


def page(title: str, extra: str = "") -> bytes:
    words = " ".join(f"The harbour council met on Monday to discuss crossing number {i}." for i in range(12))
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | News | Sport</nav>"
        f"<article><h1>{title}</h1><p>By Jane Doe</p><p>{words}</p><p>{extra}{words}</p></article>"
        f"<footer>Copyright 2024 Example News</footer></body></html>"
    ).encode()


LATIN = (
    page("Caf\u00e9 reopens", "Der B\u00fcrgermeister sagte: gr\u00fc\u00dfe. ").decode().encode("latin-1")
)


def mixed_records() -> list:
    """Responses of every kind the reader must tell apart, in a known order."""
    return [
        warc_record("warcinfo", None, b"software: test\r\n", content_type="application/warc-fields"),
        warc_record(
            "request", "https://news.example/one", b"GET /one HTTP/1.1\r\nHost: news.example\r\n\r\n"
        ),
        warc_record("response", "https://news.example/one", http_response(page("Ferry timetable approved"))),
        warc_record(
            "response",
            "https://news.example/two",
            http_response(
                chunked(gzip.compress(page("Bridge closed for repairs")), 97),
                headers=[("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")],
            ),
        ),
        warc_record(
            "response",
            "https://news.example/cafe",
            http_response(LATIN, content_type="text/html; charset=ISO-8859-1"),
        ),
        warc_record(
            "metadata", "https://news.example/one", b"via: x\r\n", content_type="application/warc-fields"
        ),
        warc_record("revisit", "https://news.example/one", http_response(b"")),
        warc_record(
            "response",
            "https://news.example/logo.png",
            http_response(b"\x89PNG....", content_type="image/png"),
        ),
        warc_record(
            "response", "https://news.example/untyped", http_response(page("No type"), content_type=None)
        ),
        warc_record("response", "https://news.example/api", http_response(b'{"a": 1}', content_type=None)),
        warc_record("response", "https://news.example/empty", http_response(b"")),
    ]


@pytest.fixture(params=[False, True], ids=["plain", "gzip"])
def crawl(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, list]:
    records = mixed_records()
    path = tmp_path / ("crawl.warc.gz" if request.param else "crawl.warc")
    path.write_bytes(warc_file(records, gzip=request.param))
    return path, records


def test_one_item_per_html_response_and_the_rest_counted(crawl: tuple[Path, list]) -> None:
    path, records = crawl
    stats = WarcStats()
    items = list(read(path, stats=stats))
    assert [i.id for i in items] == [records[i].id for i in (2, 3, 4, 8, 10)]
    assert all(isinstance(i, Item) and i.format == "html" for i in items)
    one, two, cafe, untyped, empty = items
    assert isinstance(one, Item) and one.url == "https://news.example/one" and one.charset == "utf-8"
    assert isinstance(two, Item) and two.source == page("Bridge closed for repairs")  # chunked + gzip decoded
    assert isinstance(cafe, Item) and cafe.charset == "ISO-8859-1" and cafe.source == LATIN
    assert isinstance(untyped, Item) and untyped.charset is None  # sniffed as HTML
    assert isinstance(empty, Item) and empty.source == b""
    assert dict(stats.passed_over) == {
        "warcinfo": 1,
        "request": 1,
        "metadata": 1,
        "revisit": 1,
        "non-html": 2,
    }
    assert (
        stats.summary()
        == "6 WARC records passed over (1 metadata, 2 non-html, 1 request, 1 revisit, 1 warcinfo)"
    )


def test_the_article_equals_normalize_of_the_payload(crawl: tuple[Path, list]) -> None:
    path, _ = crawl
    items = [i for i in read(path) if isinstance(i, Item)]
    results = list(normalize_many(read(path), jobs=1, timeout=None))
    assert len(results) == len(items)
    for item, result in zip(items, results, strict=True):
        if isinstance(result, ErrorRecord):
            assert item.source == b"" and result.kind == "empty" and result.id == item.id
            continue
        expected = articlenorm.normalize(item.source, format="html", url=item.url, charset=item.charset)
        assert result.to_dict() == expected.to_dict()
        assert result.url == item.url
    cafe = results[2]
    assert (
        not isinstance(cafe, ErrorRecord)
        and cafe.headline == "Caf\u00e9 reopens"
        and cafe.encoding == "cp1252"
    )  # the WHATWG reading of latin-1


def _three_pages() -> list:
    return [
        warc_record(
            "response",
            f"https://news.example/{n}",
            http_response(page(f"Story {n}")),
            record_id=f"<urn:test:story-{n}>",  # fixed, so the damaged bytes are the same every run
        )
        for n in ("a", "b", "c", "d")
    ]


def test_a_corrupt_gzip_member_is_one_error_record_and_reading_goes_on(tmp_path: Path) -> None:
    records = _three_pages()
    parts = members(records)
    damaged = bytearray(parts[1])
    damaged[len(damaged) // 2 : len(damaged) // 2 + 16] = b"\xff" * 16
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(parts[0] + bytes(damaged) + parts[2] + parts[3])
    out = list(read(path))
    assert [type(e).__name__ for e in out] == ["Item", "ErrorRecord", "Item", "Item"]
    error = out[1]
    assert isinstance(error, ErrorRecord) and error.kind == "input"
    assert f"offset {len(parts[0])}" in error.message and "gzip" in error.message
    assert error.id == records[1].id  # named from what decompresses before the damage
    assert [e.id for e in out[2:]] == [records[2].id, records[3].id]


def test_a_member_cut_short_mid_file_and_a_truncated_end(tmp_path: Path) -> None:
    records = _three_pages()
    parts = members(records)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(parts[0] + parts[1][: len(parts[1]) // 2] + parts[2] + parts[3])
    out = list(read(cut))
    assert [e.id for e in out if isinstance(e, Item)] == [records[0].id, records[2].id, records[3].id]
    assert [e.id for e in out if isinstance(e, ErrorRecord)] == [records[1].id]

    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(parts[0] + parts[1] + parts[2][:-30])
    out = list(read(truncated))
    assert [e.id for e in out[:2]] == [records[0].id, records[1].id]
    assert len(out) == 3 and isinstance(out[2], ErrorRecord) and "truncated" in out[2].message
    assert out[2].id == records[2].id

    headless = tmp_path / "headless.warc.gz"  # nothing of the record survives: FILE@OFFSET
    headless.write_bytes(parts[0] + parts[1][:12])
    out = list(read(headless))
    assert isinstance(out[1], ErrorRecord) and out[1].id == f"{headless}@{len(parts[0])}"


def test_a_plain_warc_cut_inside_a_record_names_the_record(tmp_path: Path) -> None:
    records = _three_pages()
    data = warc_file(records[:2])
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: len(data) - 200])
    out = list(read(path))
    assert isinstance(out[0], Item)
    assert isinstance(out[1], ErrorRecord) and out[1].id == records[1].id and "ends inside" in out[1].message


def test_a_record_over_the_limit_is_too_large_and_skipped(tmp_path: Path) -> None:
    big = warc_record("response", "https://news.example/big", http_response(page("Big") * 50))
    small = warc_record("response", "https://news.example/small", http_response(page("Small")))
    path = tmp_path / "big.warc.gz"
    path.write_bytes(warc_file([big, small], gzip=True))
    out = list(read(path, max_record_bytes=20_000))
    assert isinstance(out[0], ErrorRecord) and out[0].kind == "too-large" and out[0].id == big.id
    assert isinstance(out[1], Item) and out[1].id == small.id


def _peak_while_reading(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in read(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


def test_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    body = page("Long") * 8  # about 14 KB a record
    records = [warc_record("response", f"https://news.example/{i}", http_response(body)) for i in range(800)]
    warm, large = tmp_path / "warm.warc.gz", tmp_path / "large.warc.gz"
    warm.write_bytes(warc_file(records[:5], gzip=True))
    large.write_bytes(warc_file(records, gzip=True))
    _peak_while_reading(warm)  # imports warcio: its module objects are not the reader's
    count, peak = _peak_while_reading(large)
    assert count == 800
    size = sum(len(r.data) for r in records)  # about 11 MB decompressed
    # The peak is a few records' worth (the one being parsed, buffers, garbage awaiting the
    # collector: about 260 KB here, the same for 400 or 1,500 records), not the file's.
    assert peak < size / 20, (peak, size)


def test_an_unreadable_file_is_one_error_record(tmp_path: Path) -> None:
    out = list(read(tmp_path / "missing.warc.gz"))
    assert len(out) == 1 and isinstance(out[0], ErrorRecord) and out[0].kind == "unreadable"


def test_the_public_module_is_the_reader() -> None:
    assert articlenorm.warc.read is read
    assert articlenorm.warc.WarcStats is WarcStats
