"""articlenorm: turn a scraped news article into one clean, canonical article.

>>> import articlenorm
>>> article = articlenorm.normalize(text)            # doctest: +SKIP
>>> article.headline, article.byline, article.date    # doctest: +SKIP

The public names are listed in ``__all__``; everything else is internal.
"""

from __future__ import annotations

import logging

from .api import normalize
from .cleaners import default_pipeline
from .config import DEFAULT_CONFIG, Config
from .errors import (
    ArticlenormError,
    BinaryInputError,
    CleanerContractError,
    ConfigError,
    DecodeError,
    EmptyInputError,
    ExtractionError,
    InputError,
    InputTooLargeError,
    MarkupTooComplexError,
    ProcessingTimeout,
    UnreadableInputError,
)
from .loading import Loaded, load
from .model import (
    Action,
    Article,
    Block,
    BlockKind,
    Caption,
    Edit,
    Quote,
    Removal,
    Role,
    Verdict,
)
from .pipeline import Cleaner, Doc, Pipeline, cleaner
from .provenance import Candidate, Origin, Provenance, Strength

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_CONFIG",
    "Action",
    "Article",
    "ArticlenormError",
    "BinaryInputError",
    "Block",
    "BlockKind",
    "Candidate",
    "Caption",
    "Cleaner",
    "CleanerContractError",
    "Config",
    "ConfigError",
    "DecodeError",
    "Doc",
    "Edit",
    "EmptyInputError",
    "ExtractionError",
    "InputError",
    "InputTooLargeError",
    "Loaded",
    "MarkupTooComplexError",
    "Origin",
    "Pipeline",
    "ProcessingTimeout",
    "Provenance",
    "Quote",
    "Removal",
    "Role",
    "Strength",
    "UnreadableInputError",
    "Verdict",
    "__version__",
    "cleaner",
    "default_pipeline",
    "load",
    "normalize",
    "normalize_many",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> object:
    # Batch support (worker processes, sockets) loads only when first used,
    # so ``import articlenorm`` stays cheap for single-document callers.
    if name == "normalize_many":
        from .batch import normalize_many

        return normalize_many
    raise AttributeError(f"module 'articlenorm' has no attribute {name!r}")
