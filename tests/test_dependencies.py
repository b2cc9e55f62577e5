"""pyproject.toml declares what src/ imports, and the core dependencies are all used.

Every import in the package is read (lazy ones inside functions and TYPE_CHECKING ones too): a
third-party module must come from a requirement of the core dependencies or of an extra, and
each core dependency must be imported somewhere in src/.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "articlenorm"
#: Imported only for type checking, from the stub packages of the test extra.
TYPING_ONLY = frozenset({"lxml-stubs", "pandas-stubs"})


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(req: str) -> str:
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", req)
    assert match, req
    return _norm(match.group())


def _declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = {_requirement_name(r) for r in project["dependencies"]}
    extras = {_requirement_name(r) for reqs in project["optional-dependencies"].values() for r in reqs}
    return core, extras - {"articlenorm"}


def _imported_modules() -> dict[str, set[str]]:
    """Top-level third-party module -> files of src/ importing it."""
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "articlenorm" and top not in sys.stdlib_module_names:
                    found.setdefault(top, set()).add(str(path.relative_to(SRC)))
    return found


def _distribution(module: str) -> str:
    dists = packages_distributions().get(module, [])
    names = {_norm(d) for d in dists} - TYPING_ONLY
    return sorted(names)[0] if names else _norm(module)


def test_every_third_party_import_is_declared() -> None:
    core, extras = _declared()
    missing = {
        f"{module} ({_distribution(module)})": sorted(files)
        for module, files in _imported_modules().items()
        if _distribution(module) not in core | extras
    }
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_every_core_dependency_is_imported() -> None:
    core, _ = _declared()
    used = {_distribution(module) for module in _imported_modules()}
    assert core <= used, f"declared but never imported by src/: {sorted(core - used)}"
