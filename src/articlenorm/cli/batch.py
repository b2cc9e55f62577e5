"""The command line's batch mode: many inputs, worker processes, resumable output.

Entered from :mod:`articlenorm.cli.main` when a directory, a ``*.jsonl`` records
file or any of ``--jobs --timeout --resume --records --dask`` is given.
Records are written one line each as they finish, in input order (see
:mod:`articlenorm.batch.output` for why a crash leaves only whole records);
a progress bar runs on stderr when it is a terminal, and one summary line
closes every run.  Ctrl-C (or SIGTERM) stops the workers, keeps every
finished record and exits with status 130; ``--resume`` then skips the ids
already in the output.
"""

from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any

from ..batch import normalize_items
from ..batch.inputs import InputSpec, count_inputs, iter_inputs
from ..batch.output import RecordWriter, done_ids, dump_line, open_output
from ..batch.progress import Progress, Tally
from ..batch.tables import ParquetOutput, parquet_done_ids
from ..batch.types import ErrorRecord, Item, Result
from ..config import Config
from ..errors import ArticlenormError, ConfigError
from ..model import Article
from ..output import render

__all__ = ["run_batch"]

EXIT_USAGE = 2  # nothing was written
EXIT_INTERRUPTED = 130  # the shell's convention for "stopped by SIGINT"
_SEPARATORS = {"text": "\n\f\n", "markdown": "\n\n---\n\n"}


class _Signals:
    """SIGINT/SIGTERM -> KeyboardInterrupt, but never in the middle of writing
    a record: a signal that arrives then is delivered right after the write,
    so an interrupted run never leaves half a line."""

    def __init__(self) -> None:
        self.writing = False
        self.pending = False
        self.previous: dict[int, Any] = {}

    def install(self) -> None:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self.previous[sig] = signal.signal(sig, self._handle)

    def restore(self) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.writing:
            self.pending = True
        else:
            raise KeyboardInterrupt

    def write(self, sink: _Sink, item_id: str, result: Result) -> None:
        self.writing = True
        try:
            sink.write(item_id, result)
        finally:
            self.writing = False
        if self.pending:
            raise KeyboardInterrupt


def run_batch(args: argparse.Namespace, fmt: str, config: Config) -> int:
    """Run the batch described by the parsed ``args``; return the exit status."""
    tally = Tally()
    progress = Progress(tally, sys.stderr, enabled=args.progress)

    def warn(message: str) -> None:
        progress.clear()
        print(f"articlenorm: {message}", file=sys.stderr)

    spec = InputSpec(
        args.inputs,
        records=args.records,
        follow_symlinks=args.follow_symlinks,
        on_skip=warn,
        max_record_bytes=config.max_input_bytes,
    )
    done: set[str] = set()
    if args.resume and args.output:
        done = parquet_done_ids(args.output) if fmt == "parquet" else done_ids(args.output)
    counter = threading.Thread(target=_count, args=(spec, tally), daemon=True)
    if args.progress:
        counter.start()

    def todo() -> Iterator[Item | ErrorRecord]:
        for entry in iter_inputs(spec):
            if entry.id in done:
                tally.skipped += 1
                progress.update()
                continue
            if args.charset and isinstance(entry, Item) and entry.charset is None:
                entry = dataclasses.replace(entry, charset=args.charset)
            yield entry

    try:
        sink = _open_sink(args, fmt, first=not (args.resume and done))
    except ConfigError as exc:  # no pyarrow, or -o names a file where a table directory goes
        print(f"articlenorm: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    signals = _Signals()
    signals.install()
    results = _results(args, todo(), config)
    interrupted = False
    try:
        for item_id, result in results:
            if isinstance(result, ErrorRecord):
                tally.errors[result.kind] += 1
                warn(f"error: {item_id}: {result.message}")
            else:
                tally.articles += 1
            signals.write(sink, item_id, result)
            progress.update()
    except KeyboardInterrupt:
        interrupted = True
    finally:
        results.close()  # stops the workers (kills any busy one)
        sink.close()
        signals.restore()
        if counter.ident is not None:  # started
            counter.join(timeout=1.0)  # a last, complete bar when the total is known
        progress.update(force=True)
        progress.clear()
    notes = [spec.warc_stats.summary()] if spec.warc_stats.passed_over else []
    print(tally.summary(interrupted=interrupted, output=args.output, notes=notes), file=sys.stderr)
    if interrupted:
        return EXIT_INTERRUPTED
    return 1 if tally.failed else 0


def _count(spec: InputSpec, tally: Tally) -> None:
    try:
        tally.total = count_inputs(spec)
    except (OSError, ArticlenormError):  # only the ETA is lost
        tally.total = None


def _results(args: argparse.Namespace, items: Iterator[Item | ErrorRecord], config: Config) -> Any:
    options: dict[str, Any] = {
        "timeout": args.timeout,
        "config": config,
        "format": args.input_format,
        "explain": args.explain,
    }
    if args.dask:
        from ..dask import normalize_on_cluster

        return normalize_on_cluster(items, args.dask, **options)
    return normalize_items(items, jobs=args.jobs, **options)


class _Sink:
    """Where records go: JSON Lines / text to a file or stdout, or a Parquet table."""

    def write(self, item_id: str, result: Result) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _LineSink(_Sink):
    def __init__(self, writer: RecordWriter, fmt: str, *, first: bool) -> None:
        self.writer = writer
        self.fmt = fmt
        self.first = first

    def write(self, item_id: str, result: Result) -> None:
        self.writer.write(_encode(item_id, result, self.fmt, self.first))
        self.first = False

    def close(self) -> None:
        self.writer.close()


class _ParquetSink(_Sink):
    def __init__(self, output: ParquetOutput) -> None:
        self.output = output

    def write(self, item_id: str, result: Result) -> None:
        self.output.add(_record(item_id, result))

    def close(self) -> None:
        self.output.close()


def _open_sink(args: argparse.Namespace, fmt: str, *, first: bool) -> _Sink:
    if fmt == "parquet":
        return _ParquetSink(ParquetOutput(args.output, resume=args.resume))
    writer = open_output(args.output, resume=args.resume) if args.output else _stdout_writer()
    return _LineSink(writer, fmt, first=first)


def _record(item_id: str, result: Result) -> dict[str, Any]:
    if isinstance(result, Article):
        return {"input": item_id, **result.to_dict()}
    return result.to_dict()


def _encode(item_id: str, result: Result, fmt: str, first: bool) -> bytes:
    if fmt in ("json", "jsonl"):
        return dump_line(_record(item_id, result))
    text = render(result.to_dict() if isinstance(result, ErrorRecord) else result, fmt)
    sep = "" if first else _SEPARATORS.get(fmt, "\n\n")
    return (sep + text + "\n").encode("utf-8", "backslashreplace")


def _stdout_writer() -> RecordWriter:
    return _StdoutWriter()


class _StdoutWriter(RecordWriter):
    """Standard output: flushed per record, never fsynced or closed (the
    caller owns it)."""

    def __init__(self) -> None:
        super().__init__(-1, sync=False)

    def write(self, data: bytes) -> None:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            buffer.write(data)
        else:  # a text-only stream (an embedding application, a test capture)
            sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()

    def close(self) -> None:
        pass
