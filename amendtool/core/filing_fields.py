"""The fields of the filing details: what counsel calls each, and the names amendtool never reads.

What counsel calls each field of the filing details: the form's labels, used by the form,
the checks and the command line alike, so a problem names the field as the form shows it.

Names in a filing.toml that amendtool never reads.

A misspelt optional detail ("finale = true", "file_numbr") would otherwise be dropped without
a word, and counsel would file without it. The names the reader knows are not listed twice:
the reader itself is run over the file with every table recording the names it was asked for."""

from __future__ import annotations

import re
from contextlib import suppress
from typing import Any

from amendtool.core.pattern_store import compiled

# (table, key, label, widget kind), in the order the cover page reads; kinds: line, text,
# lines, date, datetime, zone, kind, style, int, bool, parties, exhibits
FIELDS: list[tuple[str, str, str, str]] = [
    ("issuer", "name", "Issuer", "line"),
    ("issuer", "short_name", "Short name", "line"),
    ("issuer", "state_of_incorporation", "State of incorporation", "line"),
    ("issuer", "entity_form", "Form of entity", "line"),
    ("issuer", "defined_name", "Defined name", "line"),
    ("securities", "title", "Title of class", "text"),
    ("securities", "cusip", "CUSIP", "line"),
    ("securities", "underlying", "Underlying", "text"),
    ("securities", "kind", "Kind of security (optional)", "line"),
    ("agent", "name", "Name", "line"),
    ("agent", "title", "Title", "line"),
    ("agent", "company", "Company", "line"),
    ("agent", "address", "Address (one line each)", "lines"),
    ("agent", "phone", "Phone", "line"),
    ("copy_to", "", "Copies to", "parties"),
    ("offer", "kind", "Offer", "kind"),
    ("offer", "statement_filed", "Schedule TO filed", "date"),
    ("offer", "document_title", "Document title", "line"),
    ("offer", "document_date", "Document date", "date"),
    ("offer", "document_exhibit", "Document's exhibit no.", "line"),
    ("offer", "election_form_exhibit", "Election form's exhibit no.", "line"),
    ("offer", "expiration", "Expires (local time)", "datetime"),
    ("offer", "time_zone", "Time zone", "zone"),
    ("offer", "description", "Offer description", "text"),
    ("offer", "consideration", "What is offered", "line"),
    ("offer", "tendered", "What is tendered", "line"),
    ("offer", "transmittal_document", "Transmittal or election form", "line"),
    ("offer", "exhibits", "Other exhibits", "exhibits"),
    ("offer", "withdrawal_reason", "Why withdrawal ends early (optional)", "text"),
    ("amendment", "number", "Amendment No.", "int"),
    ("amendment", "date", "Amendment date", "date"),
    ("amendment", "final", "Final amendment", "bool"),
    ("amendment", "items_heading", "Heading over the items", "line"),
    ("amendment", "notice_exhibit", "Notice's exhibit no.", "line"),
    ("signature", "name", "Signed by", "line"),
    ("signature", "title", "Title", "line"),
    ("notice", "style", "Notice style", "style"),
    ("notice", "to", "To", "line"),
    ("notice", "from", "From", "line"),
    ("notice", "subject", "Subject", "text"),
    ("notice", "program_name", "Program name (optional)", "line"),
    ("notice", "explanation", "Why amended (optional)", "text"),
    ("notice", "contact", "Contact", "text"),
    ("notice", "delivery", "Delivery", "text"),
]
PROBLEM = compiled(r"^\[?\[?(\w+)\]?\]?(?:\.(\w+))?:? (.*)$")


def field_label(table: str, key: str) -> str:
    """The form's label for a field, without the form's "(optional)"."""
    label = next((lbl for t, k, lbl, _ in FIELDS if (t, k) == (table, key)), f"{table}.{key}")
    return label.removesuffix(" (optional)")


def named(table: str, key: str) -> str:
    """A field named for counsel, its filing.toml key in brackets for those who edit it:
    “Why amended” (notice.explanation)."""
    return f"“{field_label(table, key)}” ({table}.{key})"


def labelled(problem: str) -> tuple[tuple[str, str] | None, str]:
    """ "securities.cusip is required" → (("securities", "cusip"), "CUSIP is required"); keys
    named later in the problem are named by their labels too."""
    match = PROBLEM.match(problem)
    if match:
        key = (match.group(1), match.group(2) or "")
        if key in _KEYS:
            label = field_label(*key)
            rest = _OTHER_KEY.sub(_label_of, match.group(3))
            colon = problem.split(" ")[0].endswith(":")
            return key, f"{label}: {rest}" if colon else f"{label} {rest}"
    return None, problem


_KEYS = {(t, k) for t, k, _, _ in FIELDS}
_OTHER_KEY = compiled(r"\b([a-z_]+)\.([a-z_]+)\b")


def _label_of(match: re.Match[str]) -> str:
    key = (match.group(1), match.group(2))
    return f"“{field_label(*key)}”" if key in _KEYS else match.group(0)


def with_key(problem: str) -> str:
    """A problem in the field's own words, its key in brackets (the command line's form):
    "CUSIP is required (securities.cusip)"."""
    key, text = labelled(problem)
    if key is None or text == problem:
        return problem
    return f"{text} ({'.'.join(filter(None, key))})"


class _Recording(dict[str, Any]):
    """A table that remembers which of its names were read."""

    def __init__(self, data: dict[str, Any], path: str) -> None:
        super().__init__({key: _wrap(value, f"{path}{key}") for key, value in data.items()})
        self.path = path
        self.read: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.read.add(key)
        return super().__contains__(key)

    def unread(self) -> list[str]:
        names = [f"{self.path}{key}" for key in self if key not in self.read]
        for key, value in self.items():
            if key in self.read:
                names.extend(_unread_in(value))
        return names


def _wrap(value: Any, path: str) -> Any:
    if isinstance(value, dict):
        return _Recording(value, f"{path}.")
    if isinstance(value, list):
        return [_wrap(item, path) for item in value]
    return value


def _unread_in(value: Any) -> list[str]:
    if isinstance(value, _Recording):
        return value.unread()
    if isinstance(value, list):
        return [name for item in value for name in _unread_in(item)]
    return []


def unknown_keys(data: dict[str, Any]) -> list[str]:
    """The dotted names of `data` the filing reader does not use, in the file's order."""
    from amendtool.core.errors import InputError
    from amendtool.core.filing_reader import _Reader

    recording = _Recording(data, "")
    _Reader(recording).build()
    if "results" in recording:  # the final amendment's own table, read by its own reader
        from amendtool.core.results import parse_results  # only a report of results has one

        with suppress(InputError):  # its problems are named when the results are drafted
            parse_results(recording["results"])
    return recording.unread()
