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


def test_stamp_with_the_publishers_offset_keeps_its_day_over_the_url() -> None:
    # Written with its own offset, the stamp is on the publisher's day; the
    # URL's day before it is the day the story was filed.
    html = _page('<meta property="article:published_time" content="2024-01-02T13:40:00-05:00">')
    meta = read_page_meta(
        scan_of(html), "https://news.example/2024/01/01/match-report/", today=TODAY, use_htmldate=False
    )
    assert meta.date is not None and meta.date.value == "2024-01-02T13:40"
    assert str(meta.date.provenance).startswith("meta:")


def test_zone_less_stamp_one_day_off_the_url_date_takes_the_url_date() -> None:
    html = _page('<meta property="article:published_time" content="2023-12-31 23:11:00">')
    meta = read_page_meta(
        scan_of(html), "https://blog.example/2024/01/01/new-year/", today=TODAY, use_htmldate=False
    )
    assert meta.date is not None and meta.date.value == "2024-01-01"


def test_url_with_an_id_gives_no_date() -> None:
    html = _page("")
    meta = read_page_meta(
        scan_of(html), "https://news.example/a/20230528123", today=TODAY, use_htmldate=False
    )
    assert meta.date is None


# -- issue 13: publication vs modification date -----------------------------------


def test_json_ld_graph_dates_published_and_modified_apart() -> None:
    html = _page(
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebPage", "datePublished": "2024-05-01"},'
        '{"@type": "BlogPosting", "datePublished": "2024-05-17", "dateModified": "2024-05-20"}]}</script>'
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-17", "json-ld:datePublished")
    assert (meta.modified.value, str(meta.modified.provenance)) == ("2024-05-20", "json-ld:dateModified")


def test_updated_only_page_has_a_modified_date_and_no_publication_date() -> None:
    html = _page('<meta property="article:modified_time" content="2024-05-20T10:00:00+02:00">')
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert meta.date is None
    assert (meta.modified.value, str(meta.modified.provenance)) == (
        "2024-05-20T10:00",
        "meta:article:modified_time",
    )


def test_time_after_an_updated_label_is_the_modified_date() -> None:
    html = _page(
        "",
        '<p>Published <time datetime="2024-05-15">May 15</time></p>'
        '<p><span>Updated:</span><time class="published" datetime="2024-05-21">May 21</time></p>',
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-15", "time+label")
    assert (meta.modified.value, str(meta.modified.provenance)) == ("2024-05-21", "time+updated-label")


def test_time_labelled_in_german() -> None:
    html = _page("", '<p>Aktualisiert am <time datetime="2024-05-21">21. Mai</time></p>')
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert meta.date is None
    assert meta.modified.value == "2024-05-21"


def test_unlabelled_time_is_neither() -> None:
    html = _page("", '<aside><time datetime="2024-05-21">May 21</time></aside>')
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert meta.date is None and meta.modified is None


def test_page_whose_only_date_is_in_the_url() -> None:
    meta = read_page_meta(
        scan_of(_page("")), "https://news.example/2024/05/17/ferry/", today=TODAY, use_htmldate=False
    )
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-17", "url")
    assert meta.modified is None


def test_modified_before_published_is_dropped() -> None:
    html = _page(
        '<meta property="article:published_time" content="2024-05-17">'
        '<meta property="article:modified_time" content="2024-05-01">'
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert meta.date.value == "2024-05-17" and meta.modified is None


def test_webpage_date_is_the_weakest_declared_date() -> None:
    html = _page(
        '<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2024-05-10"}</script>'
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-10", "json-ld:WebPage.datePublished")


def test_utc_stamp_in_the_publishers_own_time_zone() -> None:
    # Published 00:30 in Berlin: written in UTC it is the day before.  The
    # page writes its other stamp with +02:00, so the day is Berlin's.
    html = _page(
        '<meta property="article:published_time" content="2024-05-16T22:30:00Z">'
        '<meta property="article:modified_time" content="2024-05-17T09:00:00+02:00">'
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert meta.date.value == "2024-05-17T00:30"
    # A stamp written with its own offset keeps the day as written.
    html = _page('<meta property="article:published_time" content="2024-05-17T00:30:00+02:00">')
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date.value == "2024-05-17T00:30"
    # A UTC stamp with no offset anywhere else stays as written.
    html = _page('<meta property="article:published_time" content="2024-05-16T22:30:00Z">')
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date.value == "2024-05-16T22:30"


def test_no_date_before_the_web() -> None:
    html = _page('<meta property="article:published_time" content="1989-11-09">')
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date is None


def test_a_utc_stamp_alone_keeps_its_day_even_at_a_round_hour() -> None:
    # 23:00Z may be a Central European midnight or a real evening post: with
    # no offset on the page to tell, the day stays as written.
    html = _page('<meta property="article:published_time" content="2024-05-16T23:00:00Z">')
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date.value == "2024-05-16T23:00"


def test_date_line_right_after_the_headline() -> None:
    html = (
        '<html lang="de"><body><nav><a href="/">Start</a></nav><h1>Neue Fähre fährt wieder</h1>'
        '<p class="sub"><span>Hamburg, 2. Mai 2024</span></p><p>' + "Die Fähre fährt wieder. " * 20 + "</p>"
        "</body></html>"
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-02", "date-near-headline")


def test_date_line_above_the_headline() -> None:
    html = (
        '<html lang="en"><body><div class="topline"><span>May 2, 2024</span></div><h1>Ferry back</h1>'
        "<p>" + "The ferry is back. " * 20 + "</p></body></html>"
    )
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date.value == "2024-05-02"


def test_no_date_near_headline_from_the_body_an_update_stamp_or_a_sentence() -> None:
    body_date = (
        '<html lang="en"><body><h1>Ferry back</h1><p>' + "The ferry is back. " * 20 + "</p>"
        "<p>May 2, 2024</p></body></html>"
    )
    assert read_page_meta(scan_of(body_date), today=TODAY, use_htmldate=False).date is None
    stamp = '<html lang="en"><body><h1>Ferry back</h1><p>Updated May 2, 2024</p></body></html>'
    assert read_page_meta(scan_of(stamp), today=TODAY, use_htmldate=False).date is None
    sentence = (
        '<html lang="en"><body><h1>Ferry back</h1><p>The council voted on May 2, 2024 to bring back '
        "the ferry that ran from the harbour.</p></body></html>"
    )
    assert read_page_meta(scan_of(sentence), today=TODAY, use_htmldate=False).date is None


def test_date_line_under_the_headline_inside_the_article_container() -> None:
    # The article wrapper opening after the headline holds the body too: it
    # is a container, not the body, so the date line inside it is read.
    html = (
        '<html lang="de"><body><h1>Neue Fähre fährt wieder</h1><div class="article">'
        "<p>1. Mai 2024, Jana Roe</p><p>" + "Die Fähre fährt wieder. " * 20 + "</p></div></body></html>"
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-01", "date-near-headline")


def test_unmarked_time_under_the_headline_is_the_publication_date() -> None:
    html = (
        '<html lang="en"><body><h1>Ferry back</h1><div><time datetime="2024-05-02T09:00">May 2</time></div>'
        "<p>" + "The ferry is back. " * 20 + "</p></body></html>"
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-02T09:00", "date-near-headline")
    updated = html.replace("<time ", '<time class="updated" ')
    assert read_page_meta(scan_of(updated), today=TODAY, use_htmldate=False).date is None


def test_date_line_under_the_headline_that_shows_the_title_not_the_logo() -> None:
    # The first <h1> is the site's logo; the date sits under the story's own
    # headline, the heading that shows the page's title.
    filler = "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(30))
    html = (
        '<html lang="en"><head><title>Ferry back on the river | Harbour News</title></head><body>'
        f"<h1>Harbour News</h1><ul>{filler}</ul><h1>Ferry back on the river</h1><p>May 2, 2024</p>"
        "<p>" + "The ferry is back. " * 20 + "</p></body></html>"
    )
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date.value == "2024-05-02"
    # The long paragraph under the story's headline still ends the header:
    # a date further down is not read.
    late = html.replace("<p>May 2, 2024</p>", "").replace("</body>", "<p>May 2, 2024</p></body>")
    assert read_page_meta(scan_of(late), today=TODAY, use_htmldate=False).date is None


def _story(head: str, header: str, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head>{head}</head><body><h1>Ferry back</h1>{header}'
        "<p>" + "The ferry is back on the river. " * 20 + "</p></body></html>"
    )


def test_declared_dates_that_disagree_are_decided_by_the_date_the_page_shows() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2024-05-10T08:00:00+02:00"}</script>'
        '<meta property="article:published_time" content="2024-05-14T08:00:00+02:00">'
    )
    meta = read_page_meta(scan_of(_story(head, "<p>14.05.2024</p>")), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == (
        "2024-05-14T08:00",
        "meta:article:published_time=date-near-headline",
    )
    # Shown nowhere: the strongest declared source, as before.
    meta = read_page_meta(scan_of(_story(head, "")), today=TODAY, use_htmldate=False)
    assert str(meta.date.provenance) == "json-ld:datePublished"


def test_a_declared_date_the_page_shows_differently_is_kept() -> None:
    # One declared publication date and a different day printed under the
    # headline (a republished piece shows its new day): the declared one.
    head = '<meta property="article:published_time" content="2024-05-10T08:00:00+02:00">'
    meta = read_page_meta(scan_of(_story(head, "<p>May 20, 2024</p>")), today=TODAY, use_htmldate=False)
    assert meta.date.value == "2024-05-10T08:00"


def test_utc_stamp_and_the_same_moment_printed_in_local_time() -> None:
    # 02:41 UTC on the 4th is 22:41 on the 3rd in La Paz (UTC-4): the page
    # prints the publisher's clock.
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "Sat, 04 May 2024 02:41:00 GMT"}</script>'
    )
    meta = read_page_meta(
        scan_of(_story(head, "<p>3/5/2024 22:41</p>", "es")), today=TODAY, use_htmldate=False
    )
    assert (meta.date.value, str(meta.date.provenance)) == (
        "2024-05-03T22:41",
        "date-near-headline~json-ld:datePublished",
    )
    # A shown day without a time may be any zone's day: the stamp stays.
    meta = read_page_meta(scan_of(_story(head, "<p>3/5/2024</p>", "es")), today=TODAY, use_htmldate=False)
    assert meta.date.value == "2024-05-04"
    # Another minute is another moment (a different event), not a zone.
    meta = read_page_meta(
        scan_of(_story(head, "<p>3/5/2024 22:15</p>", "es")), today=TODAY, use_htmldate=False
    )
    assert meta.date.value == "2024-05-04"


def test_rfc_2822_offset_puts_a_utc_stamp_on_the_publishers_day() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-18T22:04:00Z"}'
        '</script><meta name="date" content="Sun, 19 May 2024 00:04:00 +0200">'
    )
    assert (
        read_page_meta(scan_of(_story(head, "")), today=TODAY, use_htmldate=False).date.value
        == "2024-05-19T00:04"
    )


def test_generic_date_meta_gives_way_to_the_shown_date() -> None:
    # "date"/"dc.date"/"dcterms.date" do not say which date they hold.
    head = '<meta name="dcterms.date" content="2024-05-21T11:02">'
    meta = read_page_meta(
        scan_of(_story(head, "<p>Hamburg, 14.05.2024</p>", "de")), today=TODAY, use_htmldate=False
    )
    assert (meta.date.value, str(meta.date.provenance)) == (
        "2024-05-14",
        "date-near-headline~meta:dcterms.date",
    )
    meta = read_page_meta(scan_of(_story(head, "", "de")), today=TODAY, use_htmldate=False)
    assert meta.date.value == "2024-05-21T11:02"


def test_date_printed_with_the_byline() -> None:
    header = (
        '<div class="meta"><span class="author">von Jana Roe</span> am 14.05.2024 Tipp drucken Teilen</div>'
    )
    meta = read_page_meta(scan_of(_story("", header, "de")), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-14", "date-by-byline")


def test_commenters_bylines_far_below_the_headline_give_no_date() -> None:
    comments = "".join(
        f'<li><header><span class="author">Reader {i}</span> May {i + 1}, 2024 at 9:00 pm Reply</header>'
        f"<p>Comment {i}.</p></li>"
        for i in range(40)
    )
    html = _story("", "").replace("</body>", f"<ol>{comments}</ol></body>")
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date is None


def test_labelled_publication_line_anywhere_on_the_page() -> None:
    html = _story("", "", "de").replace(
        "</body>", "<p>Veröffentlicht am 16.05.2024 Dauer: 1 Stunde 4 Minuten Lizenz: CC-BY 4.0</p></body>"
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert (meta.date.value, str(meta.date.provenance)) == ("2024-05-16", "date-line+label")
    # A bare "Datum:" or an update label says nothing about the publication.
    for label in ("Datum:", "Aktualisiert am"):
        other = _story("", "", "de").replace(
            "</body>", f"<p>{label} 16.05.2024 Dauer: 1 Stunde 4 Minuten Lizenz: CC-BY 4.0</p></body>"
        )
        assert read_page_meta(scan_of(other), today=TODAY, use_htmldate=False).date is None
    # "Stand:" marks the last update of a page kept current.
    stand = _story("", "", "de").replace("</body>", "<p>Stand: 16.05.2024 Dauer: 1 Stunde</p></body>")
    assert read_page_meta(scan_of(stand), today=TODAY, use_htmldate=False).date is None


def test_labelled_line_split_over_elements_and_in_a_child() -> None:
    # The label in one element, the date in another, on one line; the year
    # in a child's tail.
    for line in (
        "<div><span>Published:</span> <b>May 16,</b> 2024</div>",
        "<div><span>Veröffentlicht am</span><span>16.05.2024</span></div>",
    ):
        html = _story("", "").replace("</body>", f"{line}</body>")
        meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
        assert meta.date is not None and meta.date.value == "2024-05-16"
    # A year in a sentence with a label word is no labelled date line.
    html = _story("", "").replace(
        "</body>", "<p>The report first published in May 2024 says the ferry runs late.</p></body>"
    )
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date is None


_COMMENT_TIME = '<time pubdate datetime="2024-05-20T09:00:00+02:00">20. Mai 2024</time>'


@pytest.mark.parametrize(
    "comments",
    [
        f'<div id="comments" class="comments-area"><ol><li>{_COMMENT_TIME} Toller Artikel!</li></ol></div>',
        f'<ol class="comment-list"><li><article>{_COMMENT_TIME}<p>Danke.</p></article></li></ol>',
        f'<section class="commentList"><div>{_COMMENT_TIME}</div></section>',
        f"<h2>3 Kommentare</h2><div><p>Anna schreibt:</p>{_COMMENT_TIME}<p>Danke.</p></div>",
        f"<h3>12 Responses to “Ferry back”</h3><ul><li>{_COMMENT_TIME}</li></ul>",
        f"<h2>Comments (2)</h2><div>{_COMMENT_TIME}</div>",
    ],
)
def test_a_comments_time_is_not_the_publication_date(comments: str) -> None:
    html = _story("", "", "de").replace("</body>", f"{comments}</body>")
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert meta.date is None and meta.modified is None


@pytest.mark.parametrize(
    "header",
    [
        # A link to the comments beside the article's own date.
        '<div class="entry-meta"><span class="comments-link"><a href="#c">2 Kommentare</a></span>'
        f"{_COMMENT_TIME}</div>",
        f'<div class="social-comments">{_COMMENT_TIME}</div>',
        # A "comments" class on <body> (WordPress "comments-open") says nothing.
        _COMMENT_TIME,
    ],
)
def test_the_articles_time_beside_a_comments_link_counts(header: str) -> None:
    html = _story("", header, "de").replace("<body>", '<body class="single comments-open">')
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert meta.date is not None and meta.date.value == "2024-05-20T09:00"


def test_a_comments_heading_above_the_headline_hides_nothing() -> None:
    # A sidebar of recent comments before the story does not open its comments.
    html = (
        _story("", "", "de")
        .replace("<body>", "<body><h3>Kommentare</h3><ul><li>Anna zu Fähre</li></ul>")
        .replace("<h1>Ferry back</h1>", f"<h1>Ferry back</h1>{_COMMENT_TIME}")
    )
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert meta.date is not None and meta.date.value == "2024-05-20T09:00"


def test_date_line_after_image_and_ad_wrappers_under_the_headline() -> None:
    # Empty wrappers, images and ad scripts between the headline and the
    # date line are not lines of the header.
    wrappers = "<div><div><img src='a.jpg'><noscript><img src='a.jpg'></noscript></div></div>" * 6
    ads = "<div class='slot'><script>show('ad')</script></div>" * 4
    html = _story("", f"{wrappers}{ads}<div><div>20.12.2022</div></div>", "de")
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert meta.date is not None and meta.date.value == "2022-12-20"
    # Twenty-five lines of text under the headline end the header.
    lines = "".join(f"<div>Zeile {i} der Seite</div>" for i in range(26))
    html = _story("", f"{lines}<div>20.12.2022</div>", "de")
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date is None


def test_a_menu_entry_with_a_date_under_the_headline_is_no_date_line() -> None:
    menu = "<ul>" + "".join(f"<li><a href='/{i}'>Thema {i}</a></li>" for i in range(3))
    menu += "<li><a href='/m'>12M – 12. Mai 2012</a></li></ul>"
    html = _story("", menu, "de")
    assert read_page_meta(scan_of(html), today=TODAY, use_htmldate=False).date is None
    # The same date as a list item of its own text is a date line.
    html = _story("", "<ul><li>Berlin, 12. Mai 2012</li></ul>", "de")
    meta = read_page_meta(scan_of(html), today=TODAY, use_htmldate=False)
    assert meta.date is not None and meta.date.value == "2012-05-12"
