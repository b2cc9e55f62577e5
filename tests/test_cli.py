"""The command line: output formats, stdin, several inputs, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from articlenorm.cli import main

STORY = (
    "Harbour Council Approves New Ferry Timetable\n\n"
    "By Jane Doe\n\n"
    "Spread the love\n\n"
    "The harbour council approved a new ferry timetable on Monday, adding two crossings a day.\n\n"
    "Officials said the change would start next month and cost nothing extra for passengers.\n\n"
    "Leave a Reply\n"
)


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    return p


def test_one_file_prints_json(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(story)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "Harbour Council Approves New Ferry Timetable"
    assert data["byline"] == "Jane Doe"
    assert len(data["paragraphs"]) == 2
    assert data["removed"] == []


def test_explain_adds_removals(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(story), "--explain"]) == 0
    removed = json.loads(capsys.readouterr().out)["removed"]
    assert {(r["family"], r["text"]) for r in removed} >= {
        ("widgets", "Spread the love"),
        ("comments", "Leave a Reply"),
    }


def test_utf8_not_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "u.txt"
    p.write_text(
        "Zürich Café Owners Protest\n\nThe owners of cafés in Zürich protested on Monday.\n", "utf-8"
    )
    assert main([str(p)]) == 0
    assert "Zürich" in capsys.readouterr().out


def test_several_inputs_give_jsonl_in_order_with_error_records(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    assert main([str(story), str(empty), str(missing), str(story)]) == 1
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["input"] for r in records] == [str(story), str(empty), str(missing), str(story)]
    assert records[0]["headline"] and records[3]["headline"]
    assert records[1]["error"]["kind"] == "empty"
    assert records[2]["error"]["kind"] == "unreadable"
    assert len(err.strip().splitlines()) == 2
    assert "Traceback" not in err


@pytest.mark.parametrize("fmt,marker", [("text", "Harbour Council"), ("markdown", "# Harbour Council")])
def test_text_and_markdown(story: Path, fmt: str, marker: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(story), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert out.startswith(marker)
    assert "Spread the love" not in out


def test_output_file_written_atomically(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main([str(story), "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["byline"] == "Jane Doe"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []


def test_refuses_to_overwrite_an_input(story: Path) -> None:
    before = story.read_bytes()
    with pytest.raises(SystemExit) as exc:
        main([str(story), "-o", str(story)])
    assert exc.value.code == 2
    assert story.read_bytes() == before


def test_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--format", "yaml", "x.txt"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2


def test_stdin_and_module_entry_point(story: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "articlenorm", "-"],
        input=story.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["headline"] == "Harbour Council Approves New Ferry Timetable"


def test_binary_input_one_clear_line(tmp_path: Path) -> None:
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    proc = subprocess.run(
        [sys.executable, "-m", "articlenorm", str(png)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0
    assert "PNG image" in proc.stderr and "Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["error"]["kind"] == "binary"


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    """``articlenorm ... | head`` must not end in a BrokenPipeError traceback."""
    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    # Enough records to fill the pipe buffer (64 KiB) before the reader closes it.
    proc = subprocess.Popen(
        [sys.executable, "-m", "articlenorm", *[str(p)] * 400],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=120) == 1
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
