"""Context stages of the boilerplate cleaner: link-like runs, headings,
jusText's revision of SHORT/NEAR lines by their neighbours, and the clusters
of prose that make up the story.  Every function is one or two linear scans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .boilerplate_lines import Line, LineClass
from .boilerplate_rules import Thresholds

__all__ = ["Cluster", "clusters", "mark_headings", "mark_link_runs", "promote_near_runs", "revise"]


def mark_link_runs(lines: Sequence[Line], th: Thresholds) -> None:
    """Runs of ``th.link_run`` or more SHORT link-like lines become BAD
    ("short-line-run"): menus and teaser lists, never a lone subheading."""
    i, n = 0, len(lines)
    while i < n:
        if not (lines[i].cls is LineClass.SHORT and lines[i].link_like):
            i += 1
            continue
        j = i
        while j < n and lines[j].cls is LineClass.SHORT and lines[j].link_like:
            j += 1
        if j - i >= th.link_run:
            for k in range(i, j):
                lines[k].cls, lines[k].rule = LineClass.BAD, "short-line-run"
        i = j


def promote_near_runs(lines: Sequence[Line], th: Thresholds) -> None:
    """Consecutive NEAR lines holding ``th.near_run_chars`` characters of
    prose together become GOOD: a story's medium-length paragraphs are good
    by their number, even where a teaser list cuts them off from the rest."""
    i, n = 0, len(lines)
    while i < n:
        if lines[i].cls is not LineClass.NEAR:
            i += 1
            continue
        j, mass = i, 0
        while j < n and lines[j].cls is LineClass.NEAR:
            mass += lines[j].chars
            j += 1
        if j - i >= 2 and mass >= th.near_run_chars:
            for k in range(i, j):
                lines[k].cls = LineClass.GOOD
        i = j


def mark_headings(lines: Sequence[Line], th: Thresholds) -> list[bool]:
    """Which lines are headings of the prose right below them: title-like,
    not BAD, followed by a GOOD line within ``th.heading_distance`` characters.
    Such SHORT lines become NEAR (so the revision can keep them)."""
    heads = [False] * len(lines)
    next_good_at: int | None = None  # chars from the line's end to the next GOOD line
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.cls is LineClass.GOOD:
            next_good_at = 0
            continue
        near_good = next_good_at is not None and next_good_at <= th.heading_distance
        if near_good and line.title and line.cls is not LineClass.BAD:
            heads[i] = True
            if line.cls is LineClass.SHORT:
                line.cls = LineClass.NEAR
        if next_good_at is not None:
            next_good_at += line.chars
    return heads


def revise(lines: Sequence[Line], heads: Sequence[bool]) -> list[LineClass]:
    """jusText's context revision: each stretch of SHORT/NEAR lines between
    two GOOD/BAD anchors (the text's edges count as BAD) becomes GOOD between
    two GOODs, BAD between two BADs, and between a BAD and a GOOD is split at
    the NEAR line nearest the BAD side (all BAD if it has no NEAR line).
    Headings above prose are then GOOD whatever their stretch became."""
    n = len(lines)
    final = [line.cls for line in lines]
    i = 0
    while i < n:
        if final[i] in (LineClass.GOOD, LineClass.BAD):
            i += 1
            continue
        j = i
        while j < n and final[j] not in (LineClass.GOOD, LineClass.BAD):
            j += 1
        left = final[i - 1] if i > 0 else LineClass.BAD
        right = final[j] if j < n else LineClass.BAD
        if left is right:
            for k in range(i, j):
                final[k] = left
        else:
            near = [k for k in range(i, j) if lines[k].cls is LineClass.NEAR]
            if not near:
                for k in range(i, j):
                    final[k] = LineClass.BAD
            elif left is LineClass.BAD:
                cut = near[0]
                for k in range(i, j):
                    final[k] = LineClass.BAD if k < cut else LineClass.GOOD
            else:
                cut = near[-1]
                for k in range(i, j):
                    final[k] = LineClass.GOOD if k <= cut else LineClass.BAD
        i = j
    for k in range(n):
        if heads[k]:
            final[k] = LineClass.GOOD
    return final


@dataclass(slots=True)
class Cluster:
    """A stretch of GOOD lines ``[first, last]`` (positions) and its prose mass."""

    first: int
    last: int
    mass: int


def clusters(
    lines: Sequence[Line], final: Sequence[LineClass], heads: Sequence[bool], th: Thresholds
) -> list[Cluster]:
    """GOOD lines grouped into clusters: a gap of more than
    ``th.cluster_gap_lines`` non-GOOD lines starts a new cluster.  A heading
    never starts one (the site name above a story is "a heading" by jusText's
    rule; the story's own title is found by the story-start step)."""
    out: list[Cluster] = []
    gap = 0
    for i, cls in enumerate(final):
        if cls is not LineClass.GOOD or (heads[i] and (not out or gap > th.cluster_gap_lines)):
            gap += 1
            continue
        if out and gap <= th.cluster_gap_lines:
            out[-1].last = i
            out[-1].mass += lines[i].chars
        else:
            out.append(Cluster(i, i, lines[i].chars))
        gap = 0
    return out
