"""A small pool of worker processes with a per-document deadline.

Why not ``concurrent.futures`` or ``multiprocessing.Pool``: neither can stop a
task that is already running, so one pathological page would hold a worker
forever.  Here each worker handles one document at a time, the parent knows
when each document started, and a worker past its deadline is killed
(SIGKILL) and replaced; the document gets a ``timeout`` error record.

Workers are fresh interpreters started with :mod:`subprocess` (not
:mod:`multiprocessing`): no fork of a parent that may hold threads or locks,
and it works inside daemonic processes such as Dask workers, which
``multiprocessing`` refuses to give children.  A worker costs one interpreter
start plus ``import articlenorm`` (about 0.3 s), paid once per worker and
again only after a kill or a recycle.

Results come back in input order.  At most ``window`` documents are in flight
or waiting to be yielded, so memory stays bounded on endless inputs even when
one slow document holds up the order.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path

from ..errors import ArticlenormError, ProcessingTimeout
from .types import ErrorRecord, Item, Result, WorkerCrashError
from .worker import Settings

__all__ = ["WorkerPool", "WorkerStartError"]

log = logging.getLogger("articlenorm.batch")

#: A worker must import articlenorm and answer "ready" within this many
#: seconds; a cold start on a loaded machine takes ~1 s, so 120 s means the
#: environment is broken, not slow.
START_TIMEOUT_S = 120.0
#: Replace a worker after this many documents.  Long-lived processes that
#: parse millions of pages grow (allocator fragmentation, C-library caches);
#: a restart every 2,000 documents costs ~0.3 s against ~40 s of work (<1%).
RECYCLE_AFTER = 2000
#: In-flight + finished-but-not-yet-yielded documents per worker.  Enough to
#: keep every worker busy while one slow document blocks the output order.
WINDOW_PER_WORKER = 16


class WorkerStartError(ArticlenormError, RuntimeError):
    """A worker process could not start (articlenorm not importable there,
    settings that cannot be pickled, ...).  Not a per-document error."""

    kind = "worker-start"


_BOOT = (
    "import sys; sys.path[:0] = {paths!r}; from articlenorm.batch.worker import serve; serve({fd}, {pdeath})"
)


class _Worker:
    """One child process and our end of its socket."""

    __slots__ = ("conn", "deadline", "done", "proc", "ready", "seq", "started")

    def __init__(self, settings: Settings) -> None:
        ours, theirs = socket.socketpair()
        # The package's own location first, then the parent's whole path, so
        # the child imports the same code (and any custom cleaner's module) as
        # the parent, even when they were found through a sys.path tweak.
        paths = [str(Path(__file__).resolve().parent.parent), *(p for p in sys.path if p)]
        try:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _BOOT.format(paths=paths, fd=theirs.fileno(), pdeath=_on_main_thread()),
                ],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                close_fds=True,
            )
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        self.started = time.monotonic()
        self.ready = False
        self.seq: int | None = None  # the document it is working on
        self.deadline = float("inf")
        self.done = 0
        try:
            self.conn.send(settings)
        except Exception as exc:  # e.g. a pipeline of lambdas: cannot be pickled
            self.kill()
            raise WorkerStartError(
                f"the batch settings cannot be sent to a worker process ({exc}); custom "
                f"cleaners must be picklable (module-level classes or functions, no lambdas)"
            ) from exc

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.conn.close()

    def close(self) -> None:
        """Ask politely (close the socket: the worker exits on EOF), then kill."""
        self.conn.close()
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class WorkerPool:
    """``size`` worker processes; see the module doc."""

    def __init__(
        self,
        size: int,
        settings: Settings,
        *,
        recycle_after: int | None = RECYCLE_AFTER,
        window: int | None = None,
    ) -> None:
        if size < 1:
            raise ValueError("a worker pool needs at least one process")
        self.size = size
        self.settings = settings
        self.recycle_after = recycle_after
        self.window = window or size * WINDOW_PER_WORKER
        self.workers: list[_Worker] = []
        self.restarts = 0

    def __enter__(self) -> WorkerPool:
        return self  # workers start with the first document (none for an empty batch)

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for w in self.workers:
            if w.seq is None:
                w.close()
            else:  # busy: no reason to wait for the document to finish
                w.kill()
        self.workers = []

    def _replace(self, w: _Worker) -> None:
        w.kill()
        self.workers[self.workers.index(w)] = _Worker(self.settings)
        self.restarts += 1

    def imap(self, items: Iterable[Item | ErrorRecord], timeout: float | None) -> Iterator[Result]:
        """Normalize ``items`` in the workers; yield results in input order.

        An ``ErrorRecord`` among the items (an input that could not even be
        turned into an item) passes straight through, in its place.
        """
        source = iter(items)
        exhausted = False
        next_seq = 0  # seq of the next item to take from ``source``
        next_out = 0  # seq of the next result to yield
        done: dict[int, Result] = {}
        queue: list[tuple[int, Item]] = []  # taken from source, waiting for a worker
        pending: dict[int, Item] = {}
        while True:
            # Fill: take items while the window allows, hand them to idle workers.
            while not exhausted and next_seq - next_out < self.window and len(queue) < self.size:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                if isinstance(item, ErrorRecord):
                    done[next_seq] = item
                else:
                    queue.append((next_seq, item))
                    if not self.workers:
                        self.workers = [_Worker(self.settings) for _ in range(self.size)]
                next_seq += 1
            for w in self.workers:
                if not queue:
                    break
                if w.ready and w.seq is None:
                    seq, item = queue.pop(0)
                    self._dispatch(w, seq, item, timeout)
                    pending[seq] = item
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if exhausted and next_out == next_seq:
                return
            self._collect(done, pending, timeout)

    def _dispatch(self, w: _Worker, seq: int, item: Item, timeout: float | None) -> None:
        w.seq = seq
        w.deadline = time.monotonic() + timeout if timeout is not None else float("inf")
        with contextlib.suppress(OSError):  # a dead worker: _collect sees EOF, reports it
            w.conn.send((seq, item))

    def _collect(self, done: dict[int, Result], pending: dict[int, Item], timeout: float | None) -> None:
        """Wait for the first worker message or deadline; record what happened."""
        now = time.monotonic()
        next_deadline = min(
            [w.deadline for w in self.workers if w.seq is not None]
            + [w.started + START_TIMEOUT_S for w in self.workers if not w.ready],
            default=float("inf"),
        )
        limit = None if next_deadline == float("inf") else max(0.0, next_deadline - now)
        ready = wait([w.conn for w in self.workers], timeout=limit)
        for w in list(self.workers):
            if w.conn in ready:
                self._receive(w, done, pending)
        now = time.monotonic()
        for w in list(self.workers):
            if w.seq is not None and now >= w.deadline:
                item = pending.pop(w.seq)
                done[w.seq] = ErrorRecord.from_exception(item.id, _timeout_error(item, timeout))
                log.debug("timeout on %s: killing worker %d", item.id, w.proc.pid)
                self._replace(w)
            elif not w.ready and now >= w.started + START_TIMEOUT_S:
                self.close()
                raise WorkerStartError(
                    f"a worker process did not start within {START_TIMEOUT_S:.0f} s; "
                    f"check that `{sys.executable} -c 'import articlenorm'` works"
                )

    def _receive(self, w: _Worker, done: dict[int, Result], pending: dict[int, Item]) -> None:
        try:
            message = w.conn.recv()
        except (EOFError, OSError):
            self._crashed(w, done, pending)
            return
        if not w.ready:
            w.ready = message == "ready"
            return
        seq, result = message
        pending.pop(seq, None)
        done[seq] = result
        w.seq = None
        w.deadline = float("inf")
        w.done += 1
        if self.recycle_after and w.done >= self.recycle_after:
            w.close()
            self.workers[self.workers.index(w)] = _Worker(self.settings)

    def _crashed(self, w: _Worker, done: dict[int, Result], pending: dict[int, Item]) -> None:
        status = w.proc.wait()
        if not w.ready:
            self.close()
            raise WorkerStartError(
                f"a worker process exited with status {status} before it was ready; its error "
                f"is printed above (is articlenorm importable by {sys.executable}?)"
            )
        if w.seq is not None:
            item = pending.pop(w.seq)
            how = f"signal {-status}" if status < 0 else f"status {status}"
            done[w.seq] = ErrorRecord.from_exception(
                item.id,
                WorkerCrashError(
                    f"{item.id}: the worker process died ({how}) while normalizing this input, "
                    f"most likely out of memory or a crash in a C library; the batch went on "
                    f"with a new worker"
                ),
            )
        self._replace(w)


def _on_main_thread() -> bool:
    """Linux's parent-death signal fires when the *thread* that started a
    child exits.  Only the main thread is sure to outlive the pool (a Dask
    worker's task threads may come and go, and its pools are shared)."""
    return threading.current_thread() is threading.main_thread()


def _timeout_error(item: Item, timeout: float | None) -> ProcessingTimeout:
    return ProcessingTimeout(
        f"{item.id}: gave up after {timeout:g} s (the per-document timeout) and stopped the "
        f"worker; if such documents are expected, raise the limit (Config.timeout, "
        f"normalize_many(timeout=...) or --timeout)"
    )


def default_jobs() -> int:
    """Cores this process may use (``sched_getaffinity`` respects CPU pinning)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1
