"""Encoding repair with ftfy, explained line by line.

ftfy's ``fix_and_explain`` says *what* it fixed but not *where*; we run it per
line and record each changed line as an :class:`~articlenorm.model.Edit` whose
``rule`` is ftfy's plan (``"encode:sloppy-windows-1252,decode:utf-8"``) so it
can be replayed with :func:`ftfy.apply_plan`.  Pure-ASCII lines without control
characters cannot hold anything ftfy fixes and are skipped, which keeps the
common case cheap.  So are the many non-ASCII lines (accents, curly quotes,
dashes) that hold none of the characters ftfy acts on (:func:`_ftfy_quiet`).

Segmentation keeps a line without its edge whitespace, so the repaired line
must be one that ftfy leaves alone *once stripped*: normalizing the output
again must change nothing.  ftfy's verdict can depend on that whitespace
(``"\xa0¬\x99"`` becomes ``"\xa0¬™"``, but ``"¬™"`` alone is MacRoman
mojibake of ``"ª"``), so a changed or edge-padded line is repaired again,
stripped, until ftfy leaves it alone (:func:`_repair_line`).  The rule records
that second round after a ``strip:`` step, which :func:`apply_rule` replays.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from .model import Edit

if TYPE_CHECKING:
    import ftfy

__all__ = ["apply_rule", "plan_to_rule", "repair_text", "rule_to_plan"]

# C0 controls other than tab/newline/carriage return/form feed, and ESC sequences.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: ftfy calls per line at most.  One round is ftfy's own fixed point on the
#: whole line; a second reaches it on the stripped line in every case seen
#: (hypothesis and the dev sets); the third is a margin, not a tuned number.
MAX_ROUNDS = 3
#: The pseudo-step of a rule after which the steps apply to the line without
#: its edge whitespace (see :func:`apply_rule`).
STRIP = "strip"


@cache
def _ftfy_config() -> ftfy.TextFixerConfig:
    import ftfy

    # Keep typographic quotes (quote extraction and the output need them) and
    # leave HTML entities to the markup cleaner, which explains each one.
    return ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, explain=True)


def _required_chars(pattern: re.Pattern[str]) -> set[str] | None:
    """Characters of which every match of ``pattern`` contains at least one,
    or ``None`` if that cannot be read off the pattern.

    Each top-level alternative is a sequence of items; an item that is a
    literal or a plain character class of non-ASCII characters is required
    by that alternative.  Of those, the one with the fewest letters (then the
    fewest characters) is taken, so that common accented letters and curly
    quotes are avoided where the alternative allows it.
    """
    try:
        sre_c = importlib.import_module("re._constants")
        sre_parse = importlib.import_module("re._parser")
    except ImportError:  # the private parser moved: no shortcut, ftfy runs on every line
        return None

    def chars(op: object, av: object) -> set[str] | None:
        if op is sre_c.LITERAL:
            return {chr(av)}  # type: ignore[arg-type]
        if op is not sre_c.IN:
            return None
        out: set[str] = set()
        for sub_op, sub_av in av:  # type: ignore[attr-defined]
            if sub_op is sre_c.LITERAL:
                out.add(chr(sub_av))
            elif sub_op is sre_c.RANGE:
                out.update(chr(i) for i in range(sub_av[0], sub_av[1] + 1))
            else:  # negated or category classes (\s, \w): not a finite set
                return None
        return out

    def rarity(found: set[str]) -> tuple[int, int]:
        return sum(unicodedata.category(c).startswith("L") for c in found), len(found)

    try:
        parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
        if pattern.flags & re.IGNORECASE:
            return None  # case variants would have to be added
        branches = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is sre_c.BRANCH else [parsed]
        required: set[str] = set()
        for branch in branches:
            best: set[str] | None = None
            for op, av in branch:
                found = chars(op, av)
                if not found or any(ord(c) < 128 for c in found):
                    continue
                if best is None or rarity(found) < rarity(best):
                    best = found
            if best is None:
                return None
            required |= best
    except Exception:  # noqa: BLE001 - any surprise in a private API: no shortcut
        return None
    return required


@cache
def _ftfy_quiet() -> Callable[[str], bool]:
    """A test that is true only of lines ftfy (with :func:`_ftfy_config`)
    returns unchanged, so the costly call can be skipped on them.

    A line is left alone by every step ftfy runs when it is in NFC, holds no
    character any of the character fixers map (C1 controls, Latin
    ligatures, full/half-width forms, odd line breaks, surrogates, control
    characters) and does not look like mojibake (``ftfy.badness.is_bad``).
    ``is_bad`` itself, the costly part, only runs on lines holding one of the
    characters its pattern needs (read from the pattern; when it cannot be
    read, on every line).
    """
    from ftfy import chardata
    from ftfy.badness import BADNESS_RE, is_bad

    acted_on = {chr(i) for i in range(0x80, 0xA0)}  # C1 controls (and NEXT LINE)
    acted_on |= {chr(i) for i in (*chardata.LIGATURES, *chardata.WIDTH_MAP, *chardata.CONTROL_CHARS)}
    acted_on |= {"\r", "\u2028", "\u2029"}  # fix_line_breaks
    # ... and surrogates (fix_surrogates), as a range.
    fixed_chars = re.compile(f"[{''.join(re.escape(c) for c in sorted(acted_on))}\ud800-\udfff]")
    needed = _required_chars(BADNESS_RE)
    bad_chars = re.compile(f"[{''.join(re.escape(c) for c in sorted(needed))}]") if needed else None

    def quiet(line: str) -> bool:
        if fixed_chars.search(line) or not unicodedata.is_normalized("NFC", line):
            return False
        return (bad_chars is not None and not bad_chars.search(line)) or not is_bad(line)

    return quiet


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

    lead, trail = "", ""
    for action, param in rule_to_plan(rule):
        if action == STRIP:
            text = text.replace("\n", " ")
            core = text.strip()
            start = len(text) - len(text.lstrip())
            lead, trail = lead + text[:start], text[start + len(core) :] + trail
            text = core
        elif action == "normalize":
            text = unicodedata.normalize(param, text)  # type: ignore[arg-type]
        elif action:
            text = ftfy.apply_plan(text, [(action, param)])
    return lead + text + trail


def _clean(line: str, quiet: Callable[[str], bool]) -> bool:
    """True of lines ftfy is known to return unchanged (no call needed)."""
    return (line.isascii() and not _CONTROL.search(line)) or quiet(line)


def _repair_line(
    line: str, config: ftfy.TextFixerConfig, quiet: Callable[[str], bool]
) -> tuple[str, list[tuple[str, str]]]:
    """``line`` repaired so that its stripped text is a fixed point of ftfy,
    and the steps taken (``strip`` before each round on the stripped text)."""
    import ftfy

    fixed, plan = ftfy.fix_and_explain(line, config)
    # ftfy must never split or join our lines: offsets depend on them.
    fixed = fixed.replace("\n", " ")
    steps: list[tuple[str, str]] = list(plan or [])
    last_in, last_out = line, fixed
    for _ in range(MAX_ROUNDS - 1):
        core = fixed.strip()
        if (core == last_in and last_out == last_in) or _clean(core, quiet):
            break
        again, plan = ftfy.fix_and_explain(core, config)
        again = again.replace("\n", " ")
        last_in, last_out = core, again
        if again == core:
            break
        start = len(fixed) - len(fixed.lstrip())
        fixed = fixed[:start] + again + fixed[start + len(core) :]
        steps += [(STRIP, ""), *(plan or [])]
    return fixed, steps


def repair_text(text: str, *, explain: bool) -> tuple[str, tuple[Edit, ...]]:
    """Mend mojibake and other encoding damage in ``text``.

    Returns the repaired text and, when ``explain`` is true, one ``Edit`` per
    changed line (``block`` is ``None``; ``before``/``after`` hold the line).
    """
    text = _unix_lines(text)
    if text.isascii() and not _CONTROL.search(text):
        return text, ()
    config = _ftfy_config()
    quiet = _ftfy_quiet()
    out: list[str] = []
    edits: list[Edit] = []
    changed = False
    for line in text.split("\n"):
        if _clean(line, quiet):
            out.append(line)
            continue
        fixed, steps = _repair_line(line, config, quiet)
        if explain and fixed != line:
            edits.append(
                Edit(
                    block=None,
                    cleaner="encoding",
                    family="encoding",
                    rule=plan_to_rule(steps),
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


def _unix_lines(text: str) -> str:
    """``text`` with every line break as ``\\n`` (repairs are recorded per line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def replay_repairs(text: str, fixes: Iterable[Edit]) -> str:
    """``text`` with recorded line repairs (``Edit`` s of :func:`repair_text`,
    ``block`` ``None``) applied again from their rules, without deciding
    anything: the replay half of ``explain=True``."""
    text = _unix_lines(text)
    by_line = {e.before: e for e in fixes if e.block is None and e.before is not None}
    if not by_line:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        fix = by_line.get(line)
        if fix is not None:
            lines[i] = apply_rule(line, fix.rule).replace("\n", " ")
    return "\n".join(lines)
