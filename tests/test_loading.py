"""Bytes, paths and strings in; typed errors for everything that is not text."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

import articlenorm
from articlenorm import (
    BinaryInputError,
    Config,
    ConfigError,
    EmptyInputError,
    InputTooLargeError,
    UnreadableInputError,
    load,
    normalize,
)
from articlenorm.loading import decode_bytes, looks_like_html

TEXT = (
    "Café owners in Zürich protest new rules\n\n"
    "The owners of more than 40 cafés said on Monday that the rules would cost them dearly.\n"
)
CFG = Config(include_quotes=False, detect_language=False)


def test_str_is_text_never_a_path(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("secret", encoding="utf-8")
    article = normalize(str(tmp_path / "story.txt"), config=CFG)
    assert "secret" not in article.body


def test_path_is_read(tmp_path: Path) -> None:
    p = tmp_path / "story.txt"
    p.write_text(TEXT, encoding="utf-8")
    assert normalize(p, config=CFG).headline == "Café owners in Zürich protest new rules"


@pytest.mark.parametrize(
    "data,enc",
    [
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-8"), "utf-8"),
    ],
)
def test_decodes_boms_and_utf16_without_bom(data: bytes, enc: str) -> None:
    text, used = decode_bytes(data, CFG)
    assert used == enc
    assert text.strip() == TEXT.strip()


def test_latin1_and_cp1252_detected() -> None:
    data = (TEXT + "Prices rose 5 € and the “café” sector – says the guild.\n").encode("cp1252")
    text, _ = decode_bytes(data, CFG)
    assert "Zürich" in text and "€" in text and "“café”" in text


def test_caller_charset_wins_over_detection() -> None:
    data = "Ça coûte très cher à Genève.".encode("latin-1")
    text, used = decode_bytes(data, CFG, charset="latin-1")
    assert text == "Ça coûte très cher à Genève." and used == "cp1252"


def test_meta_charset_used_when_not_utf8() -> None:
    page = '<html><head><meta charset="shift_jis"></head><body><p>東京の天気は晴れです。</p></body></html>'
    text, used = decode_bytes(page.encode("shift_jis"), CFG)
    assert "東京の天気は晴れです。" in text and used == "shift_jis"


def test_gzip_input_is_decompressed_with_a_cap() -> None:
    assert decode_bytes(gzip.compress(TEXT.encode()), CFG)[0] == TEXT
    bomb = gzip.compress(b"a" * 5_000_000)
    with pytest.raises(InputTooLargeError, match="gzip input expands"):
        decode_bytes(bomb, Config(max_input_bytes=1_000_000))


@pytest.mark.parametrize("data", [b"", b"   \n\t  \n", b""])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        normalize(data, config=CFG)


def test_whitespace_str_is_empty() -> None:
    with pytest.raises(EmptyInputError):
        normalize("  \n\n ", config=CFG)


def test_png_is_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    with pytest.raises(BinaryInputError, match="PNG image"):
        normalize(png, config=CFG)


def test_random_binary_is_binary() -> None:
    blob = bytes((i * 37) % 256 for i in range(4000))
    with pytest.raises(BinaryInputError, match="binary"):
        normalize(blob, config=CFG)


def test_unreadable_path(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError, match="cannot read"):
        normalize(tmp_path / "missing.txt", config=CFG)
    with pytest.raises(UnreadableInputError, match="directory"):
        normalize(tmp_path, config=CFG)


def test_too_large_bytes_path_and_str(tmp_path: Path) -> None:
    cfg = Config(max_input_bytes=1000, include_quotes=False)
    with pytest.raises(InputTooLargeError, match="max_input_bytes"):
        normalize(b"x" * 2000, config=cfg)
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 1000)
    with pytest.raises(InputTooLargeError):
        normalize(p, config=cfg)
    with pytest.raises(InputTooLargeError):
        normalize("é" * 1000, config=cfg)


def test_wrong_type_is_a_config_error_naming_what_is_accepted() -> None:
    for wrong in (42, ["<p>x</p>"], object()):
        with pytest.raises(ConfigError, match=r"str .*bytes.* a path .*bs4\.BeautifulSoup.*lxml element"):
            normalize(wrong, config=CFG)  # type: ignore[arg-type]
        with pytest.raises(ConfigError, match="not a builtins.int|not a builtins.list|not a builtins.object"):
            load(wrong)  # type: ignore[arg-type]


#: Real article layouts; the soup/tree of each must give the article its bytes give.
PAGES = sorted((Path(__file__).resolve().parent.parent / "fixtures").rglob("*.html"))


@pytest.mark.parametrize("page", PAGES[:4], ids=lambda p: p.name)
def test_a_scrapers_soup_gives_the_article_of_the_bytes(page: Path) -> None:
    import bs4

    raw = page.read_bytes()
    expected = normalize(raw, config=CFG).to_dict()
    for builder in ("lxml", "html.parser"):
        soup = bs4.BeautifulSoup(raw, builder)
        assert normalize(soup, config=CFG).to_dict() == expected, builder
    # A soup made from a str knows no bytes' encoding: everything else is the same.
    from_text = normalize(bs4.BeautifulSoup(raw.decode("utf-8"), "lxml"), config=CFG).to_dict()
    assert from_text == {**expected, "encoding": None}
    assert load(soup, config=CFG).blocks == load(raw, config=CFG).blocks


@pytest.mark.parametrize("page", PAGES[:4], ids=lambda p: p.name)
def test_an_lxml_tree_or_element_gives_the_article_of_the_bytes(page: Path) -> None:
    import lxml.etree
    import lxml.html

    raw = page.read_bytes()
    # lxml records no codec it decoded with (docinfo repeats the declaration): encoding is None.
    expected = {**normalize(raw, config=CFG).to_dict(), "encoding": None}
    tree = lxml.html.parse(str(page))
    for obj in (tree, tree.getroot(), lxml.html.document_fromstring(raw), lxml.etree.HTML(raw)):
        assert normalize(obj, config=CFG).to_dict() == expected, type(obj)
    assert load(tree, config=CFG).kind == "html"


def test_a_tag_is_read_as_the_html_it_holds() -> None:
    import bs4

    page = (
        "<html><head><title>Ferry delayed by storm</title></head><body><nav>Home | News</nav>"
        "<article><h1>Ferry delayed by storm</h1><p>"
        + "The morning ferry reached the island four hours late on Monday, the operator said. " * 3
        + "</p></article></body></html>"
    )
    soup = bs4.BeautifulSoup(page, "html.parser")
    article = normalize(soup.article, config=CFG)  # a Tag, not the whole soup
    assert article.headline == "Ferry delayed by storm"
    assert article.paragraphs[0].startswith("The morning ferry")
    assert "Home" not in article.body


def test_all_input_errors_share_a_base() -> None:
    for err in (BinaryInputError, EmptyInputError, InputTooLargeError, UnreadableInputError):
        assert issubclass(err, articlenorm.InputError)
        assert issubclass(err, articlenorm.ArticlenormError)


def test_nul_bytes_in_text_are_repaired_not_fatal() -> None:
    data = b"A headline about the harbour\n\nThe harbour\x00 reopened on Monday after repairs."
    article = normalize(data, config=CFG)
    assert "\x00" not in article.body
    assert "reopened on Monday" in article.body


def test_html_sniffing() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert looks_like_html(b"<html lang='en'><head><title>t</title></head></html>")
    assert not looks_like_html("A story about <b> tags in HTML and x < y comparisons.")


# -- load(): the one front end -------------------------------------------------

_TEXT = (
    "Ferry timetable changes approved\n\nBy Jane Roe\n\n"
    "The council approved the new ferry timetable on Tuesday after a long debate.\n"
)
_HTML = (
    b"<html lang='en'><head><title>Ferry timetable changes approved</title>"
    b"<meta charset='utf-8'></head><body><article><h1>Ferry timetable changes approved</h1>"
    b"<p>The council approved the new ferry timetable on Tuesday after a long debate about fares.</p>"
    b"<p>Passengers will see the first changes next month, officials said in a statement.</p>"
    b"</article></body></html>"
)


def test_load_text_gives_the_blocks_normalize_judges() -> None:
    loaded = articlenorm.load(_TEXT.encode("utf-8"))
    assert loaded.kind == "text" and loaded.meta is None and loaded.encoding == "utf-8"
    assert loaded.origin == "<bytes>"
    assert [b.text for b in loaded.blocks][0] == "Ferry timetable changes approved"
    # Offsets of text blocks point into Loaded.text.
    for block in loaded.blocks:
        assert block.start is not None and block.end is not None
        assert loaded.text[block.start : block.end] == block.text


def test_normalize_of_a_loaded_input_equals_normalize_of_the_input() -> None:
    for data, url in ((_TEXT, None), (_HTML, "https://news.example/ferry")):
        direct = articlenorm.normalize(data, url=url, explain=True)
        loaded = articlenorm.load(data, url=url, explain=True)
        assert articlenorm.normalize(loaded, explain=True) == direct
        assert direct.url == url


def test_load_html_reads_the_page_once_with_its_metadata() -> None:
    loaded = articlenorm.load(_HTML, format="html")
    assert loaded.kind == "html" and loaded.meta is not None
    assert loaded.meta.language is not None and loaded.meta.language.value == "en"
    assert str(loaded.meta.language.provenance) == "html-lang"
    assert any(articlenorm.Role.HEADLINE in b.roles for b in loaded.blocks)


def test_load_rejects_a_bad_format_and_empty_input() -> None:
    with pytest.raises(articlenorm.ConfigError, match="format must be one of"):
        articlenorm.load("text", format="pdf")
    with pytest.raises(EmptyInputError):
        articlenorm.load("   \n ")


def test_load_replays_recorded_repairs_instead_of_running_ftfy() -> None:
    damaged = "The cafÃ© reopened on Tuesday after a long renovation of its kitchen and rooms.\n"
    article = articlenorm.normalize(damaged, format="text", explain=True)
    assert article.edits and "café" in article.body
    replayed = articlenorm.load(damaged, format="text", repairs=article.edits)
    assert "café" in replayed.text and replayed.fixes == ()
    untouched = articlenorm.load(damaged, format="text", repairs=())
    assert "cafÃ©" in untouched.text
