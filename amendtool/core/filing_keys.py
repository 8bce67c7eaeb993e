"""Names in a filing.toml that amendtool never reads.

A misspelt optional detail ("finale = true", "file_numbr") would otherwise be dropped without
a word, and counsel would file without it. The names the reader knows are not listed twice:
the reader itself is run over the file with every table recording the names it was asked for.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any


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
    from amendtool.core.results import parse_results

    recording = _Recording(data, "")
    _Reader(recording).build()
    if "results" in recording:  # the final amendment's own table, read by its own reader
        with suppress(InputError):  # its problems are named when the results are drafted
            parse_results(recording["results"])
    return recording.unread()
