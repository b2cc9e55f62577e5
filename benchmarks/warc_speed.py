"""WARC speed: reading pages from a WARC file against ``normalize()`` on the same pages in memory.

Usage (from the repository root)::

    python -m benchmarks.warc_speed [--records N] [--pages P] [--data DIR] [--out docs/benchmarks.md]

Builds, in a temporary directory (deleted afterwards, never in the repository), a
gzip-compressed WARC of ``N`` response records (each with its request record before
it, as crawlers write them) whose payloads are ``P`` pages drawn from the HTML
measuring sets (repeated to reach ``N``).  Then times, in this one process, with CPU
time (``time.process_time``, so the numbers are per core):

* **loop**: ``normalize(payload, format="html", url=...)`` over the payloads, held
  in memory;
* **WARC**: ``normalize_many(articlenorm.warc.read(path), jobs=1, timeout=None)``:
  reading, decompressing and parsing the file plus the same normalization;
* **read only**: ``articlenorm.warc.read(path)`` alone, the WARC path's own cost.

The two full paths run interleaved (loop, WARC, loop, WARC ...) so a change in
machine load hits both alike; the median pass is reported.  The goal (issue 12):
WARC docs/s per core within 10% of the loop.
"""

from __future__ import annotations

import gzip
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import articlenorm
import articlenorm.warc
from articlenorm.batch import ErrorRecord, normalize_many
from articlenorm.testing.warc import http_response, warc_record
from benchmarks.report import command_line, environment_lines, parser, progress, publish, table
from benchmarks.speed import _pages


def build_warc(path: Path, pages: Sequence[bytes], records: int) -> list[tuple[str, bytes]]:
    """Write the WARC; return the (url, payload) of each response record, in order."""
    responses: list[tuple[str, bytes]] = []
    with path.open("wb") as fh:
        for i in range(records):
            url = f"https://news.example/{i}"
            body = pages[i % len(pages)]
            request = warc_record("request", url, f"GET /{i} HTTP/1.1\r\nHost: news.example\r\n\r\n".encode())
            response = warc_record("response", url, http_response(body, content_type="text/html"))
            fh.write(gzip.compress(request.data, mtime=0))
            fh.write(gzip.compress(response.data, mtime=0))
            responses.append((url, body))
    return responses


def _loop(responses: Sequence[tuple[str, bytes]]) -> int:
    errors = 0
    for url, body in responses:
        try:
            articlenorm.normalize(body, format="html", url=url)
        except articlenorm.ArticlenormError:
            errors += 1
    return errors


def _warc(path: Path) -> int:
    return sum(
        isinstance(r, ErrorRecord) for r in normalize_many(articlenorm.warc.read(path), jobs=1, timeout=None)
    )


def _read_only(path: Path) -> int:
    return sum(isinstance(r, ErrorRecord) for r in articlenorm.warc.read(path))


def _cpu(fn: Callable[[], int]) -> tuple[float, int]:
    start = time.process_time()
    errors = fn()
    return time.process_time() - start, errors


def measure(path: Path, responses: Sequence[tuple[str, bytes]], repeats: int) -> dict[str, tuple[float, int]]:
    """Median CPU seconds and the error count of each path."""
    _loop(responses[:5])  # warm-up: rule files, language profiles, trafilatura
    times: dict[str, list[float]] = {"loop": [], "WARC": [], "read only": []}
    errors: dict[str, int] = {}
    for r in range(repeats):
        for name, fn in (("loop", lambda: _loop(responses)), ("WARC", lambda: _warc(path))):
            seconds, errors[name] = _cpu(fn)
            times[name].append(seconds)
            progress(f"pass {r + 1}/{repeats}: {name} {seconds:.1f} s CPU")
        seconds, errors["read only"] = _cpu(lambda: _read_only(path))
        times["read only"].append(seconds)
    return {name: (statistics.median(values), errors[name]) for name, values in times.items()}


def render(
    argv: Sequence[str], results: dict[str, tuple[float, int]], records: int, pages: int, size: int
) -> str:
    loop = results["loop"][0]
    rows = []
    for name, (seconds, errors) in results.items():
        rate = records / seconds if seconds > 0 else float("inf")
        ratio = f"{loop / seconds:.2f}" if name != "read only" else f"{seconds / loop:.1%} of loop CPU"
        rows.append([name, f"{seconds:.1f}", f"{rate:.1f}", str(errors), ratio])
    return "\n".join(
        [
            "## WARC input speed",
            "",
            f"`{command_line('benchmarks.warc_speed', argv)}`",
            "",
            f"{records} response records (and {records} request records) from {pages} distinct pages "
            f"of the HTML measuring sets, one gzip member each: {size / 1e6:.1f} MB compressed. "
            "CPU seconds of one process (median pass); docs/s per core = records / CPU seconds; "
            "the last column is WARC docs/s over loop docs/s (goal: at least 0.90).",
            "",
            table(["path", "CPU s", "docs/s per core", "errors", "vs loop"], rows),
            "",
            *environment_lines(),
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    p = parser("benchmarks.warc_speed", __doc__, jobs=False)
    p.add_argument("--records", type=int, default=3000, help="response records in the WARC")
    p.add_argument("--pages", type=int, default=300, help="distinct pages (repeated to fill the records)")
    p.add_argument("--repeats", type=int, default=1, help="interleaved passes (median reported)")
    args = p.parse_args(args_list)
    pages, _ = _pages(args.data, args.pages, args.seed)
    if not pages:
        progress(f"no HTML pages found under {args.data}")
        return 2
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="warc-speed-") as tmp:
        path = Path(tmp) / "bench.warc.gz"
        responses = build_warc(path, pages, args.records)
        size = path.stat().st_size
        results = measure(path, responses, args.repeats)
    text = render(args_list, results, args.records, len(pages), size)
    print(text)
    publish(args.out, "warc-speed", text, time.perf_counter() - start)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
