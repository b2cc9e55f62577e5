"""HTML bytes in other encodings decode correctly: BOM, the caller's HTTP
charset, ``<meta charset>``, then detection over the whole document."""

from __future__ import annotations

import codecs

import pytest

import articlenorm

CFG = articlenorm.Config(include_quotes=False)

LATIN = [
    "Les élèves du lycée Émile-Zola ont planté douze arbres fruitiers près du préau, où l'été dernier "
    "la température a dépassé quarante degrés à l'ombre.",
    "Le directeur a expliqué que les pommiers et les poiriers donneraient de l'ombre aux élèves "
    "dès la troisième année, et des fruits pour la cantine.",
    "La mairie a payé les arbres ; les parents d'élèves ont fourni les outils et le goûter.",
]
JAPANESE = [
    "市立図書館は来月から火曜日と木曜日の開館時間を午後八時まで延長すると発表した。",
    "仕事帰りの利用者から、閉館時間が早すぎるという意見が多く寄せられていたという。",
    "延長に必要な費用は、利用者の少ない月曜日の午前中を休館にすることで賄う。",
    "図書館の担当者は、半年後に利用状況を調べて、続けるかどうかを決めると話した。",
]


def _page(paragraphs: list[str], head: str = "", lang: str = "fr") -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{head}<title>Page</title></head>'
        f"<body><article>{body}</article></body></html>"
    )


def _body(data: bytes, **kwargs: object) -> articlenorm.Article:
    return articlenorm.normalize(data, format="html", config=CFG, **kwargs)  # type: ignore[arg-type]


def test_latin1_declared_in_meta() -> None:
    data = _page(LATIN, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').encode(
        "latin-1"
    )
    article = _body(data)
    assert "Les élèves du lycée Émile-Zola" in article.body
    assert article.encoding == "cp1252"  # browsers read ISO-8859-1 labels as windows-1252


def test_cp1252_curly_quotes_and_euro() -> None:
    text = [*LATIN, "« C’est un projet à 2 000 € », a précisé l’adjoint au maire, “très content”."]
    data = _page(text, '<meta charset="windows-1252">').encode("cp1252")
    article = _body(data)
    assert "C’est un projet à 2 000 €" in article.body
    assert "“très content”" in article.body


def test_shift_jis_declared_in_meta() -> None:
    data = _page(JAPANESE, '<meta charset="shift_jis">', lang="ja").encode("shift_jis")
    article = _body(data)
    assert "市立図書館は来月から" in article.body
    assert article.encoding.replace("-", "_") == "shift_jis"


def test_shift_jis_detected_without_any_declaration() -> None:
    data = _page(JAPANESE * 3, lang="ja").encode("shift_jis")
    assert "市立図書館は来月から" in _body(data).body


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    data = bom + _page(LATIN).encode(codec)
    article = _body(data)
    assert "Émile-Zola" in article.body
    assert article.encoding == codec


def test_utf16_without_bom() -> None:
    data = _page(LATIN).encode("utf-16-le")
    assert "Émile-Zola" in _body(data).body


def test_utf8_bom_wins_over_a_wrong_meta() -> None:
    data = codecs.BOM_UTF8 + _page(LATIN, '<meta charset="iso-8859-1">').encode("utf-8")
    article = _body(data)
    assert "Émile-Zola" in article.body
    assert article.encoding == "utf-8"


def test_http_charset_from_the_caller_wins_over_meta() -> None:
    # The page claims UTF-8 but the server said (correctly) Latin-1.
    data = _page(LATIN, '<meta charset="utf-8">').encode("latin-1")
    article = _body(data, charset="iso-8859-1")
    assert "Émile-Zola" in article.body
