"""Where generated articles get their choices from.

Every generator in :mod:`articlenorm.testing` draws through a :class:`Source`,
so one piece of code serves two masters: hypothesis (``HypothesisSource``,
which records the choices and can shrink a failing example) and seeded,
reproducible sampling for benchmarks (``RandomSource``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

__all__ = ["HypothesisSource", "RandomSource", "Source"]

T = TypeVar("T")

#: ``chance(p)`` draws an integer below this and compares it with ``p * SCALE``.
SCALE = 1000


class Source(Protocol):
    """The few kinds of choice a generator makes."""

    def choice(self, items: Sequence[T]) -> T: ...

    def integer(self, low: int, high: int) -> int: ...

    def chance(self, p: float) -> bool: ...


class RandomSource:
    """Choices from a seeded :class:`random.Random` (same seed, same articles)."""

    def __init__(self, seed: int | str = 0) -> None:
        self.rng = random.Random(seed)

    def choice(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def chance(self, p: float) -> bool:
        return self.rng.randrange(SCALE) < p * SCALE


class HypothesisSource:
    """Choices drawn from hypothesis strategies inside ``@st.composite``.

    Hypothesis shrinks integers towards 0: ``choice`` shrinks towards the
    first item, ``chance`` towards ``False`` (less clutter, fewer parts).
    """

    def __init__(self, draw: Callable[[Any], Any]) -> None:
        from hypothesis import strategies as st

        self._draw = draw
        self._st = st

    def choice(self, items: Sequence[T]) -> T:
        return items[self._draw(self._st.integers(0, len(items) - 1))]

    def integer(self, low: int, high: int) -> int:
        return int(self._draw(self._st.integers(low, high)))

    def chance(self, p: float) -> bool:
        return int(self._draw(self._st.integers(0, SCALE - 1))) >= SCALE - p * SCALE
