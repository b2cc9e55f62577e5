"""Loading the shared dev sets (``cases.jsonl`` + ``inputs/``) and stable sampling.

Dataset text never leaves this process: the harness only writes aggregate numbers.
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT: Path = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR: Path = (REPO_ROOT / ".." / "shared" / "datasets").resolve()
DEFAULT_DOC: Path = REPO_ROOT / "docs" / "benchmarks.md"

HTML_BODY_SETS: tuple[str, ...] = ("l3s-gn1", "readability-pages")
ALL_SETS: tuple[str, ...] = (
    "l3s-gn1",
    "readability-pages",
    "trafilatura-eval",
    "turku-lines-en",
    "polnear-quotes",
)


@dataclass(frozen=True)
class GoldQuote:
    """One gold direct quote: its text and the literal speaker span (may be None)."""

    text: str
    speaker: str | None


@dataclass(frozen=True)
class Case:
    """One document of a dev set with its gold fields (None / [] mean *unknown*)."""

    id: str
    dataset: str
    input_path: Path
    kind: str
    url: str | None = None
    language: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    body: str | None = None
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    quotes: tuple[GoldQuote, ...] = field(default_factory=tuple)
    site: str | None = None  # the page's site (None where unknown); folds group by it

    def read_bytes(self) -> bytes:
        """Return the raw input bytes (gunzipped for ``.gz`` inputs)."""
        data = self.input_path.read_bytes()
        if self.input_path.suffix == ".gz":
            data = gzip.decompress(data)
        return data

    def read_text(self) -> str:
        """Return a text input decoded as UTF-8 (text inputs are UTF-8 by contract)."""
        return self.read_bytes().decode("utf-8", errors="replace")


def _case_from_row(dataset: str, folder: Path, row: dict[str, Any]) -> Case:
    quotes = tuple(
        GoldQuote(text=str(q.get("text") or ""), speaker=q.get("speaker")) for q in (row.get("quotes") or [])
    )
    return Case(
        id=str(row["id"]),
        dataset=dataset,
        input_path=folder / str(row["input"]),
        kind=str(row["kind"]),
        url=row.get("url"),
        language=row.get("language"),
        title=row.get("title"),
        author=row.get("author"),
        date=row.get("date"),
        body=row.get("body"),
        with_=tuple(row.get("with") or ()),
        without=tuple(row.get("without") or ()),
        quotes=quotes,
        site=row.get("site"),
    )


def load_cases(data_dir: Path, dataset: str) -> list[Case]:
    """Read every case of ``dataset`` from ``data_dir/dataset/cases.jsonl``."""
    folder = data_dir / dataset
    cases: list[Case] = []
    with (folder / "cases.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                cases.append(_case_from_row(dataset, folder, json.loads(line)))
    return cases


def sample_cases(cases: list[Case], n: int | None, seed: int = 0) -> list[Case]:
    """Return a stable seeded sample of ``n`` cases, kept in dataset order.

    The sample depends only on the sorted case ids, ``n`` and ``seed``, so it is the
    same on every machine and run.  ``None`` or ``n >= len(cases)`` returns all cases.
    """
    if n is None or n >= len(cases):
        return list(cases)
    ids = sorted(c.id for c in cases)
    chosen = set(random.Random(f"{seed}:{cases[0].dataset}").sample(ids, n))
    return [c for c in cases if c.id in chosen]


def available(data_dir: Path) -> list[str]:
    """Names of the known datasets present under ``data_dir``."""
    return [name for name in ALL_SETS if (data_dir / name / "cases.jsonl").is_file()]
