"""The HTML report: self-contained, counts equal to the article's removals,
and it renders in headless Chromium (skipped when Chromium is not installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

import articlenorm
from articlenorm.cli import main as cli_main
from articlenorm.report import report_html

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
CASES = ["scraper-casino-ferry.txt", "tricky-valley-flood-fund.txt", "html-news-tram-strike.html"]
#: Chromium flags: no GPU, no first-run UI, no background network of its own.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Containers give /dev/shm a few MB: Chromium then stalls writing shared memory.
    "--disable-dev-shm-usage",
]
CHROMIUM_TIMEOUT = 30  # seconds: a cold start of headless Chromium takes 1-3 s here
#: Headless Chromium now and then never finishes starting (seen once in this
#: session's fresh-clone CI runs: a 20 s hang on --dump-dom of a page it renders
#: in 1-3 s otherwise): a call that times out is tried once more
#: with a fresh profile before the test fails.
CHROMIUM_ATTEMPTS = 2


class _Scan(HTMLParser):
    """Collects what the page would load or run, and the report's counters."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.external: list[str] = []
        self.removed_spans = 0
        self.count_text: str | None = None
        self._in_count = False
        self.text_chars = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "iframe", "object", "embed"):
            self.scripts += 1
        if tag == "link" or (tag == "style" and a.get("src")):
            self.external.append(f"<{tag}>")
        for key in ("src", "href", "srcset", "poster", "data"):
            value = a.get(key)
            if value and not value.startswith(("#", "data:")):
                self.external.append(f"{tag}[{key}]={value}")
        if tag == "del" and "rm" in (a.get("class") or "").split():
            self.removed_spans += 1
        if a.get("id") == "removed-count":
            self._in_count = True

    def handle_endtag(self, tag: str) -> None:
        self._in_count = False

    def handle_data(self, data: str) -> None:
        self.text_chars += len(data.strip())
        if self._in_count:
            self.count_text = (self.count_text or "") + data


def _scan(page: str) -> _Scan:
    scan = _Scan()
    scan.feed(page)
    return scan


def _article(name: str) -> articlenorm.Article:
    return articlenorm.normalize(ARTICLES / name, explain=True)


@pytest.mark.parametrize("name", CASES)
def test_page_is_self_contained_and_counts_removals(name: str) -> None:
    page = report_html(ARTICLES / name)
    scan = _scan(page)
    article = _article(name)
    assert scan.scripts == 0 and scan.external == []
    assert not re.search(r"@import|url\(", page), "the stylesheet must not fetch anything"
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert scan.removed_spans == len(article.removed)
    assert scan.count_text is not None and int(scan.count_text) == len(article.removed)


def test_hover_names_rule_and_reason_and_fields_are_shown() -> None:
    article = _article("scraper-casino-ferry.txt")
    page = report_html(ARTICLES / "scraper-casino-ferry.txt")
    for r in article.removed:
        assert f'data-rule="{r.rule}"' in page
        assert r.reason.replace("'", "&#x27;").replace('"', "&quot;") in page
    if article.headline:
        assert article.headline.replace("'", "&#x27;") in page


def test_cli_writes_the_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    src = ARTICLES / "scraper-casino-ferry.txt"
    code = cli_main([str(src), "--format", "report", "-o", str(out)])
    assert code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_report_takes_one_input() -> None:
    with pytest.raises(SystemExit) as exc:
        cli_main([str(ARTICLES / CASES[0]), str(ARTICLES / CASES[1]), "--format", "report"])
    assert exc.value.code == 2


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _browser(args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with ``args`` (see CHROMIUM_ATTEMPTS)."""
    for _ in range(CHROMIUM_ATTEMPTS - 1):
        try:
            return _browser_once(args)
        except subprocess.TimeoutExpired:
            pass  # a hung start: once more, with a fresh profile
    return _browser_once(args)


def _browser_once(args: list[str]) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        browser = [_chromium() or "chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
        return subprocess.run(
            [*browser, *args], capture_output=True, text=True, timeout=CHROMIUM_TIMEOUT, check=True
        )


@pytest.mark.skipif(
    _chromium() is None,
    reason="headless Chromium is not installed (Debian: apt-get install -y chromium)",
)
def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    name = "scraper-casino-ferry.txt"
    out = tmp_path / "report.html"
    subprocess.run(
        [sys.executable, "-m", "articlenorm", str(ARTICLES / name), "--format", "report", "-o", str(out)],
        check=True,
        timeout=CHROMIUM_TIMEOUT,
    )
    dom = _browser(["--dump-dom", out.as_uri()]).stdout
    shot = tmp_path / "report.png"
    _browser(["--window-size=1280,900", f"--screenshot={shot}", out.as_uri()])
    scan = _scan(dom)
    article = _article(name)
    assert "<main>" in dom and scan.text_chars > 500, "the page did not render its content"
    assert scan.scripts == 0 and scan.external == []
    assert scan.removed_spans == len(article.removed) > 0
    assert scan.count_text is not None and int(scan.count_text) == len(article.removed)
    assert shot.stat().st_size > 10_000, "the screenshot is blank"


def test_fields_panel_shows_where_each_value_came_from() -> None:
    from articlenorm.report import _fields_panel

    html = (
        '<html><head><meta property="og:title" content="Ferry back | Gazette">'
        '<meta property="article:published_time" content="2024-05-17">'
        '<meta property="article:modified_time" content="2024-05-19"></head><body><h1>Ferry back</h1>'
        "<p>The ferry service resumed on Monday after the storm, officials said on the island.</p>"
        "</body></html>"
    )
    panel = _fields_panel(articlenorm.normalize(html, format="html"))
    assert "<dt>modified</dt><dd>2024-05-19 <span" in panel
    assert "from meta:article:modified_time" in panel
    assert "from meta:article:published_time" in panel
    assert "<dt>title</dt><dd>Ferry back | Gazette" in panel
