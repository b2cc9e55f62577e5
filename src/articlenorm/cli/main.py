"""Command line: ``articlenorm FILE...`` / ``python -m articlenorm FILE...``.

One input prints one JSON document; several print JSON Lines, one record per
input in input order (an article, or an error record saying why that input
failed).  Errors also go to stderr, one line each, never a traceback.
Exit status: 0 all inputs succeeded, 1 some failed, 2 usage error.

Batch mode (:mod:`articlenorm.cli.batch`) takes over for directories, JSON
Lines record files and ``--jobs/--timeout/--resume/--records/--dask``:
worker processes with a per-document timeout, records appended as they
finish, a progress bar and a summary line on stderr, exit 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .. import __version__
from ..api import normalize
from ..batch import DEFAULT_TIMEOUT
from ..batch.inputs import RECORD_SUFFIXES
from ..batch.tables import TABLE_SUFFIXES, is_table_file
from ..batch.warc import WARC_SUFFIXES
from ..config import DEFAULT_CONFIG
from ..errors import ArticlenormError
from ..model import Article
from ..output import FORMATS, error_record, render

__all__ = ["main"]

log = logging.getLogger("articlenorm.cli")

_SEPARATORS = {"text": "\n\f\n", "markdown": "\n\n---\n\n", "jsonl": "\n", "json": "\n"}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="articlenorm",
        description="Turn scraped news articles (HTML or text) into clean, canonical articles.",
        epilog="Exit status: 0 all inputs succeeded, 1 some inputs failed, 2 usage error.",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="input files or directories; '-' reads standard input; *.jsonl/*.ndjson files and "
        "*.parquet tables hold records with 'id' and 'html' or 'text'; *.warc(.gz) files give one "
        "document per HTML response",
    )
    p.add_argument(
        "--format",
        choices=(*FORMATS, "report"),
        default="json",
        help="output format (default json; several inputs give jsonl; report: one HTML page)",
    )
    p.add_argument(
        "--input-format",
        choices=("auto", "text", "html"),
        default="auto",
        help="how to read inputs (default: sniff for HTML)",
    )
    p.add_argument("--explain", action="store_true", help="include every removal and edit")
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write here (atomically) instead of stdout; *.parquet: a Parquet table (batch mode)",
    )
    p.add_argument("--url", help="the page's URL (one input only)")
    p.add_argument("--charset", help="the encoding the input bytes were served with")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    b = p.add_argument_group("batch mode (directories, records, or any of these options)")
    b.add_argument("-j", "--jobs", type=_positive_int, help="worker processes (default: all cores)")
    b.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help=f"per-document limit; a document over it becomes a 'timeout' record "
        f"(default {DEFAULT_TIMEOUT:g}; 0 = none)",
    )
    b.add_argument(
        "--max-input-mb",
        type=float,
        metavar="MB",
        help="refuse inputs larger than this (default: Config.max_input_bytes, 32 MiB)",
    )
    b.add_argument("--resume", action="store_true", help="skip ids already in the -o output; append")
    b.add_argument("--records", action="store_true", help="read every input as JSON Lines records")
    b.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="follow symbolic links that lead out of an input directory",
    )
    b.add_argument("--dask", metavar="ADDRESS", help="run on a Dask scheduler (tcp://host:8786)")
    b.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    p.add_argument("--version", action="version", version=f"articlenorm {__version__}")
    return p


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _is_batch(args: argparse.Namespace) -> bool:
    flags = (args.jobs, args.timeout, args.max_input_mb, args.dask)
    if any(f is not None for f in flags) or args.resume or args.records:
        return True
    if args.output and is_table_file(args.output):
        return True
    named = [name for name in args.inputs if name != "-"]
    batch_files = RECORD_SUFFIXES + WARC_SUFFIXES + TABLE_SUFFIXES
    return any(os.path.isdir(name) or name.lower().endswith(batch_files) for name in named)


def _records(args: argparse.Namespace) -> Iterator[tuple[str, Article | dict[str, Any]]]:
    for name in args.inputs:
        try:
            source: Any = sys.stdin.buffer.read() if name == "-" else Path(name)
            article = normalize(
                source,
                format=args.input_format,
                url=args.url,
                explain=args.explain,
                charset=args.charset,
            )
            yield name, article
        except ArticlenormError as exc:
            yield name, error_record(name, exc)
        except Exception as exc:  # a bug: report it as a record, keep going
            log.debug("internal error on %s", name, exc_info=True)
            yield name, error_record(name, exc)


def _write(args: argparse.Namespace, out: IO[str], fmt: str) -> int:
    if fmt == "report":
        from ..report import write_report

        return write_report(args, out)
    failed = 0
    sep = _SEPARATORS[fmt]
    for i, (name, record) in enumerate(_records(args)):
        if isinstance(record, dict):
            failed += 1
            print(f"articlenorm: error: {name}: {record['error']['message']}", file=sys.stderr)
        if i:
            out.write(sep)
        out.write(render(record, fmt, source=name if fmt == "jsonl" else None))
    out.write("\n")
    return failed


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (``articlenorm f.txt | head``): stop quietly,
        # as Unix tools do, instead of printing a traceback.  stdout is
        # pointed at /dev/null so the interpreter's final flush fails no more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 1


def _main(argv: list[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("articlenorm: %(message)s"))
        logging.getLogger("articlenorm").addHandler(handler)
        logging.getLogger("articlenorm").setLevel(logging.DEBUG)
    if args.url and len(args.inputs) > 1:
        parser.error("--url applies to one input; it cannot name several pages")
    if args.inputs.count("-") > 1:
        parser.error("standard input ('-') can be read only once")
    if args.format == "report" and len(args.inputs) != 1:
        parser.error("--format report makes one HTML page for one input")
    fmt = args.format
    batch = _is_batch(args)
    if fmt == "json" and (len(args.inputs) > 1 or batch):
        fmt = "jsonl"
    if args.output:
        for name in args.inputs:
            if name != "-" and _same_file(name, args.output):
                parser.error(f"refusing to write the output over the input file {name}")
    if batch:
        return _batch(parser, args, fmt)
    if args.output:
        return _write_atomically(args, fmt)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    failed = _write(args, sys.stdout, fmt)
    return 1 if failed else 0


def _batch(parser: argparse.ArgumentParser, args: argparse.Namespace, fmt: str) -> int:
    from ..batch import _UNSET
    from ..batch.inputs import output_inside_inputs
    from .batch import run_batch

    if args.url:
        parser.error("--url names one page; it cannot apply to a batch")
    if fmt == "report":
        parser.error("--format report makes one HTML page for one input; batches write jsonl, text, markdown")
    if args.output and is_table_file(args.output):
        if fmt not in ("json", "jsonl"):
            parser.error(f"-o {args.output} writes a Parquet table; --format {fmt} cannot go there")
        fmt = "parquet"
    if args.resume and (not args.output or fmt not in ("jsonl", "parquet")):
        parser.error(
            "--resume needs -o OUTPUT in JSON Lines (--format jsonl) or Parquet (*.parquet), "
            "to read the done ids from"
        )
    if args.output:
        inside = output_inside_inputs(args.output, args.inputs)
        if inside:
            parser.error(
                f"refusing to write the output inside the input directory {inside}: it would be "
                f"read as an input by the next run; write it elsewhere"
            )
    if args.timeout is not None and args.timeout < 0:
        parser.error("--timeout must be 0 (no limit) or positive seconds")
    config = DEFAULT_CONFIG
    if args.max_input_mb is not None:
        if args.max_input_mb <= 0:
            parser.error("--max-input-mb must be positive")
        config = config.replace(max_input_bytes=int(args.max_input_mb * 1_048_576))
    args.timeout = _UNSET if args.timeout is None else (args.timeout or None)
    if args.progress is None:
        args.progress = sys.stderr.isatty()
    return run_batch(args, fmt, config)


def _write_atomically(args: argparse.Namespace, fmt: str) -> int:
    target = Path(args.output)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        print(f"articlenorm: error: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            failed = _write(args, out, fmt)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return 1 if failed else 0
