"""Heavy third-party modules load only when a step needs them.

`import articlenorm` must stay cheap (issue 10: under 0.2 s): the HTML extractor, the date guesser,
language detection and encoding repair are imported inside the functions that use them. Each check
runs in a fresh interpreter, so modules other tests loaded do not count.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = (
    "trafilatura",
    "htmldate",
    "langdetect",
    "justext",
    "ftfy",
    "charset_normalizer",
    "bs4",
    "lxml",
    "articlenorm.metadata",
    "articlenorm.segment.html",
)
#: Loaded by no import of articlenorm.
NOT_ON_IMPORT = frozenset(HEAVY)
TEXT = (
    "Ferry delayed by storm\n\n"
    "The morning ferry reached the island four hours late on Monday, the operator said.\n\n"
    "Passengers were offered refunds and a hot meal on board while they waited."
)


def _loaded_after(code: str) -> set[str]:
    """Which of HEAVY are in sys.modules after running `code` in a fresh interpreter."""
    script = f"import json, sys\n{code}\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout.splitlines()[-1]))


def test_import_loads_no_extractor_detector_or_repair_module() -> None:
    loaded = _loaded_after("import articlenorm")
    assert not loaded & NOT_ON_IMPORT, loaded


def test_html_loads_the_html_half() -> None:
    # The check above could pass because nothing loads at all: HTML does load it.
    loaded = _loaded_after(
        "import articlenorm\narticle = articlenorm.normalize("
        "'<html><body><article><h1>Ferry delayed</h1><p>' + 'The ferry was late on Monday. ' * 12 + "
        "'</p></article></body></html>', format='html')"
    )
    assert {"lxml", "trafilatura", "articlenorm.metadata", "articlenorm.segment.html"} <= loaded, loaded


def test_plain_text_needs_no_html_extractor_or_date_guesser() -> None:
    loaded = _loaded_after(
        f"import articlenorm\narticle = articlenorm.normalize({TEXT!r}, format='text')\n"
        "assert article.paragraphs, article"
    )
    assert not loaded & {"trafilatura", "htmldate", "justext", "bs4", "lxml", "articlenorm.metadata"}, loaded


def test_clean_ascii_text_without_language_detection_loads_none_of_them() -> None:
    # ASCII text cannot hold encoding damage (no ftfy) and detection is off (no langdetect).
    loaded = _loaded_after(
        "import articlenorm\n"
        "config = articlenorm.Config(detect_language=False)\n"
        f"article = articlenorm.normalize({TEXT!r}, format='text', config=config)\n"
        "assert article.paragraphs, article"
    )
    assert not loaded & (NOT_ON_IMPORT - {"bs4"}), loaded
