"""One frozen configuration object with documented defaults.

Build a variant with ``Config(...)`` or ``DEFAULT_CONFIG.replace(...)``; a
``Config`` is never mutated, so one instance can be shared by every worker.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .errors import ConfigError

__all__ = ["DEFAULT_CONFIG", "Config"]


@dataclass(frozen=True, slots=True)
class Config:
    """Settings for :func:`articlenorm.normalize`.

    Attributes:
        languages: languages whose rule files the cleaners use.  ``None`` (the
            default) means English plus the detected language of the input:
            English clutter ("Share", "Tweet") is common on non-English pages,
            while one language's labels are rarely real prose in another.
        max_input_bytes: inputs larger than this raise ``InputTooLargeError``.
            32 MiB is well above any real article page (the largest page in our
            dev sets is under 2 MiB) and keeps one bad document from holding a
            worker's memory; trafilatura itself refuses pages over 20 MB.
        timeout: seconds one document may take in batch mode
            (:func:`articlenorm.normalize_many`, the CLI's batch mode, Dask).
            ``None`` (the default) means the batch default,
            ``articlenorm.batch.DEFAULT_TIMEOUT`` (60 s: real pages take
            5-200 ms, so only pathological input reaches it); pass
            ``timeout=None`` to ``normalize_many`` for no limit.  A single
            ``normalize()`` call is never interrupted.
        repair_encoding: run ftfy over every input to mend mojibake.
        detect_language: fill ``Article.language`` from the body: the stopword
            vote when it is clear, else langdetect (seeded).
        language_sample_chars: how much body text language detection reads.
            1,000 characters gave the same answer as 2,000 on 150 of 150
            trafilatura-eval pages (German, English, French, Polish ...) at
            half of langdetect's n-gram cost, its largest per-document cost.
        header_window: how many leading blocks may hold the headline, byline,
            date and breadcrumbs.  Scraped pages put 0-6 blocks of page chrome
            before the story; 8 covers every seed and dev page we inspected.
        tail_window: how many trailing blocks may hold author blurbs, source
            trailers and comment forms.
        headline_max_chars: a block longer than this is never the headline.
            News headlines in the dev sets are 20-150 characters; 200 leaves room
            for long, subtitled ones.
        max_passes: the pipeline reruns its context-dependent cleaners until
            nothing changes (so normalizing the output again changes nothing);
            this bounds the reruns.  Two passes sufficed on every dev document.
        include_quotes: find quotations and their speakers.
        scorer_threshold: the story-text probability below which the learned
            block scorer (the ``scorer`` pipeline step, docs/scorer.md) drops a
            block.  ``None`` (the default) uses the model's own threshold for
            the input's mode, chosen by site-grouped cross-validation on
            dragnet-train when the model was trained.
    """

    languages: tuple[str, ...] | None = None
    max_input_bytes: int = 32 * 1024 * 1024
    timeout: float | None = None
    repair_encoding: bool = True
    detect_language: bool = True
    language_sample_chars: int = 1000
    header_window: int = 8
    tail_window: int = 8
    headline_max_chars: int = 200
    max_passes: int = 4
    include_quotes: bool = True
    scorer_threshold: float | None = None

    def __post_init__(self) -> None:
        if self.max_input_bytes <= 0:
            raise ConfigError("Config.max_input_bytes must be a positive number of bytes")
        if self.timeout is not None and self.timeout <= 0:
            raise ConfigError("Config.timeout must be positive seconds, or None for the batch default")
        for name in ("header_window", "tail_window", "headline_max_chars", "max_passes"):
            if getattr(self, name) < 1:
                raise ConfigError(f"Config.{name} must be at least 1")
        if self.scorer_threshold is not None and not 0.0 <= self.scorer_threshold <= 1.0:
            raise ConfigError("Config.scorer_threshold is a probability between 0 and 1, or None")
        if self.languages is not None:
            if isinstance(self.languages, str):
                raise ConfigError("Config.languages takes a tuple of codes, e.g. ('en', 'de'), not a string")
            object.__setattr__(self, "languages", tuple(self.languages))

    def replace(self, **changes: object) -> Config:
        """A copy with ``changes`` applied; unknown names raise ``ConfigError``."""
        names = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise ConfigError(
                f"unknown Config option(s) {', '.join(unknown)}; known: {', '.join(sorted(names))}"
            )
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


DEFAULT_CONFIG = Config()
