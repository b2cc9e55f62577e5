"""Real outputs validate against the documented JSON Schema (docs/schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import articlenorm
from articlenorm.output import error_record

jsonschema = pytest.importorskip("jsonschema")
ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
ARTICLES = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES[:6], ids=[p.name for p in ARTICLES[:6]])
def test_article_output_matches_schema(path: Path) -> None:
    data = json.loads(articlenorm.normalize(path, explain=True).to_json())
    jsonschema.validate(data, SCHEMA)
    assert set(data) <= set(SCHEMA["properties"]), "document every new key in docs/schema.json"


def test_error_record_matches_schema() -> None:
    record = error_record("x.png", articlenorm.BinaryInputError("x.png: input is a PNG image"))
    jsonschema.validate(record, SCHEMA["$defs"]["ErrorRecord"])
