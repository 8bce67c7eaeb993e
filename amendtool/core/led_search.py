"""A pattern every match of which begins with one of a few characters (a bare number: a
digit or a fraction mark), searched from each place holding one: the engine tries the whole
pattern only there, where its own search tried it at every character of a paragraph (the
pattern opens with a look behind, which leaves the engine nothing to skip ahead to). The
match found is the pattern's own leftmost one: no place before it holds such a character
where the pattern matches. Declared for each pattern; a test holds every match of each to
its first characters."""

from __future__ import annotations

import re

# by the pattern's id (a compiled pattern's hash is worked out from all of its code)
_declared: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def led_by(pattern: re.Pattern[str], first: re.Pattern[str]) -> None:
    """Declare that every match of `pattern` begins with a character `first` matches."""
    _declared[id(pattern)] = (pattern, first)


def declared() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return list(_declared.values())


def first_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """What every match of `pattern` begins with, when declared; else None."""
    known = _declared.get(id(pattern))
    return known[1] if known is not None and known[0] is pattern else None


def search_led(
    pattern: re.Pattern[str], first: re.Pattern[str], text: str, position: int = 0
) -> re.Match[str] | None:
    """`pattern.search(text, position)`, tried only where `first` finds a character."""
    while (start := first.search(text, position)) is not None:
        found = pattern.match(text, start.start())
        if found is not None:
            return found
        position = start.start() + 1
    return None
