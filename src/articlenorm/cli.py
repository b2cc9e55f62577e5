"""Command line: ``articlenorm FILE...`` / ``python -m articlenorm FILE...``.

One input prints one JSON document; several print JSON Lines, one record per
input in input order (an article, or an error record saying why that input
failed).  Errors also go to stderr, one line each, never a traceback.
Exit status: 0 all inputs succeeded, 1 some failed, 2 usage error.
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

from . import __version__
from .api import normalize
from .errors import ArticlenormError
from .model import Article
from .output import FORMATS, error_record, render

__all__ = ["main"]

log = logging.getLogger("articlenorm.cli")

_SEPARATORS = {"text": "\n\f\n", "markdown": "\n\n---\n\n", "jsonl": "\n", "json": "\n"}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="articlenorm",
        description="Turn scraped news articles (HTML or text) into clean, canonical articles.",
        epilog="Exit status: 0 all inputs succeeded, 1 some inputs failed, 2 usage error.",
    )
    p.add_argument("inputs", nargs="+", metavar="FILE", help="input files; '-' reads standard input")
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
    p.add_argument("-o", "--output", metavar="PATH", help="write here (atomically) instead of stdout")
    p.add_argument("--url", help="the page's URL (one input only)")
    p.add_argument("--charset", help="the encoding the input bytes were served with")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    p.add_argument("--version", action="version", version=f"articlenorm {__version__}")
    return p


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
        from .report import write_report

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
    if fmt == "json" and len(args.inputs) > 1:
        fmt = "jsonl"
    if args.output:
        for name in args.inputs:
            if name != "-" and _same_file(name, args.output):
                parser.error(f"refusing to write the output over the input file {name}")
        return _write_atomically(args, fmt)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    failed = _write(args, sys.stdout, fmt)
    return 1 if failed else 0


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
