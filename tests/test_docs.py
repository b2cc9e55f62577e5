"""Generated docs are current, and the README's commands name real things."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_cleaner_catalogue_is_current() -> None:
    spec = importlib.util.spec_from_file_location("gen_catalogue", ROOT / "scripts" / "gen_catalogue.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (ROOT / "docs" / "cleaners.md").read_text(encoding="utf-8")
    assert current == module.render(), "docs/cleaners.md is stale: run python scripts/gen_catalogue.py"


def test_readme_commands_match_ci() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = ci.strip().splitlines()[-1]
    assert test_command in readme
    assert "fixtures/articles/scraper-casino-ferry.txt" in readme
    assert (ROOT / "fixtures/articles/scraper-casino-ferry.txt").is_file()
