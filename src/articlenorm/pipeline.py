"""The cleaner protocol, the document view cleaners see, and the pipeline runner.

A *cleaner* is any object with a ``name``, a ``family`` and a ``__call__(doc)``
that yields :class:`~articlenorm.model.Verdict` s about blocks of ``doc``.  It
judges; it never mutates.  The runner applies verdicts: a DROP or CLAIM takes a
block out of the body (first verdict wins), an EDIT gives a kept block new text.
Later cleaners see only the blocks still in the body.

Cleaners whose judgement depends on neighbours or position set
``contextual = True`` (the default).  After the first pass the runner re-runs
those until nothing changes, so the result is a fixed point: normalizing the
output again finds nothing more to remove.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from .config import Config
from .errors import CleanerContractError, ConfigError
from .lexicon import Prepared
from .model import Action, Block, Edit, Role, Verdict
from .textutil import is_prose

__all__ = ["Cleaner", "Doc", "FunctionCleaner", "Outcome", "Pipeline", "cleaner", "run_pipeline"]


@runtime_checkable
class Cleaner(Protocol):
    """What the pipeline needs from a step.

    ``name`` is unique in a pipeline (``"related"``); ``family`` groups steps
    by the kind of clutter (``"related"``, ``"ads"`` ...) in removal records.
    An optional ``contextual: bool`` attribute (default ``True``) tells the
    runner whether the step must be re-run when other blocks disappear.
    """

    name: str
    family: str

    def __call__(self, doc: Doc) -> Iterable[Verdict]: ...


class Doc:
    """A read-only view of the document for one cleaner call.

    ``blocks`` are the blocks still in the body, in order, with their current
    text.  ``fields`` holds what earlier steps claimed (``Role -> value``).
    """

    __slots__ = ("_pos", "_prepared", "blocks", "config", "fields", "language", "size", "source_format")

    def __init__(
        self,
        blocks: tuple[Block, ...],
        *,
        size: int,
        fields: dict[Role, object],
        config: Config,
        language: str | None,
        source_format: str,
        prepared: dict[str, Prepared] | None = None,
    ) -> None:
        self.blocks = blocks
        self.size = size
        self.fields = fields
        self.config = config
        self.language = language
        self.source_format = source_format
        self._pos: dict[int, int] | None = None
        self._prepared = {} if prepared is None else prepared

    def prepared(self, text: str) -> Prepared:
        """The :class:`~articlenorm.lexicon.Prepared` form of a block text,
        shared by every step and pass of one pipeline run (the runner passes
        one dict to all its ``Doc`` s), so each derived form is computed once
        per text per document, and freed with the document."""
        p = self._prepared.get(text)
        if p is None:
            p = self._prepared[text] = Prepared(text)
        return p

    @property
    def headline(self) -> str | None:
        value = self.fields.get(Role.HEADLINE)
        return value if isinstance(value, str) else None

    def position(self, block: Block) -> int:
        """Where ``block`` stands among the live blocks (0-based)."""
        if self._pos is None:
            self._pos = {b.index: i for i, b in enumerate(self.blocks)}
        return self._pos[block.index]

    def after(self, block: Block) -> tuple[Block, ...]:
        """The live blocks after ``block``."""
        return self.blocks[self.position(block) + 1 :]

    def before(self, block: Block) -> tuple[Block, ...]:
        return self.blocks[: self.position(block)]

    def neighbour(self, block: Block, step: int) -> Block | None:
        i = self.position(block) + step
        return self.blocks[i] if 0 <= i < len(self.blocks) else None

    def head(self) -> tuple[Block, ...]:
        """The page top: live blocks before the first prose paragraph (at most
        ``config.header_window``).  Breadcrumbs and the headline live here."""
        return self._before_prose(1)

    def header(self) -> tuple[Block, ...]:
        """The article header: live blocks before the *second* prose paragraph
        (at most ``config.header_window``), since a standfirst sentence often
        sits between the headline and the byline or date line."""
        return self._before_prose(2)

    def _before_prose(self, n: int) -> tuple[Block, ...]:
        limit = self.config.header_window
        seen = 0
        for i, block in enumerate(self.blocks[:limit]):
            if is_prose(block.text):
                seen += 1
                if seen == n:
                    return self.blocks[:i]
        return self.blocks[:limit]

    def tail(self) -> tuple[Block, ...]:
        """The last ``config.tail_window`` live blocks."""
        return self.blocks[-self.config.tail_window :] if self.blocks else ()


@dataclass(frozen=True, slots=True)
class FunctionCleaner:
    """Wraps a plain function ``fn(doc) -> Iterable[Verdict]`` as a cleaner."""

    name: str
    family: str
    fn: Callable[[Doc], Iterable[Verdict]]
    contextual: bool = True

    def __call__(self, doc: Doc) -> Iterable[Verdict]:
        return self.fn(doc)


def cleaner(
    name: str, family: str | None = None, *, contextual: bool = True
) -> Callable[[Callable[[Doc], Iterable[Verdict]]], FunctionCleaner]:
    """Decorator turning ``def judge(doc): yield Verdict.drop(...)`` into a cleaner."""

    def wrap(fn: Callable[[Doc], Iterable[Verdict]]) -> FunctionCleaner:
        return FunctionCleaner(name, family or name, fn, contextual)

    return wrap


class Pipeline(list[Cleaner]):
    """An ordered, plain list of cleaners.  Edit it like any list, or with
    the name-based helpers, which return new pipelines."""

    def names(self) -> list[str]:
        return [step.name for step in self]

    def get(self, name: str) -> Cleaner:
        for step in self:
            if step.name == name:
                return step
        raise ConfigError(f"no step named {name!r} in this pipeline; steps: {', '.join(self.names())}")

    def without(self, *names: str) -> Pipeline:
        for name in names:
            self.get(name)
        return Pipeline(step for step in self if step.name not in names)

    def replace(self, name: str, step: Cleaner) -> Pipeline:
        self.get(name)
        return Pipeline(step if s.name == name else s for s in self)

    def insert_before(self, name: str, step: Cleaner) -> Pipeline:
        i = self.names().index(self.get(name).name)
        return Pipeline([*self[:i], step, *self[i:]])

    def insert_after(self, name: str, step: Cleaner) -> Pipeline:
        i = self.names().index(self.get(name).name)
        return Pipeline([*self[: i + 1], step, *self[i + 1 :]])

    def validate(self) -> None:
        """Raise ``ConfigError`` unless every step is a cleaner with a unique name."""
        seen: set[str] = set()
        for step in self:
            if not isinstance(step, Cleaner):
                raise ConfigError(
                    f"pipeline step {step!r} is not a cleaner: it needs `name`, `family` and "
                    f"`__call__(doc)`; wrap a function with @articlenorm.cleaner(name)"
                )
            if step.name in seen:
                raise ConfigError(f"two pipeline steps are named {step.name!r}; names must be unique")
            seen.add(step.name)


@dataclass(slots=True)
class Outcome:
    """What running a pipeline over blocks produced."""

    blocks: list[Block]  # with final text (edits applied)
    verdicts: list[Verdict | None]  # final DROP/CLAIM verdict per block, None = kept
    edits: list[Edit] = field(default_factory=list)
    fields: dict[Role, object] = field(default_factory=dict)
    claims: list[Verdict] = field(default_factory=list)  # in block order of claiming

    def kept(self) -> Iterator[Block]:
        return (b for b, v in zip(self.blocks, self.verdicts, strict=True) if v is None)


def run_pipeline(
    pipeline: Sequence[Cleaner],
    blocks: Sequence[Block],
    *,
    config: Config,
    language: str | None,
    source_format: str,
    explain: bool,
) -> Outcome:
    """Run ``pipeline`` to a fixed point over ``blocks``; see the module doc."""
    current = list(blocks)
    verdicts: list[Verdict | None] = [None] * len(current)
    out = Outcome(current, verdicts)
    prepared: dict[str, Prepared] = {}  # see Doc.prepared
    # A step's verdicts are a function of the document it is shown (live
    # blocks with their text, claimed fields).  A step that ran after the last
    # change would be shown the same document again and judge it the same
    # way: later passes skip it.  ``clock`` counts step runs; ``ran_at[i]`` is
    # when step i last ran, ``changed_at`` when the document last changed.
    clock, changed_at = 0, 0
    ran_at = [0] * len(pipeline)
    for pass_no in range(config.max_passes):
        changed = False
        for i, step in enumerate(pipeline):
            if pass_no and (ran_at[i] > changed_at or not getattr(step, "contextual", True)):
                continue
            live = tuple(b for b, v in zip(current, verdicts, strict=True) if v is None)
            if not live:
                return out
            doc = Doc(
                live,
                size=len(current),
                fields=out.fields,
                config=config,
                language=language,
                source_format=source_format,
                prepared=prepared,
            )
            clock += 1
            ran_at[i] = clock
            if _apply(step, step(doc), live, out, explain):
                changed, changed_at = True, clock
        if not changed:
            break
    return out


def _apply(
    step: Cleaner, verdicts: Iterable[Verdict], live: tuple[Block, ...], out: Outcome, explain: bool
) -> bool:
    changed = False
    live_ids = {b.index for b in live}
    claimed_now: set[int] = set()
    for v in verdicts:
        if not isinstance(v, Verdict):
            raise CleanerContractError(
                f"cleaner {step.name!r} yielded {type(v).__name__}; cleaners yield Verdict "
                f"objects made with Verdict.drop(), Verdict.claim() or Verdict.edit()"
            )
        if v.block not in live_ids:
            raise CleanerContractError(
                f"cleaner {step.name!r} judged block {v.block}, which is not in the document it "
                f"was given (already removed, or out of range); judge only doc.blocks"
            )
        v = dataclasses.replace(v, cleaner=step.name, family=step.family)
        if out.verdicts[v.block] is not None:
            # An earlier verdict of this same call took the block.  One line
            # may fill two fields ("By Jane Doe | Nov 1, 2024"): a second
            # claim on a block this call claimed still fills its field.
            second_claim = v.action is Action.CLAIM and v.role is not None and v.block in claimed_now
            if second_claim and v.role not in out.fields:
                out.fields[v.role] = v.value  # type: ignore[index]
                out.claims.append(v)
            continue
        if v.action is Action.EDIT:
            before = out.blocks[v.block]
            new_text = v.value if isinstance(v.value, str) else ""
            if new_text == before.text:
                continue
            out.blocks[v.block] = dataclasses.replace(before, text=new_text)
            changed = True
            if explain:
                out.edits.append(Edit(v.block, v.cleaner, v.family, v.rule, v.reason, before.text, new_text))
            continue
        if v.action is Action.CLAIM and v.role is not None:
            out.fields.setdefault(v.role, v.value)
            out.claims.append(v)
            claimed_now.add(v.block)
        out.verdicts[v.block] = v
        changed = True
    return changed
