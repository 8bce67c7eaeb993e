"""Filling the wording file's templates so a fragment left empty leaves no trace: "for each
{tendered} to" with nothing to say for {tendered} reads "for each to", never "for each  to",
and "{as_amended}." with no earlier amendment ends the sentence where it ends. Every template
of the wording file is a `Template`, so every sentence the tool writes from one is filled
this way; the spacing a template itself prints ("Item 4.  Terms of the Transaction.") is
kept as written.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

_FORMATTER = string.Formatter()
_RUNS = re.compile(r"(?<=\S) {2,}(?=\S)")  # spaces between words inside a value
_STOPS = ",.;:"


def fill(template: str, /, *args: Any, **values: Any) -> str:
    """`template.format(*args, **values)`, with the spaces an empty or padded fragment would
    leave doubled (or before a stop) taken out at the joins between the template's words
    and its fragments."""
    return _fill(template, args, values)


def fill_map(template: str, values: Mapping[str, Any]) -> str:
    return _fill(template, (), values)


def _fill(template: str, args: tuple[Any, ...], values: Mapping[str, Any]) -> str:
    out = ""
    gap = False  # a fragment was left empty just before the next piece
    auto = 0
    for literal, name, spec, conversion in _FORMATTER.parse(template):
        if literal:
            out, gap = _join(out, literal, gap), False
        if name is None:
            continue
        if name == "":
            name, auto = str(auto), auto + 1
        elif name.isdigit():
            auto = int(name) + 1
        found, _ = _FORMATTER.get_field(name, args, values)
        found = _FORMATTER.convert_field(found, conversion)
        spec = _fill(spec, args, values) if spec else ""
        value = _RUNS.sub(" ", format(found, spec))
        if value.strip():
            out, gap = _join(out, value, gap or not out), False  # no sentence opens on a space
        else:
            gap = True
    return out


def _join(out: str, text: str, gap: bool) -> str:
    """`out` + `text`: one space where both bring one, none before a stop, none at the very
    start after an empty fragment."""
    if not text:
        return out
    if out.endswith(" ") and text.startswith(" "):
        text = text.lstrip(" ")
    if not text:
        return out
    if text[0] in _STOPS and not text.startswith(".."):
        out = out.rstrip(" ")
    if gap and not out:
        text = text.lstrip(" ")
    return out + text


class Template(str):
    """A template of the wording file: `format` fills it as `fill` does."""

    __slots__ = ()

    def format(self, /, *args: Any, **values: Any) -> str:
        return _fill(str.__str__(self), args, values)

    def format_map(self, values: Mapping[str, Any]) -> str:  # type: ignore[override]
        return _fill(str.__str__(self), (), values)


def templated(data: Any) -> Any:
    """The wording file's tables with every text in them a `Template`."""
    if isinstance(data, str):
        return Template(data)
    if isinstance(data, dict):
        return {key: templated(value) for key, value in data.items()}
    if isinstance(data, list):
        return [templated(value) for value in data]
    return data
