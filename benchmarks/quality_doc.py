"""Rendering quality results as the ``quality`` section of docs/benchmarks.md."""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks.report import environment_lines, fmt_rate, table
from benchmarks.runner import DatasetRun
from benchmarks.scoring import Tally
from benchmarks.systems import REGISTRY

# (header, metric key, kind): kind "rate" = sum/den, "f1" = benchmark body F1,
# "count" = sum of numerators, "ms" = mean seconds shown in milliseconds.
Column = tuple[str, str, str]

BODY_COLUMNS: tuple[Column, ...] = (
    ("errors", "errors", "count"),
    ("empty", "empty", "rate"),
    ("body P", "body_p", "rate"),
    ("body R", "body_r", "rate"),
    ("body F1", "body_p", "f1"),
    ("doc F1", "body_docf1", "rate"),
    ("with: all", "with_all", "rate"),
    ("with: snippets", "with_snip", "rate"),
    ("without: absent", "without_absent", "rate"),
    ("ms/doc", "seconds", "ms"),
)
META_COLUMNS: tuple[Column, ...] = (
    ("headline ok", "title_ok", "rate"),
    ("headline wrong", "title_wrong", "rate"),
    ("author ok", "author_ok", "rate"),
    ("author token F1", "author_f1", "rate"),
    ("author wrong", "author_wrong", "rate"),
    ("date ok", "date_ok", "rate"),
    ("date wrong", "date_wrong", "rate"),
)
QUOTE_COLUMNS: tuple[Column, ...] = (
    ("quote recall", "q_recall", "rate"),
    ("quote precision", "q_precision", "rate"),
    ("speaker accuracy", "q_speaker", "rate"),
)

METHOD = """\
### How the numbers are made

All systems run in one process per worker on the same input bytes; each system is
called per document inside try/except (and a limit of 60 s CPU time), and a failure counts in
`errors` and is scored as an empty output.

- **body P / R / F1** - token 4-gram shingle overlap with the gold body, the metric of
  the public scrapinghub *article-extraction-benchmark* (`evaluate.py`): tokens are
  `\\w+` runs (case kept), shingles are counted as a multiset, per-document tp/fp/fn
  are normalised to sum 1; precision is the macro mean over documents with a non-empty
  output, recall over documents with a non-empty gold, F1 the harmonic mean of the two.
  Because an empty output is left out of precision, read P together with `empty`.
  **doc F1** is the plain macro mean of per-document F1 (empty output = 0).
- **with: all** - share of cases whose `with` snippets all occur in the output;
  **with: snippets** - share of single `with` snippets found; **without: absent** -
  share of `without` snippets that do not occur.  Text searched: articlenorm's `body`
  only (not the headline), a peer's extracted text.  Both sides are normalised the
  same way: Unicode NFC, typographic quotes to ASCII `"`/`'`, soft hyphens and
  zero-width characters removed, and every whitespace character (newlines, no-break
  spaces) removed, so the test is whitespace-insensitive (the l3s-gn1 snippets were
  checked against the pages that way; its re-serialised gold has other spaces around
  inline links) and case-sensitive.
- **headline ok** - exact match after the same normalisation (but whitespace runs
  collapsed to one space instead of removed) and dropping one
  trailing full stop (polnear's first lines end in one; trafilatura-eval: the
  gold title, sometimes truncated upstream, must be a prefix of the prediction).
  **author ok** - the gold author (names joined by `; `, or a verbatim byline on
  readability-pages) equals the `; `-joined predicted names or the predicted byline;
  **author token F1** - multiset F1 of case-folded `\\w+` name tokens (without
  by/and/und); **date ok** - same calendar day (`YYYY-MM-DD` prefix).
  **wrong** - a value was given and it does not match (confidently wrong); ok + wrong +
  missing = 1.  All three are over cases whose gold has the field (gold null = unknown,
  so those cases are skipped).  trafilatura's metadata is `extract_metadata` on
  `load_html` of the same bytes (default options; the favor_* switches do not change
  metadata, so only the default row shows it).  jusText and the text dump have none (—).
- **quotes** (polnear-quotes, articlenorm only): a gold quote of 4+ words is *found*
  when one predicted quote covers >= 80% of its case-folded tokens; **quote recall** =
  found / gold quotes.  **quote precision** is over predicted quotes with
  `partial == False` in documents whose gold lists quotes: correct when >= 80% of its
  tokens lie in one gold quote.  The gold keeps only pure direct quotes (no mixed
  paraphrase, no single-quote quotations), so a correct system finds more and
  precision is a lower bound.  **speaker accuracy** is over found gold quotes whose
  gold speaker names someone: its name part (the text before the first comma,
  parenthesis or "who"-clause) does not start with a pronoun or determiner (`he`,
  `the campaign`, `a spokesman`, `one Democratic source` name nobody) and has a
  capitalized token; the predicted `speaker` must contain the last capitalized token
  of that name part (token comparison, case-insensitive).  The speaker span is
  literal (no coreference), so `he`-quotes are left out.
- **ms/doc** - mean wall time per document inside this run (workers in parallel, so
  only indicative; see the speed section).

Peers: trafilatura `extract()` with default options (txt output; comments included, as
by default), with `favor_precision=True` and with `favor_recall=True`; jusText with
default parameters, English stoplist on English sets (`language` = en), otherwise the
page's `<html lang>`, else articlenorm's seeded langdetect on the inscriptis dump, else the
union of the German and English stoplists.  On turku-lines-en (plain text) each input line
becomes one escaped `<p>` and both peers get that HTML.  Text mode (l3s-gn1,
readability-pages): the page is decoded by articlenorm's own loader
(`articlenorm.loading.decode_bytes`: BOM, strict UTF-8, declared charset, then
charset-normalizer) and dumped with `inscriptis.get_text`; *inscriptis dump* scores that dump itself,
*articlenorm text(inscriptis dump)* is `normalize(dump, format="text")`, and
*articlenorm text(trafilatura.extract)* is `normalize(trafilatura.extract(html),
format="text")` (an empty extract is scored empty without calling articlenorm); compare
it with the plain trafilatura row.  articlenorm on HTML gets the raw bytes,
`format="html"` and the case URL.
"""

DATASET_NOTES: dict[str, str] = {
    "l3s-gn1": "English Google-News pages (2007-2008), human full-body gold; no author/date gold.",
    "readability-pages": (
        "Readability.js test pages; the gold is Readability's own output (rewards imitating "
        "it), many pages are not news, bylines are verbatim strings."
    ),
    "trafilatura-eval": (
        "Mostly German pages, many blogs; no body gold, only `with`/`without` snippets; "
        "titles compared by prefix."
    ),
    "turku-lines-en": (
        "Plain-text web documents already boilerplate-stripped once; gold = lines labelled "
        "keep, so this measures line filtering."
    ),
    "polnear-quotes": (
        "Clean political news text; gold = pure direct quotes with literal speaker spans; "
        "metadata title may differ from the first line in punctuation."
    ),
}


def _cell(tally: Tally, key: str, kind: str) -> str:
    if kind == "count":
        return str(int(tally.total(key)))
    if kind == "f1":
        return fmt_rate(tally.body_f1())
    if kind == "ms":
        mean = tally.rate(key)
        return "—" if mean is None else f"{mean * 1000:.0f}"
    return fmt_rate(tally.rate(key))


def _columns(run: DatasetRun, columns: Sequence[Column]) -> list[Column]:
    """Columns for which some system has a denominator (the gold has the field)."""
    return [
        col
        for col in columns
        if col[2] in ("count", "ms") or any(t.count(col[1]) > 0 for t in run.tallies.values())
    ]


def _with_n(run: DatasetRun, columns: Sequence[Column]) -> list[str]:
    headers = []
    for header, key, kind in columns:
        counts = {int(t.count(key)) for t in run.tallies.values() if t.count(key) > 0}
        if kind in ("rate", "f1") and len(counts) == 1 and key not in ("empty", "seconds"):
            headers.append(f"{header} (n={counts.pop()})")
        else:
            headers.append(header)
    return headers


def _table(run: DatasetRun, columns: Sequence[Column], keys: Sequence[str]) -> str:
    cols = _columns(run, columns)
    rows = [[REGISTRY[k].name] + [_cell(run.tallies[k], key, kind) for _, key, kind in cols] for k in keys]
    return table(["system", *_with_n(run, cols)], rows)


def _errors_note(run: DatasetRun) -> str:
    parts = []
    for key in run.keys:
        types = run.tallies[key].error_types
        if types:
            listed = ", ".join(
                f"{label.lstrip('=')}×{n}"
                + ("" if label.startswith("=") else " (unexpected)" if REGISTRY[key].is_subject else "")
                for label, n in sorted(types.items())
            )
            parts.append(f"{REGISTRY[key].name}: {listed}")
    return "Errors: " + "; ".join(parts) + "." if parts else ""


def render_dataset(run: DatasetRun, total_cases: int) -> str:
    """The subsection of one dataset: note, body table, metadata and quote tables."""
    size = (
        f"{run.cases} cases"
        if run.cases == total_cases
        else f"seeded sample of {run.cases} of {total_cases} cases"
    )
    out = [
        f"### {run.dataset} ({size}; {run.seconds:.0f} s)",
        "",
        DATASET_NOTES.get(run.dataset, ""),
        "",
        _table(run, BODY_COLUMNS, run.keys),
    ]
    meta_keys = [k for k in run.keys if REGISTRY[k].has_meta]
    if meta_keys and _columns(run, META_COLUMNS):
        out += ["", _table_meta(run, run.keys)]
    quote_keys = [k for k in run.keys if REGISTRY[k].has_quotes]
    if quote_keys and _columns(run, QUOTE_COLUMNS):
        out += [
            "",
            _table(run, QUOTE_COLUMNS, quote_keys),
            "",
            _quote_counts(run, quote_keys),
        ]
    note = _errors_note(run)
    if note:
        out += ["", note]
    return "\n".join(out)


def _table_meta(run: DatasetRun, keys: Sequence[str]) -> str:
    cols = _columns(run, META_COLUMNS)
    rows = []
    for k in keys:
        system = REGISTRY[k]
        cells = [_cell(run.tallies[k], key, kind) if system.has_meta else "—" for _, key, kind in cols]
        rows.append([system.name, *cells])
    return table(["system", *_with_n(run, cols)], rows)


def _quote_counts(run: DatasetRun, keys: Sequence[str]) -> str:
    lines = []
    for k in keys:
        t = run.tallies[k]
        lines.append(
            f"{REGISTRY[k].name}: {int(t.count('q_recall'))} gold quotes of 4+ words, "
            f"{int(t.total('q_recall'))} found; {int(t.count('q_precision'))} non-partial "
            f"predictions, {int(t.total('q_precision'))} inside a gold quote; "
            f"{int(t.count('q_speaker'))} found quotes with a named gold speaker, "
            f"{int(t.total('q_speaker'))} attributed to them."
        )
    return " ".join(lines)


def render(
    runs: Sequence[DatasetRun],
    totals: dict[str, int],
    command: str,
    seconds: float,
    jobs: int,
) -> str:
    """The whole quality section."""
    head = [
        "## Quality",
        "",
        f"Produced by `{command}` in {seconds / 60:.1f} min with {jobs} worker process(es).",
        "",
        *environment_lines(),
    ]
    body = [render_dataset(run, totals[run.dataset]) for run in runs]
    return "\n".join(head) + "\n\n" + METHOD + "\n" + "\n\n".join(body) + "\n"
