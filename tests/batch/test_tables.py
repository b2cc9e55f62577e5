"""Parquet tables: -o out.parquet (a directory of part files), *.parquet inputs, --resume."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from articlenorm.batch import ErrorRecord, Item
from articlenorm.batch.tables import ParquetOutput, arrow_schema, parquet_done_ids, read_table
from articlenorm.cli import main

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ROOT = Path(__file__).resolve().parents[2]
FAST = ["--jobs", "1", "--timeout", "0"]
STORY = (
    "Harbour Council Approves New Ferry Timetable {n}\n\nBy Jane Doe\n\n"
    "The harbour council approved a new ferry timetable on Monday, adding {n} crossings a day.\n\n"
    "\u201cWe listened to the islanders,\u201d said the mayor, Anna Berg, at the meeting.\n"
)
PAGE = (
    "<html><head><title>Bridge closed</title><meta property='og:title' content='Bridge closed'></head>"
    "<body><article><h1>Bridge closed</h1><p>The old bridge closed on Tuesday for six weeks of "
    "repairs, the council said, and ferries will run every hour instead.</p>"
    "<figure><img src='b.jpg'><figcaption>The bridge. Photo: Ann Lee</figcaption></figure>"
    "</article></body></html>"
)


def _row_as_record(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row back in the JSON Lines record's shape."""
    if row["error"] is not None:
        return {"input": row["input"], "error": row["error"]}
    record = {k: v for k, v in row.items() if k != "error"}
    if record["provenance"] is not None:
        record["provenance"] = dict(record["provenance"])  # a map reads back as (key, value) pairs
    return record


def _records_file(tmp_path: Path, n: int = 4) -> Path:
    lines = [json.dumps({"id": f"s{i}", "text": STORY.format(n=i)}) for i in range(n)]
    lines.append(json.dumps({"id": "page", "html": PAGE, "url": "https://news.example/bridge"}))
    lines.append(json.dumps({"id": "blank", "text": "   "}))  # an empty error record
    path = tmp_path / "recs.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_schema_has_the_output_schemas_columns() -> None:
    schema = json.loads((ROOT / "docs" / "schema.json").read_text("utf-8"))
    assert arrow_schema().names == [*schema["properties"], "error"]
    error = schema["$defs"]["ErrorRecord"]["properties"]["error"]["properties"]
    assert [f.name for f in arrow_schema().field("error").type] == list(error)


def test_parquet_output_round_trips_the_jsonl_records(tmp_path: Path) -> None:
    recs = _records_file(tmp_path)
    assert main([str(recs), "-o", str(tmp_path / "out.jsonl"), "--explain", *FAST]) == 1
    assert main([str(recs), "-o", str(tmp_path / "out.parquet"), "--explain", *FAST]) == 1
    expected = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.equals(arrow_schema())
    got = [_row_as_record(row) for row in table.to_pylist()]
    assert got == expected
    page = next(r for r in got if r["input"] == "page")
    assert page["captions"] == [{"text": "The bridge.", "credit": "Ann Lee"}]  # a list of structs
    assert next(r for r in got if r["input"] == "blank")["error"]["kind"] == "empty"


def test_parts_are_whole_row_groups_and_a_crash_loses_only_the_open_one(tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    writer = ParquetOutput(str(out), resume=False, rows_per_part=2)
    for i in range(5):
        writer.add(ErrorRecord(f"id{i}", "empty", "EmptyInputError", "no text").to_dict())
    # No close(): the process "crashed" with id4 in the open group.  A temporary file left by a
    # crash mid-write is not a part.
    (out / ".part-00002.parquet.tmp").write_bytes(b"PAR1 half a file")
    assert sorted(p.name for p in out.iterdir()) == [
        ".part-00002.parquet.tmp",
        "part-00000.parquet",
        "part-00001.parquet",
    ]
    assert all(pq.ParquetFile(p).metadata.num_row_groups == 1 for p in out.glob("part-*"))
    assert parquet_done_ids(str(out)) == {"id0", "id1", "id2", "id3"}
    resumed = ParquetOutput(str(out), resume=True, rows_per_part=2)
    resumed.add(ErrorRecord("id4", "empty", "EmptyInputError", "no text").to_dict())
    resumed.close()
    assert sorted(p.name for p in out.iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    assert pq.read_table(out).column("input").to_pylist() == [f"id{i}" for i in range(5)]
    ParquetOutput(str(out), resume=False).close()  # a fresh run starts an empty table
    assert list(out.iterdir()) == []


def test_resume_with_parquet_output_gives_every_input_once(tmp_path: Path) -> None:
    recs = _records_file(tmp_path, n=6)
    out = tmp_path / "out.parquet"
    main([str(recs), "-o", str(out), *FAST])
    full = pq.read_table(out).column("input").to_pylist()
    for part in out.glob("part-*"):
        part.unlink()
    writer = ParquetOutput(str(out), resume=False)
    for item_id in full[:3]:
        writer.add(ErrorRecord(item_id, "timeout", "ProcessingTimeout", "x").to_dict())
    writer.close()  # three inputs done before the "crash"
    main([str(recs), "-o", str(out), "--resume", *FAST])
    ids = pq.read_table(out).column("input").to_pylist()
    assert sorted(ids) == sorted(full) and len(ids) == len(set(ids))


def test_parquet_tables_as_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = pa.table(
        {
            "id": ["a", None, "c", "d"],
            "html": [PAGE, None, None, None],
            "text": [None, STORY.format(n=1), None, STORY.format(n=2)],
            "url": ["https://news.example/bridge", None, None, None],
        }
    )
    path = tmp_path / "in.parquet"
    pq.write_table(table, path)
    items = list(read_table(path))
    assert [type(i).__name__ for i in items] == ["Item", "Item", "ErrorRecord", "Item"]
    first, second, third, _ = items
    assert isinstance(first, Item) and first.format == "html" and first.url == "https://news.example/bridge"
    assert isinstance(second, Item) and second.id == f"{path}:2" and second.format == "text"
    assert isinstance(third, ErrorRecord) and third.kind == "input"
    binary = tmp_path / "binary.parquet"
    pq.write_table(pa.table({"html": pa.array([PAGE.encode()], pa.binary())}), binary)
    assert [i.source for i in read_table(binary)] == [PAGE.encode()]  # type: ignore[union-attr]

    out = tmp_path / "out.jsonl"
    assert main([str(path), "-o", str(out), *FAST]) == 1
    got = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["input"] for r in got] == ["a", f"{path}:2", "c", "d"]
    assert got[0]["headline"] == "Bridge closed" and got[0]["url"] == "https://news.example/bridge"


def test_a_table_without_content_columns_and_output_over_a_file(tmp_path: Path) -> None:
    path = tmp_path / "wrong.parquet"
    pq.write_table(pa.table({"id": ["a"], "body": ["x"]}), path)
    (only,) = read_table(path)
    assert isinstance(only, ErrorRecord) and "no 'html' or 'text' column" in only.message
    taken = tmp_path / "taken.parquet"
    taken.write_bytes(b"not ours")
    assert main([str(_records_file(tmp_path)), "-o", str(taken), *FAST]) == 2
    assert taken.read_bytes() == b"not ours"
