"""The worker side of :mod:`articlenorm.batch.pool`: one process, one document at a time.

A worker is a fresh interpreter (``python -c "...serve(FD)"``) talking to its
parent over one end of a socket pair with :mod:`multiprocessing.connection`
framing (pickled messages).  The protocol is three messages:

1. parent -> worker: the :class:`Settings` (config, pipeline, explain), once;
2. worker -> parent: ``"ready"`` once everything is imported and warmed up
   (the parent starts a document's clock only then, so import time never
   counts against ``timeout``);
3. then repeatedly parent -> worker ``(seq, Item)`` and worker -> parent
   ``(seq, Article | ErrorRecord)``.

The worker never decides about time: the parent kills it when a document runs
over its deadline.  It ignores SIGINT (Ctrl-C goes to the whole process group;
the parent decides what stops) and exits when the parent's end closes.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import ArticlenormError
from .types import ErrorRecord, Item, Result

if TYPE_CHECKING:
    from ..pipeline import Cleaner

__all__ = ["Settings", "normalize_item", "serve"]

log = logging.getLogger("articlenorm.batch")

# Warm-up documents: the first calls load rule files, language profiles and
# trafilatura, and compile patterns (about 1 s of CPU); doing it before
# "ready" keeps that out of the first real documents' deadlines.
_WARM_UP = (
    "Council Approves Ferry Timetable\n\nBy Jane Doe\n\n"
    "The harbour council approved a new ferry timetable on Monday, adding two crossings.\n"
)
_WARM_UP_HTML = f"<html><body><article><h1>Council</h1><p>{_WARM_UP * 3}</p></article></body></html>"


@dataclass(frozen=True, slots=True)
class Settings:
    """What every document of one batch shares."""

    config: Config
    format: str = "auto"
    explain: bool = False
    pipeline: Sequence[Cleaner] | None = None


def normalize_item(item: Item, settings: Settings) -> Result:
    """``normalize()`` one item; any failure becomes an :class:`ErrorRecord`."""
    from ..api import normalize

    try:
        return normalize(
            item.source,
            format=item.format or settings.format,
            url=item.url,
            config=settings.config,
            pipeline=settings.pipeline,
            explain=settings.explain,
            charset=item.charset,
        )
    except ArticlenormError as exc:
        return ErrorRecord.from_exception(item.id, exc)
    except Exception as exc:  # a bug: one record, never the end of the batch
        log.debug("internal error on %s", item.id, exc_info=True)
        return ErrorRecord.from_exception(item.id, exc)


def _die_with_parent() -> None:
    """Linux: ask the kernel to kill this worker if its parent dies (so a
    worker stuck in a pathological document cannot outlive a killed batch)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # best effort: EOF on the socket also ends us
        pass


def serve(fd: int, die_with_parent: bool = True) -> None:
    """Worker main loop (run in the child process)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if die_with_parent:
        _die_with_parent()
    conn = Connection(fd)
    try:
        settings: Settings = conn.recv()
        normalize_item(Item("<warm-up>", _WARM_UP, format="text"), settings)
        normalize_item(Item("<warm-up>", _WARM_UP_HTML, format="html"), settings)
        conn.send("ready")
        while True:
            seq, item = conn.recv()
            conn.send((seq, normalize_item(item, settings)))
    except (EOFError, OSError, KeyboardInterrupt):
        pass  # the parent closed our socket: the batch is over
    finally:
        conn.close()
    os._exit(0)  # skip interpreter teardown: nothing to flush, and it is faster
