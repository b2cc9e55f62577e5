"""The package's parts import downward only and never in a cycle.

The contracts live in pyproject.toml (`[tool.importlinter]`): a `layers` contract over the top-level
modules and subpackages of articlenorm (exhaustive: a new part must be given a place) and an
`acyclic_siblings` contract (no two sibling modules import each other, at any depth). The checker runs
in a subprocess so that it reads the package under test, not the one this process imported.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("importlinter", reason="import-linter is not installed (pip install -e '.[test]')")

_LINT = (
    "import sys\n"
    "from importlinter.cli import lint_imports\n"
    "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))\n"
)


def _lint(project: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter on `project` (a tree with pyproject.toml and src/articlenorm)."""
    env = {**os.environ, "PYTHONPATH": str(project / "src")}
    return subprocess.run(
        [sys.executable, "-c", _LINT, str(project / "pyproject.toml")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_package_keeps_its_layers_and_has_no_cycle() -> None:
    proc = _lint(ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 kept, 0 broken" in proc.stdout, proc.stdout


def _copy(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(
        ROOT / "src" / "articlenorm",
        tmp_path / "src" / "articlenorm",
        ignore=shutil.ignore_patterns("__pycache__", "rules"),
    )
    return tmp_path


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("edits", "broken"),
    [
        # A low layer reaching up to a high one (here: inside a function, a lazy import counts too).
        (
            [("textutil.py", "def _late():\n    from .cli import main\n    return main")],
            "articlenorm parts import downward only BROKEN",
        ),
        # Two parts on one `|` line must not import each other.
        ([("explain.py", "from . import report")], "articlenorm parts import downward only BROKEN"),
        # A new part with no place in the layers.
        ([("newpart.py", "from . import model")], "articlenorm parts import downward only BROKEN"),
        # A cycle between two modules inside one part.
        (
            [("cleaners/phrases.py", "from . import ads")],
            "no import cycle between sibling modules at any depth BROKEN",
        ),
    ],
    ids=["upward", "independent-siblings", "unplaced-part", "cycle-in-part"],
)
def test_checker_rejects_a_broken_copy(tmp_path: Path, edits: list[tuple[str, str]], broken: str) -> None:
    project = _copy(tmp_path)
    for rel, line in edits:
        target = project / "src" / "articlenorm" / rel
        if target.exists():
            _append(target, line)
        else:
            target.write_text(line + "\n", encoding="utf-8")
    proc = _lint(project)
    assert proc.returncode != 0, proc.stdout
    assert broken in proc.stdout, proc.stdout + proc.stderr
