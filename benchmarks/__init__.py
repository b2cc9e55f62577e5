"""Benchmark harness for articlenorm.

``python -m benchmarks.quality`` scores articlenorm beside trafilatura and jusText on
the shared dev sets; ``python -m benchmarks.speed`` times them; ``python -m
benchmarks.clutter`` measures clutter removal on generated articles.  Each writes
its own marked section of ``docs/benchmarks.md``.

The harness measures the articlenorm of this checkout: its ``src/`` goes first on
``sys.path`` (the dev venv's editable install may point at another checkout).  To
measure another revision, run that revision's own harness in a worktree of it
(``git worktree add /tmp/rev REV && cd /tmp/rev && python -m benchmarks.quality``).
"""

import sys
from pathlib import Path

_SRC = str(Path(__file__).resolve().parent.parent / "src")
if _SRC not in sys.path:
    sys.path.insert(0, _SRC)
