"""The lines `export --progress` writes for the app to read back: what is being written, and
each file written, one line each.

A name is the user's (the output folder's path): it may hold a newline (which would make
two lines of one, or forge a "written" line), an escape sequence, a direction override or
bytes that are not UTF-8. Each name is written percent-encoded from its bytes, so a line is
printable ASCII, one line, and the app reads back exactly the path that was written.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, unquote_to_bytes

PROGRESS, WRITTEN = "progress", "written"


class Progress(NamedTuple):
    name: str
    done: int
    total: int


Event = tuple[str, Progress] | tuple[str, Path]


def encoded(text: str | os.PathLike[str]) -> str:
    """The name as printable ASCII without spaces: its bytes, percent-encoded."""
    return quote(os.fsencode(text), safe="/._-")


def decoded(text: str) -> str:
    return os.fsdecode(unquote_to_bytes(text))


def progress_line(name: str, done: int, total: int) -> str:
    return f"{PROGRESS} {encoded(name)} {done} {total}"


def written_line(path: Path) -> str:
    return f"{WRITTEN} {encoded(path)}"


class ProgressReader:
    """Reads the lines as they arrive, a line possibly in pieces; anything else the process
    prints (its summary) is passed over."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, data: bytes) -> list[Event]:
        lines = (self._pending + data).split(b"\n")
        self._pending = lines.pop()
        events: list[Event] = []
        for raw in lines:
            line = raw.decode("ascii", "replace").strip()
            kind, _, rest = line.partition(" ")
            fields = rest.split(" ")
            if kind == PROGRESS and len(fields) == 3 and all(f.isdigit() for f in fields[1:]):
                events.append((PROGRESS, Progress(decoded(fields[0]), *map(int, fields[1:]))))
            elif kind == WRITTEN and len(fields) == 1 and fields[0]:
                events.append((WRITTEN, Path(decoded(fields[0]))))
        return events
