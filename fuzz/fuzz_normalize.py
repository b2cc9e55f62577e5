"""Coverage-guided fuzzing of normalize() with atheris (``pip install 'articlenorm[fuzz]'``).

    python fuzz/fuzz_normalize.py [text|html|auto] fuzz/corpus -max_len=65536 -timeout=30

The first argument picks the target (default ``auto``); the rest go to
libFuzzer: a corpus directory to grow, ``-timeout`` turns a hang into a
finding (30 s is far above any real page), ``-rss_limit_mb`` bounds memory.
Findings are written as ``crash-*`` / ``timeout-*`` files: add each as a seed
under ``fuzz/corpus/`` once fixed, so the test suite replays it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import atheris  # noqa: E402

with atheris.instrument_imports():
    import articlenorm  # noqa: F401

from fuzz_targets import TARGETS  # noqa: E402


def main() -> None:
    args = sys.argv[1:]
    name = args.pop(0) if args and args[0] in TARGETS else "auto"
    atheris.Setup([sys.argv[0], *args], TARGETS[name])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
