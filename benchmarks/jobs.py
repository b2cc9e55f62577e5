"""``--jobs`` scaling of the batch command line (a section of ``benchmarks.speed``).

Runs ``python -m articlenorm RECORDS.jsonl -o OUT.jsonl --jobs N`` for N = 1
and 2 on the same few thousand documents (the sampled pages as HTML records,
repeated) and reports docs/s from the wall time of the whole run, worker
start-up included.  The records file lives in a temporary folder and is
deleted afterwards; only the numbers are reported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.datasets import REPO_ROOT
from benchmarks.report import progress, table
from benchmarks.textutil import decode

__all__ = ["section"]

JOBS = (1, 2)


def _run(records: Path, out: Path, jobs: int) -> float:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT / "src"), env.get("PYTHONPATH", "")])
    cmd = [sys.executable, "-m", "articlenorm", str(records), "-o", str(out), "--jobs", str(jobs)]
    cmd.append("--no-progress")
    start = time.perf_counter()
    subprocess.run(cmd, env=env, capture_output=True, check=False)
    return time.perf_counter() - start


def section(pages: list[bytes], n_docs: int) -> list[str]:
    """Markdown lines of the scaling table for ``n_docs`` documents."""
    with tempfile.TemporaryDirectory(prefix="articlenorm-jobs-") as tmp:
        records = Path(tmp) / "records.jsonl"
        with records.open("w", encoding="utf-8") as fh:
            for i in range(n_docs):
                page = decode(pages[i % len(pages)])
                fh.write(json.dumps({"id": f"doc-{i}", "html": page}, ensure_ascii=False) + "\n")
        rows: list[list[str]] = []
        base = None
        for jobs in JOBS:
            progress(f"jobs scaling: --jobs {jobs} on {n_docs} documents")
            seconds = _run(records, Path(tmp) / f"out-{jobs}.jsonl", jobs)
            rate = n_docs / seconds
            base = base or rate
            rows.append([str(jobs), f"{seconds:.1f}", f"{rate:.1f}", f"{rate / base:.2f}"])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return [
        f"### Batch `--jobs` scaling ({n_docs} HTML records, {os.cpu_count()} cores)",
        "",
        (
            "`python -m articlenorm records.jsonl -o out.jsonl --jobs N`: wall time of the whole run "
            "(worker start-up and output included), default timeout. "
            f"Load average when the runs finished: {load:.1f} (other work on the machine lowers the ratio)."
        ),
        "",
        table(["--jobs", "seconds", "docs/s", "speed-up"], rows),
        "",
    ]
