"""Counting a batch run: the stderr progress bar and the closing summary line."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

__all__ = ["Progress", "Tally"]

#: Redraw at most this often: a terminal line per document would cost more
#: than the documents at a few thousand docs/s.
REDRAW_EVERY_S = 0.2


@dataclass
class Tally:
    """What a run did so far."""

    started: float = field(default_factory=time.monotonic)
    articles: int = 0
    skipped: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    total: int | None = None  # all inputs, skipped ones included (None: unknown yet)

    @property
    def processed(self) -> int:
        return self.articles + sum(self.errors.values())

    @property
    def failed(self) -> int:
        return sum(self.errors.values())

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.processed / elapsed if elapsed > 0 else 0.0

    def summary(
        self, *, interrupted: bool = False, output: str | None = None, notes: Sequence[str] = ()
    ) -> str:
        elapsed = time.monotonic() - self.started
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.errors.items()))
        errors = f"{self.failed} errors" + (f" ({kinds})" if kinds else "")
        parts = [
            f"articlenorm: {'interrupted after ' if interrupted else ''}{self.processed} documents "
            f"in {elapsed:.1f} s ({self.rate():.1f} docs/s): {self.articles} articles, {errors}"
        ]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in the output)")
        parts.extend(notes)
        if output:
            parts.append(f"output: {output}")
        if interrupted:
            parts.append("rerun with --resume to finish")
        return "; ".join(parts)


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    """A one-line progress bar on a terminal: documents done, docs/s, errors, ETA."""

    def __init__(self, tally: Tally, stream: TextIO, *, enabled: bool) -> None:
        self.tally = tally
        self.stream = stream
        self.enabled = enabled
        self._last = 0.0
        self._shown = False

    def update(self, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < REDRAW_EVERY_S:
            return
        self._last = now
        t = self.tally
        done = t.processed + t.skipped
        rate = t.rate()
        if t.total is not None:
            width = 24
            frac = min(1.0, done / t.total) if t.total else 1.0
            bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
            left = t.total - done
            eta = _clock(left / rate) if rate > 0 and left > 0 else "--:--"
            line = f"[{bar}] {done}/{t.total} docs  {rate:.1f} docs/s  {t.failed} errors  ETA {eta}"
        else:
            line = f"{done} docs  {rate:.1f} docs/s  {t.failed} errors"
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Wipe the bar (before printing a message line, and at the end)."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
