"""Typed errors.  Every failure the library can report is one of these.

Each message says what went wrong *and* what the caller can do about it, so a
batch log line is enough to fix the input or the configuration.
"""

from __future__ import annotations

__all__ = [
    "ArticlenormError",
    "BinaryInputError",
    "CleanerContractError",
    "ConfigError",
    "DecodeError",
    "EmptyInputError",
    "ExtractionError",
    "InputError",
    "InputTooLargeError",
    "MarkupTooComplexError",
    "ProcessingTimeout",
    "UnreadableInputError",
]


class ArticlenormError(Exception):
    """Base class of every error articlenorm raises on purpose."""

    #: Short stable identifier used in error records (batch output, CLI JSON).
    kind: str = "error"


class InputError(ArticlenormError):
    """The input cannot be turned into text."""

    kind = "input"


class UnreadableInputError(InputError):
    """A path could not be opened or read (missing, a directory, no permission)."""

    kind = "unreadable"


class EmptyInputError(InputError):
    """The input holds no text at all (zero bytes or only whitespace)."""

    kind = "empty"


class BinaryInputError(InputError):
    """The input is binary data (an image, an archive, a PDF), not text or HTML."""

    kind = "binary"


class DecodeError(InputError):
    """Bytes could not be decoded with the declared or any detected encoding."""

    kind = "decode"


class InputTooLargeError(InputError):
    """The input is larger than ``Config.max_input_bytes``."""

    kind = "too-large"


class MarkupTooComplexError(InputError):
    """The HTML has markup no article has (a tag with thousands of attributes,
    hundreds of thousands of tags, thousands of levels of nesting) that would
    make parsing and extraction take far longer than the input's size
    suggests.  Raised at once, before the slow work (see
    ``articlenorm.segment.guard``)."""

    kind = "too-complex"


class ExtractionError(ArticlenormError):
    """HTML was read but no article content could be extracted from it."""

    kind = "extraction"


class ProcessingTimeout(ArticlenormError):
    """A document took longer than ``Config.timeout`` seconds."""

    kind = "timeout"


class ConfigError(ArticlenormError, ValueError):
    """A configuration value, rule file or pipeline definition is invalid."""

    kind = "config"


class CleanerContractError(ArticlenormError):
    """A cleaner broke the cleaner protocol (e.g. judged a block it was not given)."""

    kind = "cleaner-contract"
