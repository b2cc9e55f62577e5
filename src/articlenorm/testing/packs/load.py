"""Read a language pack from its TOML file into a typed :class:`LangPack`.

Each pack is ``articlenorm/testing/packs/<lang>.toml``: one top-level key per
:class:`LangPack` field (lists for tuples, a list of two-string lists for
``quote_marks``) and a ``[clutter]`` table of family -> pieces, a piece being
the list of lines one widget, label or box prints.  Fields with a default
(``sites``) may be left out; any other missing key, an unknown (misspelt) key,
a value of the wrong type, an unknown clutter family or a ``code`` that is not
the file's language raises :class:`~articlenorm.errors.ConfigError` naming the
file and the key.
"""

from __future__ import annotations

import dataclasses
import difflib
import tomllib
import typing
from importlib import resources

from ...errors import ConfigError
from ...families import CLUTTER
from .model import LangPack

__all__ = ["PACK_FAMILIES", "load_pack", "parse_pack"]

#: Clutter families a pack holds phrases for (``markup`` and ``repeats`` are
#: made from the story itself).
PACK_FAMILIES: tuple[str, ...] = tuple(f for f in CLUTTER if f not in ("markup", "repeats"))

_FIELDS = {f.name: f for f in dataclasses.fields(LangPack)}
_TYPES = typing.get_type_hints(LangPack)


def load_pack(language: str) -> LangPack:
    """The pack in ``<language>.toml`` beside this module, validated."""
    name = f"{language}.toml"
    path = resources.files(__package__) / name
    if not path.is_file():
        raise ConfigError(
            f"generator pack {name} is missing from {__package__}; is the package installed whole?"
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"generator pack {name} is not valid TOML: {exc}") from exc
    return parse_pack(data, source=name, language=language)


def parse_pack(data: dict[str, object], *, source: str, language: str) -> LangPack:
    """A :class:`LangPack` from the parsed TOML ``data`` of file ``source``."""
    for key in data:
        if key not in _FIELDS:
            close = difflib.get_close_matches(key, _FIELDS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(
                f"generator pack {source}: unknown key {key!r}{hint}; keys: {', '.join(_FIELDS)}"
            )
    values: dict[str, object] = {}
    for name, spec in _FIELDS.items():
        if name not in data:
            if spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
                raise ConfigError(f"generator pack {source}: missing key {name!r}")
            continue
        values[name] = _convert(data[name], _TYPES[name], source, name)
    if values["code"] != language:
        raise ConfigError(f"generator pack {source}: key 'code' is {values['code']!r}, not {language!r}")
    clutter = typing.cast(dict[str, object], values["clutter"])
    for family in clutter:
        if family not in PACK_FAMILIES:
            raise ConfigError(
                f"generator pack {source}: key 'clutter.{family}' is no clutter family a pack holds; "
                f"families: {', '.join(PACK_FAMILIES)}"
            )
    return LangPack(**values)  # type: ignore[arg-type]


def _convert(value: object, hint: object, source: str, key: str) -> object:
    """``value`` (at ``key`` in file ``source``) as the type ``hint``:
    str, tuple[X, ...], tuple[X, Y] or dict[str, X]."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is str:
        if isinstance(value, str):
            return value
        raise _type_error(source, key, "a string", value)
    if origin is tuple:
        if not isinstance(value, list):
            raise _type_error(source, key, "a list", value)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(v, args[0], source, f"{key}[{i}]") for i, v in enumerate(value))
        if len(value) != len(args):
            raise _type_error(source, key, f"a list of {len(args)} items", value)
        return tuple(
            _convert(v, a, source, f"{key}[{i}]") for i, (v, a) in enumerate(zip(value, args, strict=True))
        )
    if origin is dict:
        if not isinstance(value, dict):
            raise _type_error(source, key, "a table", value)
        return {k: _convert(v, args[1], source, f"{key}.{k}") for k, v in value.items()}
    raise TypeError(f"LangPack field type {hint!r} has no TOML reader")  # pragma: no cover - a model change


def _type_error(source: str, key: str, wanted: str, value: object) -> ConfigError:
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return ConfigError(
        f"generator pack {source}: key {key!r} must be {wanted}, not {type(value).__name__} {shown}"
    )
