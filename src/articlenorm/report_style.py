"""The report page's stylesheet and family colours (inline only: the page
loads nothing from anywhere)."""

from __future__ import annotations

__all__ = ["CSS", "family_colour"]

#: One colour per built-in family (:data:`articlenorm.families.ALL`; a test
#: checks every one has a colour); fields are blue-ish, clutter warm or grey.
#: Unknown families (a user's own cleaner) get a stable colour from the hash.
FAMILY_COLOURS: dict[str, str] = {
    "markup": "#b39ddb",
    "layout": "#f06292",  # the colour it had from the hash before it was listed
    "widgets": "#ffcc80",
    "ads": "#ef9a9a",
    "appeals": "#f48fb1",
    "prompts": "#ffab91",
    "metalines": "#cfd8dc",
    "breadcrumbs": "#bcaaa4",
    "comments": "#a5d6a7",
    "repeats": "#e6ee9c",
    "related": "#ffe082",
    "blurbs": "#80cbc4",
    "trailers": "#c5e1a5",
    "boilerplate": "#d7ccc8",
    "headline": "#90caf9",
    "byline": "#81d4fa",
    "dateline": "#80deea",
    "captions": "#9fa8da",
}
_SPARE = ("#dce775", "#ffd54f", "#4dd0e1", "#aed581", "#f06292", "#9575cd")


def family_colour(family: str) -> str:
    """The background colour of blocks removed by ``family``."""
    if family in FAMILY_COLOURS:
        return FAMILY_COLOURS[family]
    return _SPARE[sum(map(ord, family)) % len(_SPARE)]


CSS = """
:root { --ink: #1d2125; --muted: #5f6b76; --line: #d9dee3; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
  background: #f6f7f9; }
header { padding: 12px 20px; background: #fff; border-bottom: 1px solid var(--line); }
header h1 { font-size: 18px; margin: 0; }
header p { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 16px; padding: 16px 20px; }
#input { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 14px 16px;
  white-space: pre-wrap; overflow-wrap: anywhere;
  font: 14px/1.55 ui-monospace, "DejaVu Sans Mono", monospace; }
#input.blocks { white-space: normal; font-family: inherit; }
#input.blocks > p { margin: 0 0 10px; }
.rm { text-decoration: line-through; text-decoration-thickness: 1.5px; border-radius: 3px; padding: 0 2px;
  color: #3a3f44; cursor: help; }
.rm.claim { text-decoration-style: double; }
.kept.edited { border-bottom: 2px dotted #7e57c2; cursor: help; }
.caption-found { outline: 2px solid #3949ab; outline-offset: 1px; }
mark.quote { background: #fff59d; border-radius: 2px; padding: 0 1px; }
aside { display: flex; flex-direction: column; gap: 12px; }
section.panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
section.panel h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  margin: 0 0 6px; }
dl { margin: 0; display: grid; grid-template-columns: 96px 1fr; gap: 3px 8px; font-size: 14px; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
ul { margin: 0; padding-left: 18px; font-size: 14px; }
li { margin-bottom: 4px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px;
  margin-right: 6px; border: 1px solid rgba(0,0,0,.15); }
table.counts { border-collapse: collapse; width: 100%; font-size: 14px; }
table.counts td { padding: 2px 4px; border-bottom: 1px solid #eef0f2; }
table.counts td.n { text-align: right; font-variant-numeric: tabular-nums; }
.total { font-weight: 600; }
.none { color: var(--muted); font-style: italic; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
"""
