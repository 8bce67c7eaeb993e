"""Abbreviations and their spelled-out forms, from a list a firm can edit.

Exchanging one for the other ("U.S." → "United States") changes no word of substance, so
the comparison reads both texts with every abbreviation spelled out, and the reason quotes
the abbreviation whole, with its full stops.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from amendtool.core.errors import InputError
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.resources import resource_path


@cache
def abbreviations() -> tuple[tuple[str, str], ...]:
    """(abbreviation, spelled out), longest abbreviation first ("U.S.A." before "U.S.")."""
    path = resource_path("materiality", "abbreviations.toml")
    try:
        table = read_toml(path).get("abbreviations", {})
        pairs = [(str(short), str(long)) for short, long in table.items()]
    except (OSError, tomllib.TOMLDecodeError, AttributeError) as exc:
        raise InputError(path, f"abbreviations cannot be read ({exc})") from exc
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


@cache
def _pattern() -> re.Pattern[str] | None:
    shorts = [re.escape(short) for short, _ in abbreviations()]
    if not shorts:
        return None
    # whole words: no letter before, and none after (a full stop may end the sentence too)
    return compiled(r"(?<![\w.])(?:" + "|".join(shorts) + r")(?![\w])")


def spell_out(text: str) -> str:
    """`text` with every abbreviation the list names replaced by its spelled-out form."""
    pattern = _pattern()
    if pattern is None:
        return text
    longs = dict(abbreviations())
    return pattern.sub(lambda m: longs[m.group(0)], text)


def spelled_out(old: str, new: str) -> tuple[str, bool] | None:
    """('“U.S.” → “United States”', True) for the abbreviations one text prints and the
    other spells out; True when each is spelled out (not abbreviated) in the new text."""
    found: list[tuple[str, bool]] = []
    for short, long in abbreviations():
        olds, news = _count(short, old), _count(short, new)
        if olds > news and _count(long, new) > _count(long, old):
            found.append((f"“{short}” → “{long}”", True))
        elif news > olds and _count(long, old) > _count(long, new):
            found.append((f"“{long}” → “{short}”", False))
    if not found:
        return None
    return ", ".join(shown for shown, _ in found), all(out for _, out in found)


def ends_with_abbreviation(text: str) -> bool:
    """Whether `text` + "." ends with an abbreviation whose full stop is its own ("U.S")."""
    stopped = text + "."
    if re.search(r"(?:^|[^\w.])(?:[A-Za-z]\.){2,}$", stopped):
        return True
    return any(short.endswith(".") and stopped.endswith(short) for short, _ in abbreviations())


def _count(short: str, text: str) -> int:
    """How often `text` prints `short` as a whole word: read only where it prints it at all
    (most texts print none of the list, which is asked about for every pair of texts)."""
    if short not in text:
        return 0
    return len(re.findall(r"(?<![\w.])" + re.escape(short) + r"(?![\w])", text))


# what a short name's definition adds: ", or Nasdaq,", "(the "NYSE")", "("Nasdaq")"
_DEFINITION = compiled(
    r'^(?:,?\s*or\s+(?:the\s+)?"?(?P<or>[A-Z][\w.&\'-]*(?:\s+[A-Z][\w.&\'-]*){0,3})"?,?'
    r'|\(\s*(?:the\s+)?"(?P<quoted>[^"()]{1,40})"\s*\))$'
)


def defined_short_name(old: str, edits: list[tuple[str, str]]) -> str | None:
    """The short name an edit defines for words the text already prints ("the Nasdaq Global
    Market, or Nasdaq,", "New York Stock Exchange (the "NYSE")"): its words are among the
    old text's, or it is their initials. None when any edit does more."""
    names = []
    for taken, put in edits:
        match = _DEFINITION.match(put.strip()) if not taken else None
        if match is None:
            return None
        name = match["or"] or match["quoted"]
        if not _names_printed(name, old):
            return None
        names.append(name)
    return ", ".join(names) or None


def _names_printed(name: str, old: str) -> bool:
    words = re.findall(r"[\w&'-]+", old)
    folded = {w.casefold() for w in words}
    if all(w.casefold() in folded for w in name.split()):
        return True
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(name) > 1 and name.isupper() and name.replace(".", "") in initials
