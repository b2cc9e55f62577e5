"""The one pass over the page: which elements it sorts into which list."""

from __future__ import annotations

from articlenorm.metadata.scan import scan_page
from articlenorm.segment.html import MARK, parse_html

PAGE = """<html><head><title>T</title>
<meta property="og:title" content="Og"><link rel="canonical" href="https://x.test/a">
<script type="application/ld+json">{"@type": "NewsArticle"}</script>
<script>var tracking = 1;</script><style>p {}</style></head>
<body><div id="main">
<h1 class="Entry-Title">Headline</h1>
<h2>One</h2><h2>Two</h2>
<span itemprop="headline">Marked headline</span>
<time datetime="2024-05-01">1 May</time>
<p class="ByLine">Jane Roe</p>
<span>By Jane Roe</span>
<a rel="author" href="/jane">Jane</a>
<div itemprop="author"><span>Jane</span></div>
<div data-testid="story-caption">A caption by class</div>
<figure><img src="a.jpg"><figcaption class="caption">The figcaption</figcaption></figure>
<div style="DISPLAY: none">menu</div><nav hidden>more menu</nav>
<p class="body">Plain text paragraph that marks nothing.</p>
</div></body></html>"""


def _texts(elements: list) -> list[str]:
    return [" ".join(el.text_content().split()) for el in elements]


def test_scan_sorts_elements_by_use() -> None:
    scan = scan_page(parse_html(PAGE))
    assert scan.title is not None and scan.title.text == "T"
    assert [m.get("property") for m in scan.metas] == ["og:title"]
    assert [link.get("rel") for link in scan.links] == ["canonical"]
    assert len(scan.scripts) == 1 and "NewsArticle" in scan.scripts[0].text
    assert sorted(el.tag for el in scan.junk) == ["script", "style"]
    assert _texts(scan.h1) == ["Headline"]
    assert _texts(scan.minor_headings) == ["One", "Two"]
    # a class word (any case) and itemprop=headline
    assert _texts(scan.marked_headlines) == ["Headline", "Marked headline"]
    assert [el.get("datetime") for el in scan.times] == ["2024-05-01"]
    # class word, labelled text, rel=author, itemprop=author: in page order
    assert _texts(scan.bylines) == ["Jane Roe", "By Jane Roe", "Jane", "Jane"]
    assert _texts(scan.captions) == ["A caption by class", "The figcaption"]
    assert _texts(scan.hidden) == ["menu", "more menu"]


def test_numbered_elements_point_back_to_their_place() -> None:
    scan = scan_page(parse_html(PAGE), MARK)
    numbered = [el for el in scan.elements if el.get(MARK) is not None]
    assert numbered and all(scan.elements[int(el.get(MARK))] is el for el in numbered)
    assert {el.tag for el in numbered} >= {"p", "div", "h1", "h2", "span", "figcaption"}
    assert not any(el.get(MARK) for el in scan.elements if el.tag in ("a", "time", "img", "meta"))


def test_only_the_first_minor_headings_count() -> None:
    page = "<html><body>" + "".join(f"<h3>H{i}</h3><p>text {i}</p>" for i in range(8)) + "</body></html>"
    scan = scan_page(parse_html(page))
    assert _texts(scan.minor_headings) == ["H0", "H1", "H2", "H3", "H4"]
