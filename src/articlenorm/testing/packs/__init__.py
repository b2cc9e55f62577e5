"""Language packs: the vocabulary articles and clutter are generated from.

One TOML file per language, ``<lang>.toml`` beside this module, read and
validated into a :class:`LangPack` by :mod:`.load`.  Story words are invented
(people, places, events); clutter phrases are phrasings that many sites in
that language print, the same bar as the rule files (no one-site strings).
"""

from __future__ import annotations

from functools import cache

from .load import load_pack
from .model import LangPack

__all__ = ["LANGUAGES", "LangPack", "pack"]

#: Languages with a pack, in report order (English first).
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl")


@cache
def pack(language: str) -> LangPack:
    """The pack for ``language`` (ValueError for a language without one;
    :class:`~articlenorm.errors.ConfigError` for a pack file that is not valid)."""
    if language not in LANGUAGES:
        raise ValueError(f"no generator pack for language {language!r}; known: {', '.join(LANGUAGES)}")
    return load_pack(language)
