"""A pattern ignoring case, searched in text of ASCII (most of an offer) as the same pattern
minding case searches the text in small letters: the engine then compares each letter once,
not both ways, and the longest patterns (a ratio's, a count's: every number word tried at
every word) take under half the time. The match is then made again on the text as printed,
at the place found, so what a caller reads (groups, spans, the words as printed) is what the
pattern ignoring case would have given.

Only a pattern for which the two searches find the same can be searched so: every letter it
names is a small one (or, in a set, has its small letter beside it: "[A-Za-z]"), none of it
minds case ("(?-i:…)"), and no letter outside ASCII in it stands for one inside ("ſ" is "s"
ignoring case). Any other pattern, and any text with a letter outside ASCII (Unicode folds
more than ASCII does: "K", the Kelvin sign, is "k"), is searched as it is."""

from __future__ import annotations

import re
import re._constants as _c  # type: ignore[import-not-found,unused-ignore]
import re._parser as _parser  # type: ignore[import-not-found,unused-ignore]
from typing import Any

from amendtool.core.led_search import first_of, search_led
from amendtool.core.pattern_store import compiled

# the letters outside ASCII that a pattern ignoring case takes for one inside ("ſ" for "s",
# the Kelvin sign for "k", the dotted and dotless "i"); tests/core hold the list to `re`
STANDS_FOR_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_NOT_ASCII = compiled(r"[^\x00-\x7f]+")
# by the pattern's id: a compiled pattern's hash is worked out from all of its code, each
# time (a ratio's is 35,000 letters); the patterns declared are kept for the whole run
_declared: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def searched_small(*patterns: re.Pattern[str]) -> None:
    """Declare `patterns` (each ignoring case) fit to be searched in small letters: what
    `small_letters` holds of them, a test holds of every one declared (telling it at each
    run would cost as much as the search it spares: a ratio's pattern is 35,000 letters)."""
    for pattern in patterns:
        _declared.setdefault(id(pattern), (pattern, None))


def declared() -> list[re.Pattern[str]]:
    return [pattern for pattern, _twin in _declared.values()]


def search(
    pattern: re.Pattern[str], text: str, small: str | None, position: int = 0
) -> re.Match[str] | None:
    """`pattern.search(text, position)`; `small`: `in_small_letters(text)` (a caller that
    searches one text for many patterns makes it once). A pattern not declared is searched
    as it is, or from the characters its matches begin with (led_search.py)."""
    known = _declared.get(id(pattern)) if small is not None else None
    if small is None or known is None or known[0] is not pattern:
        first = first_of(pattern)  # a bare number's: tried only where a digit is
        if first is not None:
            return search_led(pattern, first, text, position)
        return pattern.search(text, position)
    other = known[1]
    if other is None:  # compiled when first searched so (kept between runs: pattern_store)
        other = compiled(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        _declared[id(pattern)] = (pattern, other)
    found = other.search(small, position)
    return None if found is None else pattern.match(text, found.start())


def in_small_letters(text: str) -> str | None:
    """`text` in small letters (the same length, so spans carry over) when the two searches
    compare each of its characters alike: letters of ASCII, and beside them only characters
    with no capital and no small letter (the marks over masked references, "§", a curly
    quote, a dash); else None."""
    small = text.lower()
    if text.isascii():
        return small
    others = "".join(_NOT_ASCII.findall(text))
    return small if others.lower() == others == others.upper() else None


def small_letters(pattern: re.Pattern[str]) -> bool:
    """Whether `pattern`, minding case, finds in any ASCII text in small letters what it
    finds ignoring case in the text: every letter it names is a small one (or, in a set, has
    its small letter beside it), no part minds case, and no letter outside ASCII in it
    stands for one inside."""
    return bool(pattern.flags & re.IGNORECASE) and _small_letters(pattern.pattern, pattern.flags)


def _small_letters(source: str, flags: int) -> bool:
    try:
        parsed = _parser.parse(source, flags)
    except re.error:
        return False
    return _all_small(parsed)


def _all_small(items: Any) -> bool:
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            if not _small_char(av):
                return False
        elif op is _c.IN:
            if not _small_set(av):
                return False
        elif op is _c.SUBPATTERN:
            _group, _added, removed, inner = av
            if removed & re.IGNORECASE or not _all_small(inner):
                return False  # "(?-i:[IVXL])": a part minding case
        elif op is _c.BRANCH:
            if not all(_all_small(branch) for branch in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if not _all_small(av[2]):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _all_small(av[1]):
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _all_small(av):
                return False
        elif op is _c.GROUPREF_EXISTS:
            if not all(_all_small(part) for part in av[1:] if part is not None):
                return False
        elif op not in (_c.AT, _c.ANY, _c.GROUPREF, _c.CATEGORY):
            return False  # anything else: not told apart here, so searched as it is
    return True


def _small_char(code: int) -> bool:
    """A character the two searches compare alike: no capital in ASCII, none outside it
    standing for a letter in ASCII."""
    char = chr(code)
    if code < 128:
        return not char.isupper()
    return char not in STANDS_FOR_ASCII


def _small_set(members: Any) -> bool:
    """A set whose every capital in ASCII has its small letter in it too; outside ASCII, no
    member that stands for a letter in ASCII."""
    chars: set[str] = set()
    for op, av in members:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE:
            low, high = av
            if any(low <= ord(char) <= high for char in STANDS_FOR_ASCII):
                return False
            chars.update(chr(code) for code in range(low, min(high, 127) + 1))
        elif op not in (_c.NEGATE, _c.CATEGORY):
            return False
    for char in chars:
        if char.isascii():
            if char.isupper() and char.lower() not in chars:
                return False
        elif char in STANDS_FOR_ASCII:
            return False
    return True
