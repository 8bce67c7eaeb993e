"""What the find bar matches and what Replace puts in (no Qt here).

As in Word: without Match case a term matches in any case, and each replacement takes the
case of the words it replaces (a cover page line in capitals stays in capitals, a heading in
title case stays in title case); Whole words matches a term only where it is not part of a
longer word ("option" in "options" is not found).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

SPACES = r"[^\S\n\r\u2028\u2029]+"  # a run of spaces within a paragraph, never a break


@dataclass(frozen=True)
class FindOptions:
    match_case: bool = False
    whole_words: bool = False


def find_pattern(term: str, options: FindOptions) -> re.Pattern[str] | None:
    """The term as a pattern (None for no term); its spaces match any run of spaces (a
    double space, a tab) inside a paragraph, never across one."""
    if not term:
        return None
    words = term.split()
    if not words or term != " ".join(words):  # spaced otherwise than singly: as typed
        body = re.escape(term)
    else:
        body = SPACES.join(re.escape(word) for word in words)
    if options.whole_words:
        body = (r"(?<!\w)" if term[:1].isalnum() else "") + body
        body += r"(?!\w)" if term[-1:].isalnum() else ""
    return re.compile(body, 0 if options.match_case else re.IGNORECASE)


def spans(text: str, term: str, options: FindOptions) -> list[tuple[int, int]]:
    """Where the term is in `text`: (start, end) of each match, in order."""
    pattern = find_pattern(term, options)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]


def keep_case(found: str, replacement: str, term: str) -> str:
    """The replacement in the case of the words it replaces, as Word sets it: a match in
    capitals (a cover line) takes it in capitals however counsel typed the term; any other
    match written as counsel typed the term takes it as typed; one in title case, in lower
    case or starting with a capital takes it in that case; any other, as typed."""
    letters = [c for c in found if c.isalpha()]
    if not letters:
        return replacement
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if found == term:
        return replacement
    if all(c.islower() for c in letters):
        return replacement.lower()
    words = _WORD.findall(found)
    if len(words) > 1 and all(w[0].isupper() for w in words):
        return _WORD.sub(lambda m: m.group(0)[0].upper() + m.group(0)[1:], replacement)
    if letters[0].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_WORD = re.compile(r"[^\W\d_]+")


def replace_in(text: str, term: str, replacement: str, options: FindOptions) -> tuple[str, int]:
    """Every match in `text` replaced (keeping each match's case unless Match case is on),
    and how many were."""
    pattern = find_pattern(term, options)
    if pattern is None:
        return text, 0
    put: Callable[[re.Match[str]], str] = (
        (lambda _m: replacement)
        if options.match_case
        else (lambda m: keep_case(m.group(0), replacement, term))
    )
    return pattern.subn(put, text)
