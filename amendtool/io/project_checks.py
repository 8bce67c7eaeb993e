"""What a loaded project must be before anything trusts it (whether its original is still the
file it was drafted from is in io/project_original.py).

A project file is data from disk: damaged, edited by hand or crafted, any key may hold any
JSON. Its strings are cleaned as a document's text is, and the objects built from it are
checked against the model's own annotations, so a wrong type is refused at the door (naming
where it is) instead of failing later inside a writer.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from amendtool.core.clean_text import Removed, strip_unsafe
from amendtool.core.pattern_store import compiled


class Damaged(Exception):
    """A value of the wrong shape, or missing; `where` says which (e.g.
    items[3].locator.paragraph), `problem` what is wrong with it, in words."""

    def __init__(self, where: str, expected: str, problem: str = "") -> None:
        self.where, self.expected = where, expected
        self.problem = problem or f"should be {expected}"
        super().__init__(f"{where} {self.problem}")

    def within(self, outer: str) -> Damaged:
        """The same damage, its place given from `outer` down."""
        return Damaged(_joined(outer, self.where), self.expected, self.problem)


def _joined(outer: str, inner: str | int) -> str:
    if isinstance(inner, int):
        return f"{outer}[{inner}]"
    if not outer or inner.startswith("["):
        return f"{outer}{inner}"
    return f"{outer}.{inner}" if inner else outer


@contextmanager
def entry(where: str) -> Iterator[None]:
    """Reading one entry of the file: whatever is missing or of the wrong kind in it is
    damage at that entry, said in words (a Python error's name means nothing to counsel)."""
    try:
        yield
    except Damaged as exc:
        raise exc.within(where) from None
    except KeyError as exc:
        raise Damaged(_joined(where, str(exc.args[0])), "", "is missing") from None
    except TypeError as exc:
        named = _ARGUMENT.search(str(exc))
        if named and "unexpected" in str(exc):
            problem = "is not a field amendtool knows"
            raise Damaged(_joined(where, named.group(1)), "", problem) from None
        if named:
            raise Damaged(_joined(where, named.group(1)), "", "is missing") from None
        raise Damaged(where, "", "holds a value of the wrong kind") from None
    except (ValueError, AttributeError, IndexError, OverflowError):
        raise Damaged(where, "", "holds a value amendtool cannot read") from None


_ARGUMENT = compiled(r"argument:? '(\w+)'")


def required_fields(kind: type, data: dict[str, Any], where: str) -> None:
    """Damage naming the first field `kind` (a dataclass) needs that `data` lacks, and the
    same for each field that is itself such a table (an item's locator): said where it is,
    before the constructor could only say an argument is missing."""
    hints = _hints(kind)
    for field in dataclasses.fields(kind):
        unset = field.default is dataclasses.MISSING
        if unset and field.default_factory is dataclasses.MISSING and field.name not in data:
            raise Damaged(_joined(where, field.name), "", "is missing")
        inner = hints[field.name]
        value = data.get(field.name)
        if dataclasses.is_dataclass(inner) and isinstance(inner, type):
            if not isinstance(value, dict):
                named = _ENTRY_NAMES.get(inner.__name__, "a table of fields")
                raise Damaged(_joined(where, field.name), named)
            required_fields(inner, value, _joined(where, field.name))


def enum_value(kind: type[enum.Enum], data: dict[str, Any], key: str) -> Any:
    """`data[key]` as one of `kind`'s values, or damage naming the key and the values."""
    try:
        return kind(data[key])
    except ValueError:
        raise Damaged(key, _described(kind)) from None


# paths the system named (the original, the outputs' folder): any character a file name may
# hold is kept, so the file is found again; they are shown only through shown_path
PATH_KEYS = frozenset({"source", "folder"})


def clean_strings(data: Any, removals: list[tuple[str, Removed]] | None = None) -> Any:
    """Every string in parsed JSON without control characters, escape sequences, direction
    overrides or lone surrogates (which no writer could write), paths apart; each string
    cleaned goes into `removals` with its place, in the file's order. Walked with a stack,
    so depth costs nothing; places are named only when `removals` asks for them."""
    if isinstance(data, str):
        clean, removed = strip_unsafe(data)
        if removed is not None and removals is not None:
            removals.append(("", removed))
        return clean
    named = removals is not None
    stack: list[tuple[list[Any] | dict[str, Any], str]] = [(data, "")]
    while stack:
        container, where = stack.pop()
        keys = range(len(container)) if isinstance(container, list) else list(container)
        inner: list[tuple[list[Any] | dict[str, Any], str]] = []
        for key in keys:
            value = container[key]  # type: ignore[index]
            if isinstance(value, str) and key not in PATH_KEYS:
                clean, removed = strip_unsafe(value)
                if removed is not None:
                    container[key] = clean  # type: ignore[index]
                    if removals is not None:
                        removals.append((_joined(where, key), removed))
            elif isinstance(value, list | dict):
                inner.append((value, _joined(where, key) if named else ""))
        stack.extend(reversed(inner))
    return data


def check_shape(value: Any, hint: Any, where: str) -> None:
    """Raise Damaged unless `value` fits the annotation `hint` (dataclasses field by field)."""
    _checker(hint)(value, where)


Check = typing.Callable[[Any, str], None]


@functools.cache
def _checker(hint: Any) -> Check:
    """How a value is checked against `hint`, worked out once for the annotation: asked of
    every paragraph and cell of a project, an annotation taken apart again for each value
    was most of the time a project of a 20,000-row table took to open."""
    if hint is Any or hint is object:
        return _anything
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _union([_checker(option) for option in typing.get_args(hint)])
    if hint is type(None):
        return _none
    if origin in (list, tuple):
        arguments = [a for a in typing.get_args(hint) if a is not Ellipsis]
        return _sequence(origin, _checker(arguments[0] if arguments else Any))
    if origin is dict:
        key_type, value_type = typing.get_args(hint) or (Any, Any)
        return _mapping(_checker(key_type), _checker(value_type))
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _dataclass(hint)
    if isinstance(hint, type):
        return _instance(hint)
    return _refused(str(hint))  # an annotation this check does not know: refuse


def _anything(value: Any, where: str) -> None:
    return None


def _none(value: Any, where: str) -> None:
    if value is not None:
        raise Damaged(where, "empty (null)")


def _union(options: list[Check]) -> Check:
    def check(value: Any, where: str) -> None:
        errors = []
        for option in options:
            try:
                option(value, where)
                return
            except Damaged as error:
                errors.append(error.expected)
        raise Damaged(where, " or ".join(errors))

    return check


def _sequence(kind: type, item: Check) -> Check:
    def check(value: Any, where: str) -> None:
        if not isinstance(value, kind):
            raise Damaged(where, "a list")
        if item is not _anything:
            for index, one in enumerate(typing.cast(list[Any], value)):
                item(one, f"{where}[{index}]")

    return check


def _mapping(key: Check, item: Check) -> Check:
    def check(value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise Damaged(where, "a table of fields")
        for name, one in value.items():
            key(name, f"{where} key")
            item(one, f"{where}.{name}")

    return check


def _dataclass(kind: type) -> Check:
    fields: tuple[tuple[str, Check], ...] | None = (
        None  # at the first value: a kind may hold itself
    )

    def check(value: Any, where: str) -> None:
        nonlocal fields
        if not isinstance(value, kind):
            raise Damaged(where, _ENTRY_NAMES.get(kind.__name__, "a table of fields"))
        if fields is None:
            fields = tuple((name, _checker(hint)) for name, hint in _saved_fields(kind))
        for name, field_check in fields:
            field_check(getattr(value, name), f"{where}.{name}")

    return check


def _instance(kind: type) -> Check:
    numeric = kind in (int, float)

    def check(value: Any, where: str) -> None:
        if not isinstance(value, kind) or (numeric and isinstance(value, bool)):
            raise Damaged(where, _described(kind))

    return check


def _refused(expected: str) -> Check:
    def check(value: Any, where: str) -> None:
        raise Damaged(where, expected)

    return check


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    """The annotations of the dataclass `kind`, read once for the kind: reading them compiles
    each, and a project holds a dataclass for every paragraph (a minute to refuse a project
    of 100,000 paragraphs, read for each). Nobody changes the mapping handed out."""
    return typing.get_type_hints(kind)


@functools.cache
def _saved_fields(kind: type) -> tuple[tuple[str, Any], ...]:
    """Each saved field of the dataclass `kind` with its annotation (the reader's elements,
    compare=False, are not saved)."""
    hints = _hints(kind)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(kind) if f.compare)


_ENTRY_NAMES = {
    "Document": "the text of an offer",
    "AmendmentItem": "an item",
    "Locator": "a place in the offer",
    "NewSection": "a new section",
}


def _described(hint: type) -> str:
    if issubclass(hint, enum.Enum):
        return "one of " + ", ".join(str(m.value) for m in hint)
    return {
        str: "text",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        dict: "a table of fields",
        list: "a list",
        tuple: "a list",
    }.get(hint, f"a {hint.__name__}")
