"""items.json's text: what `json.dumps(data, indent=2, ensure_ascii=False)` writes, told
without the standard library's pure-Python encoder.

With an indent, `json` walks the data in generators that yield each comma, key and bracket
on its own (a 300-item amendment is over a hundred thousand of them); here each list or
table is joined in one step and every string is escaped by the C function `json` itself
uses. Data of any other kind than parsed JSON holds is handed to `json.dumps`, so what it
writes, or the error it raises, is the standard library's.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
from typing import Any

from amendtool.core.clean_text import strip_unsafe
from amendtool.io.project_checks import PATH_KEYS, clean_strings

_INDENT = "  "


class _Unusual(Exception):
    """A value this module does not write as `json` does (json.dumps writes it, or says why)."""


def json_text(data: Any, clean: bool = False) -> str:
    """`data` as `json.dumps(data, indent=2, ensure_ascii=False)` writes it; `clean`: each
    string cleaned first as `clean_strings` cleans it (in `data` too), in the same walk
    rather than one walk to clean and another to write (the output gate of items.json)."""
    try:
        if clean and type(data) is str:
            data = strip_unsafe(data)[0]
        return _value(data, "\n", clean)
    except (_Unusual, RecursionError):
        if clean:
            data = clean_strings(data)
        return json.dumps(data, indent=2, ensure_ascii=False)


def _value(value: Any, newline: str, clean: bool = False) -> str:
    """`value` set at the depth whose lines begin with `newline` (a line break and indent);
    `clean`: its strings cleaned, as `clean_strings` cleans them."""
    kind = type(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = newline + _INDENT
        members = []
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual  # json.dumps turns numbers and literals into strings, or refuses
            kind = type(item)  # the common leaves told here, without a call
            if kind is str:
                if clean and key not in PATH_KEYS:
                    fixed, removed = strip_unsafe(item)
                    if removed is not None:
                        value[key] = item = fixed
                text = encode_basestring(item)
            elif item is None:
                text = "null"
            elif kind is int:
                text = int.__repr__(item)
            elif kind is bool:
                text = "true" if item else "false"
            else:
                text = _leaf(item, inner, clean)
            members.append(encode_basestring(key) + ": " + text)
        return "{" + inner + ("," + inner).join(members) + newline + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = newline + _INDENT
        if clean:
            if kind is tuple:
                raise _Unusual  # left as it is by clean_strings, strings and all: said there
            for index, item in enumerate(value):
                if type(item) is str:
                    fixed, removed = strip_unsafe(item)
                    if removed is not None:
                        value[index] = fixed
        told = [_leaf(v, inner, clean) for v in value]
        return "[" + inner + ("," + inner).join(told) + newline + "]"
    return _leaf(value, newline, clean)


def _leaf(value: Any, newline: str, clean: bool = False) -> str:
    """`value` told at once when it is a string, a whole number or a literal (most of what
    items.json holds), else as a list or table."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is dict or kind is list or kind is tuple:
        return _value(value, newline, clean)
    if kind is float and value == value and value not in (math.inf, -math.inf):
        return float.__repr__(value)
    raise _Unusual  # a subclass, NaN, infinity, an object: json.dumps has the last word
