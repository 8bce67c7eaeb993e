"""Filing details (filing.toml): the facts of the offer and the amendment, validated.

The model lives in filing_details and the field-by-field reading in filing_reader; this module
reads the file and is where the rest of the product imports them from."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from amendtool.core.errors import InputError
from amendtool.core.filing_details import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_DETAIL,
    MAX_DETAIL_WORD,
    NOTICE_STYLES,
    OFFER_TERMS,
    UNKNOWN_DAY,
    FilingDetails,
    FilingError,
    Party,
)
from amendtool.core.filing_reader import _Reader
from amendtool.core.filing_text import cusip_check_digit, validate_cusip, validate_exhibit
from amendtool.core.pattern_store import compiled

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "MAX_DETAIL",
    "MAX_DETAIL_WORD",
    "NOTICE_STYLES",
    "OFFER_TERMS",
    "UNKNOWN_DAY",
    "FilingDetails",
    "FilingError",
    "Party",
    "_Reader",
    "cusip_check_digit",
    "filing_from_dict",
    "load_filing",
    "load_filing_and_data",
    "read_filing_data",
    "validate_cusip",
    "validate_exhibit",
]


def load_filing(path: str | Path, notices: list[str] | None = None) -> FilingDetails:
    """A filing.toml counsel wrote: besides every bad value, a name the reader never uses
    is refused (a misspelt optional detail would otherwise be dropped without a word)."""
    return load_filing_and_data(path, notices)[0]


def load_filing_and_data(
    path: str | Path, notices: list[str] | None = None
) -> tuple[FilingDetails, dict[str, Any]]:
    """load_filing, with the TOML as read: the file is read once (a pipe read twice would
    block, a file changed between two reads would give two different filings)."""
    from amendtool.core.filing_fields import unknown_keys

    data = read_filing_data(path, notices)
    unknown = [
        f"{name} is not a filing detail amendtool reads; correct or remove it"
        for name in unknown_keys(data)
    ]
    try:
        details = filing_from_dict(data, path)
    except FilingError as exc:
        if not unknown:
            raise
        # a required detail misspelt ("cusp") is missing because of the name: said first
        raise FilingError(path, [*unknown, *exc.problems]) from exc
    if unknown:
        raise FilingError(path, unknown)
    return details, data


# midnight as counsel writes it, "expiration = 2026-05-14 24:00", which TOML has no time
# for: read as the string the filing details take for the end of that day
_MIDNIGHT = compiled(
    r"(?m)^(\s*expiration\s*=\s*)(\d{4}-\d{2}-\d{2})[ Tt]24:00(?::00)?(?=\s*(?:#|$))"
)


def read_filing_data(path: str | Path, notices: list[str] | None = None) -> dict[str, Any]:
    """The TOML of a filing.toml, read through the input gate (a regular file of sensible
    size, its encoding read), not yet checked: the app's form shows what is wrong field by
    field."""
    from amendtool.io.source_file import read_settings_text

    path = Path(path)
    text = _MIDNIGHT.sub(r'\1"\2 24:00"', read_settings_text(path, notices))
    try:
        data = tomllib.loads(text)
        if nesting(data) > MAX_NESTING:
            raise RecursionError  # read, but deeper than the checks of its fields can follow
        return data
    except tomllib.TOMLDecodeError as exc:
        if not _LOOKS_LIKE_TOML.search(text[:20_000]):  # a document given as the filing
            raise InputError(
                path,
                "holds text, not filing details; give --filing the filing details "
                "(a filing.toml such as resources/samples/filing.toml), not a document",
            ) from exc
        curly = curly_quoted(text, str(exc))
        if curly is not None:
            raise InputError(path, f"is not valid TOML: {curly}") from exc
        raise InputError(path, f"is not valid TOML ({exc}); correct it there") from exc
    except ValueError as exc:  # a number of thousands of digits
        raise InputError(path, "holds a number thousands of digits long; check it") from exc
    except RecursionError as exc:
        raise InputError(
            path,
            "is nested too deeply to be filing details; start again from "
            "resources/samples/filing.toml",
        ) from exc


MAX_NESTING = 32  # filing details nest three deep; the field checks follow them recursively


def nesting(data: object) -> int:
    """How deep tables and lists nest in `data` (counted without recursion)."""
    deepest, todo = 0, [(data, 0)]
    while todo:
        value, depth = todo.pop()
        deepest = max(deepest, depth)
        if isinstance(value, dict):
            todo.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            todo.extend((v, depth + 1) for v in value)
    return deepest


# a table header or a key = value line: the file was meant as TOML
_LOOKS_LIKE_TOML = compiled(r"^[ \t]*(?:\[[\w. \"-]+\][ \t]*$|[\w\"-][\w.\" -]*=)", re.MULTILINE)


def filing_from_dict(data: dict[str, Any], path: str | Path = "filing.toml") -> FilingDetails:
    reader = _Reader(data)
    details = reader.build()
    if reader.problems or reader.missing or reader.wrong:
        raise FilingError(path, reader.said())
    assert details is not None
    return details


_AT = compiled(r"at line (\d+), column (\d+)")
_CURLY = "“”„‘’"  # quotes a word processor sets for straight ones


def curly_quoted(text: str, error: str) -> str | None:
    """What to say when the parser stopped at a value set in curly quotes (a word processor
    turns straight quotes curly as one types): the line, the quotes and the fix; None for
    any other mistake."""
    at = _AT.search(error)
    if at is None:
        return None
    lines = text.splitlines()
    number, column = int(at.group(1)), int(at.group(2))
    line = lines[number - 1] if 0 < number <= len(lines) else ""
    opening = line[column - 1 : column]
    if not opening or opening not in _CURLY:  # past the line's end ("" is in every string)
        return None
    closing = "’" if opening in "‘’" else "”"
    return (
        f"line {number} sets a value in curly quotes ({opening}…{closing}); TOML needs "
        'straight quotes ("…"), which a word processor may have turned curly: type them '
        "again in a plain text editor"
    )
