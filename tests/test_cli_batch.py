"""The command line in batch mode: directories, records, resume, safety, interruption."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from articlenorm.cli import main

STORY = (
    "Harbour Council Approves New Ferry Timetable {n}\n\n"
    "By Jane Doe\n\n"
    "The harbour council approved a new ferry timetable on Monday, adding {n} crossings a day.\n\n"
    "Officials said the change would start next month and cost nothing extra for passengers.\n"
)
FAST = ["--jobs", "1", "--timeout", "0"]  # in-process: no worker start-up


def story(n: int) -> str:
    return STORY.format(n=n)


def records(path: Path) -> list[dict[str, object]]:
    lines = path.read_text("utf-8").splitlines(keepends=True)
    assert all(line.endswith("\n") for line in lines), "no partial line"
    return [json.loads(line) for line in lines]


def digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """in/ with stories, a subfolder, a hidden file, an empty file, symlinks; recs.jsonl."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    for i in range(3):
        (root / f"a{i}.txt").write_text(story(i), "utf-8")
    (root / "sub" / "b.txt").write_text(story(10), "utf-8")
    (root / ".hidden.txt").write_text(story(11), "utf-8")
    (root / "empty.txt").write_bytes(b"")
    (tmp_path / "outside" / "secret.txt").write_text(story(12), "utf-8")
    (root / "link_out.txt").symlink_to(tmp_path / "outside" / "secret.txt")
    (root / "link_in.txt").symlink_to(root / "a0.txt")
    (root / "link_dir").symlink_to(tmp_path / "outside", target_is_directory=True)
    lines = [json.dumps({"id": f"r{i}", "text": story(20 + i)}) for i in range(3)]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"text": story(30)}))  # no id: FILE:LINE
    (tmp_path / "recs.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return tmp_path


def test_directory_and_records(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(corpus)
    out = corpus / "out.jsonl"
    status = main([str(corpus / "in"), str(corpus / "recs.jsonl"), "-o", str(out), *FAST])
    assert status == 1  # the empty file and the bad record
    got = {r["input"]: r.get("error", {}).get("kind", "ok") for r in records(out)}  # type: ignore[union-attr]
    d, recs = corpus / "in", corpus / "recs.jsonl"
    assert got == {
        f"{d}/a0.txt": "ok",
        f"{d}/a1.txt": "ok",
        f"{d}/a2.txt": "ok",
        f"{d}/empty.txt": "empty",
        f"{d}/link_in.txt": "ok",  # a link that stays inside the directory
        f"{d}/sub/b.txt": "ok",
        "r0": "ok",
        f"{recs}:2": "input",
        "r1": "ok",
        "r2": "ok",
        f"{recs}:5": "ok",
    }
    assert [r["input"] for r in records(out)][:3] == [f"{d}/a0.txt", f"{d}/a1.txt", f"{d}/a2.txt"]
    err = capsys.readouterr().err
    assert "link_out.txt: symbolic link" in err and "link_dir: symbolic link" in err
    assert "11 documents" in err and "9 articles, 2 errors (1 empty, 1 input)" in err
    assert "Traceback" not in err
    assert digest(corpus) == {**before, "out.jsonl": digest(corpus)["out.jsonl"]}, "inputs untouched"


def test_follow_symlinks_when_asked(corpus: Path) -> None:
    out = corpus / "out.jsonl"
    main([str(corpus / "in"), "-o", str(out), "--follow-symlinks", *FAST])
    ids = {r["input"] for r in records(out)}
    assert f"{corpus}/in/link_out.txt" in ids and f"{corpus}/in/link_dir/secret.txt" in ids


def test_resume_skips_done_ids_and_repairs_a_partial_line(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = corpus / "out.jsonl"
    args = [str(corpus / "in"), "-o", str(out), *FAST]
    main(args)
    full = records(out)
    kept = out.read_text("utf-8").splitlines(keepends=True)[:2]
    out.write_text("".join(kept) + '{"input": "half a rec', "utf-8")  # a crash mid-line
    capsys.readouterr()
    main([*args, "--resume"])
    assert records(out) == full
    assert "2 skipped" in capsys.readouterr().err


def test_refusals(corpus: Path) -> None:
    story_file = corpus / "in" / "a0.txt"
    before = digest(corpus)
    for argv in (
        [str(corpus / "in"), "-o", str(corpus / "in" / "new.jsonl")],  # inside an input directory
        [str(story_file), "--jobs", "2", "-o", str(story_file)],  # over an input file
        [str(corpus / "in"), "--resume"],  # nothing to resume from
        [str(corpus / "in"), "--url", "https://example.com/"],
        [str(corpus / "in"), "--format", "report"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2
    assert digest(corpus) == before
    assert not (corpus / "in" / "new.jsonl").exists()


def test_progress_bar_and_stdout(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus / "in" / "sub"), "--progress", *FAST]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["headline"] == "Harbour Council Approves New Ferry Timetable 10"
    assert "docs/s" in err and "ETA" in err and "1 documents" in err


def _many(tmp_path: Path, n: int) -> Path:
    src = tmp_path / "many.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"doc-{i:04d}", "text": story(i)}) + "\n")
    return src


def _start(argv: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "articlenorm", *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def _wait_for_lines(path: Path, n: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.02)
    raise AssertionError("no output appeared")


@pytest.mark.parametrize("how", ["SIGKILL", "SIGINT"])
def test_killed_midway_then_resumed_gives_every_input_once(tmp_path: Path, how: str) -> None:
    n = 150
    src, out = _many(tmp_path, n), tmp_path / "out.jsonl"
    proc = _start([str(src), "-o", str(out), "--jobs", "2", "--timeout", "30"])
    _wait_for_lines(out, 10, proc)
    proc.send_signal(getattr(signal, how))
    _, err = proc.communicate(timeout=60)
    if how == "SIGINT":
        assert proc.returncode == 130, err
        assert b"interrupted after" in err and b"--resume" in err and b"Traceback" not in err
    else:
        assert proc.returncode == -signal.SIGKILL
    partial = len(records(out))
    assert 10 <= partial < n
    done = subprocess.run(
        [sys.executable, "-m", "articlenorm", str(src), "-o", str(out), "--resume", "--jobs", "2"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    ids = [r["input"] for r in records(out)]
    assert sorted(ids) == [f"doc-{i:04d}" for i in range(n)]
    assert f"{partial} skipped".encode() in done.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_no_worker_outlives_a_killed_run(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("parent-death signal is Linux-only")
    src, out = _many(tmp_path, 150), tmp_path / "out.jsonl"
    proc = _start([str(src), "-o", str(out), "--jobs", "2"])
    _wait_for_lines(out, 5, proc)
    children = subprocess.run(
        ["pgrep", "-P", str(proc.pid)], capture_output=True, text=True, check=False
    ).stdout.split()
    assert children
    proc.kill()
    proc.wait()
    time.sleep(0.5)
    alive = [pid for pid in children if os.path.exists(f"/proc/{pid}") and _state(pid) != "Z"]
    assert not alive


def _state(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return "Z"


def test_warc_inputs_files_and_directories_with_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("warcio")
    from articlenorm.testing.warc import http_response, warc_file, warc_record

    pages = [
        warc_record(
            "response",
            f"https://news.example/{n}",
            http_response(f"<html><body><p>{story(n)}</p></body></html>".encode()),
        )
        for n in range(4)
    ]
    others = [
        warc_record("request", "https://news.example/0", b"GET / HTTP/1.1\r\n\r\n"),
        warc_record("response", "https://news.example/a.css", http_response(b"p{}", content_type="text/css")),
    ]
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc_file([pages[0], *others, pages[1]], gzip=True))
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "more.warc").write_bytes(warc_file(pages[2:]))
    out = tmp_path / "out.jsonl"
    argv = [str(crawl), str(tmp_path / "dir"), "-o", str(out), *FAST]
    assert main(argv) == 0
    got = records(out)
    assert [r["input"] for r in got] == [p.id for p in pages]
    assert [r["url"] for r in got] == [f"https://news.example/{n}" for n in range(4)]
    err = capsys.readouterr().err
    assert "4 articles, 0 errors" in err and "2 WARC records passed over (1 non-html, 1 request)" in err
    out.write_text("".join(out.read_text("utf-8").splitlines(keepends=True)[:1]), "utf-8")
    assert main([*argv, "--resume"]) == 0
    assert records(out) == got
    assert "1 skipped" in capsys.readouterr().err
