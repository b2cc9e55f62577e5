"""Importing articlenorm (installed, or from ``src/`` of this checkout) and calling it.

The harness works without articlenorm: its rows simply appear once it imports.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.datasets import REPO_ROOT


@dataclass(frozen=True)
class Loaded:
    """Result of trying to import articlenorm."""

    module: ModuleType | None
    error: str | None


_LOADED: Loaded | None = None
_REVISION: str | None = None


def use_revision(rev: str) -> str:
    """Import articlenorm from the committed tree ``rev`` instead of the working tree.

    Exports ``src/`` of ``rev`` (``git archive``) to a temporary folder and puts it
    first on ``sys.path``; call before :func:`load`.  Returns the full commit hash.
    Useful when the working tree is mid-edit: the numbers then belong to one commit.
    """
    global _REVISION
    commit = _git("rev-parse", "--verify", f"{rev}^{{commit}}")
    if not commit:
        raise ValueError(f"unknown git revision: {rev}")
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit, "src"], cwd=REPO_ROOT, capture_output=True, check=True
    ).stdout
    target = Path(tempfile.mkdtemp(prefix="articlenorm-rev-"))
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    sys.path.insert(0, str(target / "src"))
    for name in [m for m in sys.modules if m.split(".")[0] == "articlenorm"]:
        del sys.modules[name]
    _REVISION = commit
    return commit


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
    """articlenorm's version plus its commit: the one given to :func:`use_revision`, or
    the checkout's HEAD (``+dirty`` if src/ has uncommitted changes)."""
    mod = load().module
    if mod is None:
        return "not importable"
    try:
        ver = metadata.version("articlenorm")
    except metadata.PackageNotFoundError:
        ver = str(getattr(mod, "__version__", "?"))
    if _REVISION is not None:
        return f"{ver} (commit {_REVISION[:10]}, exported with --articlenorm-rev)"
    return f"{ver} (working tree at {git_commit()})"


def _git(*args: str) -> str:
    out = subprocess.run(["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    return out.stdout.strip()


def git_commit() -> str:
    """Short HEAD hash of the checkout, ``+dirty`` when ``src/`` has local changes."""
    head = _git("rev-parse", "--short", "HEAD") or "no commit"
    dirty = _git("status", "--porcelain", "--", "src")
    return head + ("+dirty" if dirty else "")
