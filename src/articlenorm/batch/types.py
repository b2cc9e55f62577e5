"""The values a batch takes and gives: :class:`Item` in, ``Article | ErrorRecord`` out."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ArticlenormError, ConfigError
from ..loading import Source
from ..model import Article

__all__ = ["ErrorRecord", "Item", "Result", "WorkerCrashError", "as_item"]


class WorkerCrashError(ArticlenormError):
    """The worker process died while normalizing a document (killed by the
    operating system for memory, or a crash inside a C extension)."""

    kind = "worker-crash"


@dataclass(frozen=True, slots=True)
class Item:
    """One input of a batch: an id (used in error records and by ``--resume``)
    and a source as :func:`articlenorm.normalize` takes it (text, bytes, path).

    ``format``, ``url`` and ``charset`` override the batch's defaults for this
    item (``None``: use them).
    """

    id: str
    source: Source
    format: str | None = None
    url: str | None = None
    charset: str | None = None


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """Why one input produced no article.  ``kind`` is the error's stable
    ``ArticlenormError.kind`` (``"empty"``, ``"timeout"``, ``"too-large"`` ...),
    or ``"internal"`` for a bug."""

    id: str
    kind: str
    type: str
    message: str

    @classmethod
    def from_exception(cls, item_id: str, exc: BaseException) -> ErrorRecord:
        kind = exc.kind if isinstance(exc, ArticlenormError) else "internal"
        return cls(item_id, kind, type(exc).__name__, str(exc))

    def to_dict(self) -> dict[str, Any]:
        """The JSON record the CLI writes (the shape of ``output.error_record``)."""
        return {"input": self.id, "error": {"kind": self.kind, "type": self.type, "message": self.message}}


Result = Article | ErrorRecord

#: Keys of a mapping item that hold the document, in order of preference.
CONTENT_KEYS = ("html", "text")


def as_item(obj: object, position: int) -> Item:
    """Turn one element of ``normalize_many``'s input into an :class:`Item`.

    Accepted: an ``Item``; a path (``os.PathLike``; its id is the path); a
    ``str`` (the text itself) or ``bytes`` (id: the position); an ``(id,
    source)`` pair; a mapping with ``id`` and ``html`` or ``text`` (optional
    ``url``), as in a JSON Lines record.
    """
    if isinstance(obj, Item):
        return obj
    if isinstance(obj, os.PathLike):
        return Item(str(obj), Path(obj))
    if isinstance(obj, (str, bytes, bytearray, memoryview)):
        return Item(str(position), bytes(obj) if not isinstance(obj, str) else obj)
    if isinstance(obj, tuple) and len(obj) == 2:
        return Item(str(obj[0]), obj[1])
    if isinstance(obj, Mapping):
        return _from_mapping(obj, position)
    raise ConfigError(
        f"batch input #{position} is a {type(obj).__name__}; give text (str), bytes, a path "
        f"(pathlib.Path), an (id, source) pair, an articlenorm.batch.Item or a mapping with "
        f"'id' and 'html' or 'text'"
    )


def _from_mapping(record: Mapping[str, Any], position: int) -> Item:
    item_id = str(record["id"]) if record.get("id") is not None else str(position)
    for key in CONTENT_KEYS:
        value = record.get(key)
        if isinstance(value, str):
            url = record.get("url")
            return Item(item_id, value, format=key, url=url if isinstance(url, str) else None)
    raise ConfigError(
        f"record {item_id!r} has no 'html' or 'text' field holding a string; each record needs "
        f"one of them (and an 'id')"
    )
