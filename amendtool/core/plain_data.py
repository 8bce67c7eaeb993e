"""Dataclasses as plain data (dicts, lists, tuples and the values inside), as
dataclasses.asdict gives them, made without its generic deep copy.

items.json, the project file and autosave turn every item into a dict: asdict copied each
field through copy.deepcopy, a tenth of a second for a 300-item amendment. The values an
item holds are strings, numbers, enums and containers of them: those are shared (they are
immutable), the containers made anew, and anything else still deep-copied, so the result is
what asdict gives (tests/core/test_plain_data.py compares them)."""

from __future__ import annotations

import copy
import dataclasses
from enum import Enum
from typing import Any

_SHARED = (str, int, float, bool, bytes, type(None), Enum)  # immutable: asdict's copy is itself
_FIELDS: dict[type, tuple[str, ...]] = {}


def as_plain_dict(instance: object) -> dict[str, Any]:
    """dataclasses.asdict(instance), made faster for plain values."""
    if not dataclasses.is_dataclass(instance) or isinstance(instance, type):
        raise TypeError("as_plain_dict() should be called on dataclass instances")
    return _dict_of(instance)


def _dict_of(instance: object) -> dict[str, Any]:
    cls = type(instance)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(instance))  # type: ignore[arg-type]
    return {name: _plain(getattr(instance, name)) for name in names}


def _plain(value: Any) -> Any:
    if isinstance(value, _SHARED):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _dict_of(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
        return type(value)(*[_plain(v) for v in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return type(value)((_plain(k), _plain(v)) for k, v in value.items())
    return copy.deepcopy(value)
