"""Encoding repair with ftfy, explained line by line.

ftfy's ``fix_and_explain`` says *what* it fixed but not *where*; we run it per
line and record each changed line as an :class:`~articlenorm.model.Edit` whose
``rule`` is ftfy's plan (``"encode:sloppy-windows-1252,decode:utf-8"``) so it
can be replayed with :func:`ftfy.apply_plan`.  Pure-ASCII lines without control
characters cannot hold anything ftfy fixes and are skipped, which keeps the
common case cheap.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .model import Edit

if TYPE_CHECKING:
    import ftfy

__all__ = ["apply_rule", "plan_to_rule", "repair_text", "rule_to_plan"]

# C0 controls other than tab/newline/carriage return/form feed, and ESC sequences.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@cache
def _ftfy_config() -> ftfy.TextFixerConfig:
    import ftfy

    # Keep typographic quotes (quote extraction and the output need them) and
    # leave HTML entities to the markup cleaner, which explains each one.
    return ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, explain=True)


def plan_to_rule(plan: list[tuple[str, str]]) -> str:
    return ",".join(f"{action}:{param}" for action, param in plan)


def rule_to_plan(rule: str) -> list[tuple[str, str]]:
    out = []
    for step in rule.split(","):
        action, _, param = step.partition(":")
        out.append((action, param))
    return out


def apply_rule(text: str, rule: str) -> str:
    """Replay a recorded repair (an Edit's ``rule``) on ``text``.

    ftfy's own ``apply_plan`` replays encode/decode/transcode/apply steps;
    the Unicode ``normalize`` step that ftfy records is replayed here.
    """
    import unicodedata

    import ftfy

    for action, param in rule_to_plan(rule):
        if action == "normalize":
            text = unicodedata.normalize(param, text)  # type: ignore[arg-type]
        elif action:
            text = ftfy.apply_plan(text, [(action, param)])
    return text


def repair_text(text: str, *, explain: bool) -> tuple[str, tuple[Edit, ...]]:
    """Mend mojibake and other encoding damage in ``text``.

    Returns the repaired text and, when ``explain`` is true, one ``Edit`` per
    changed line (``block`` is ``None``; ``before``/``after`` hold the line).
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and not _CONTROL.search(text):
        return text, ()
    import ftfy

    config = _ftfy_config()
    out: list[str] = []
    edits: list[Edit] = []
    changed = False
    for line in text.split("\n"):
        if line.isascii() and not _CONTROL.search(line):
            out.append(line)
            continue
        fixed, plan = ftfy.fix_and_explain(line, config)
        # ftfy must never split or join our lines: offsets depend on them.
        fixed = fixed.replace("\n", " ")
        if explain and fixed != line:
            edits.append(
                Edit(
                    block=None,
                    cleaner="encoding",
                    family="encoding",
                    rule=plan_to_rule(list(plan or [])),
                    reason="ftfy repaired encoding damage in this line",
                    before=line,
                    after=fixed,
                )
            )
        changed = changed or fixed != line
        out.append(fixed)
    # Most non-ASCII texts need no repair: hand back the caller's string
    # rather than a joined copy, which would stay alive for the whole call.
    return ("\n".join(out) if changed else text), tuple(edits)
