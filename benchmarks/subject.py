"""Importing articlenorm (installed, or from ``src/`` of this checkout) and calling it.

The harness works without articlenorm: its rows simply appear once it imports.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from types import ModuleType
from typing import Any

from benchmarks.datasets import REPO_ROOT


@dataclass(frozen=True)
class Loaded:
    """Result of trying to import articlenorm."""

    module: ModuleType | None
    error: str | None


_LOADED: Loaded | None = None


def load() -> Loaded:
    """Import articlenorm once per process; falls back to ``REPO_ROOT/src``."""
    global _LOADED
    if _LOADED is not None:
        return _LOADED
    try:
        _LOADED = Loaded(_import(), None)
    except Exception as first:  # noqa: BLE001 - any import failure means "absent"
        error: Exception = first
        src = str(REPO_ROOT / "src")
        if (REPO_ROOT / "src" / "articlenorm" / "__init__.py").is_file() and src not in sys.path:
            sys.path.insert(0, src)
            for name in [m for m in sys.modules if m.split(".")[0] == "articlenorm"]:
                del sys.modules[name]
            try:
                _LOADED = Loaded(_import(), None)
                return _LOADED
            except Exception as second:  # noqa: BLE001
                error = second
        _LOADED = Loaded(None, f"{type(error).__name__}: {error}")
    return _LOADED


def _import() -> ModuleType:
    import articlenorm

    if not callable(getattr(articlenorm, "normalize", None)):
        raise ImportError("articlenorm has no normalize() yet")  # noqa: TRY004
    return articlenorm


def expected_errors() -> tuple[type[BaseException], ...]:
    """The exception types articlenorm documents (``ArticlenormError``), if importable."""
    mod = load().module
    err = getattr(mod, "ArticlenormError", None) if mod is not None else None
    return (err,) if isinstance(err, type) and issubclass(err, BaseException) else ()


def normalize(source: str | bytes, **kwargs: Any) -> Any:
    """Call ``articlenorm.normalize``; raises RuntimeError when it is not importable."""
    mod = load().module
    if mod is None:
        raise RuntimeError("articlenorm is not importable")
    return mod.normalize(source, **kwargs)


def version() -> str:
    """articlenorm's version plus the checkout's commit (``+dirty`` if src/ changed)."""
    mod = load().module
    if mod is None:
        return "not importable"
    try:
        ver = metadata.version("articlenorm")
    except metadata.PackageNotFoundError:
        ver = str(getattr(mod, "__version__", "?"))
    return f"{ver} ({git_commit()})"


def git_commit() -> str:
    """Short HEAD hash of the checkout, ``+dirty`` when ``src/`` has local changes."""

    def git(*args: str) -> str:
        out = subprocess.run(["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=False)
        return out.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "no commit"
    dirty = git("status", "--porcelain", "--", "src")
    return head + ("+dirty" if dirty else "")
