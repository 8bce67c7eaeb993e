"""Where a quoted change may start and end: at white space, never inside a word, a number
or a rule's parenthesised reference ("13e-4(d)(2)", not "d)(2"); a date or time whole; an
amount with its currency sign and its percent sign or scale ("$20.00", "12.5%")."""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled

# Dates and times are cited whole ('"August 14, 2026"', not '"14"'; '"May 2001"', not
# '"May 20"'; '"5:00 p.m."'; '"(800) 555-0199"'); a day or a year is only a day or a year
# where its digits end.
WHOLE_UNITS = compiled(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:\d{1,2}\b(?:,\s*\d{4}\b)?|\d{4}\b)"
    r"|\b\d{1,2}:\d{2}(?:\s*[ap]\.m\.)?"
    # a telephone number with its area code: "(800) 555-0199", quoted as counsel writes it
    r"|\(\d{3}\)\s?\d{3}-\d{4}\b",
    re.IGNORECASE,
)
_CURRENCY = "$€£¥"
_SPACED = tuple(f"{sign} " for sign in _CURRENCY)  # a sign set apart from its figure
# what follows a number and belongs to it when the number is quoted
_SCALE = compiled(r"\s?%|\s+(?:percent|per cent|million|billion|thousand|basis points)\b")


def whole_tokens(old: str, start: int, end: int, first: int, last: int) -> tuple[int, int]:
    """Widen [start, end) to the white space around it where it cuts into a word, a number
    or a reference ("d)(2" is "13e-4(d)(2)"); then give back the punctuation that only sits
    beside the words (a comma, the sentence's stop, a bracket or quotation mark not closed
    inside), never any of the change itself ([first, last))."""

    def inside(position: int) -> bool:
        return 0 < position < len(old) and not (
            old[position - 1].isspace() or old[position].isspace()
        )

    if inside(start):
        while start > 0 and not old[start - 1].isspace():
            start -= 1
    if inside(end):
        while end < len(old) and not old[end].isspace():
            end += 1
    sentence_end = len(old.rstrip())
    while end > max(last, start + 1):
        char, piece = old[end - 1], old[start:end]
        if char in ",;:!?" or (char == "." and end >= sentence_end) or _unmatched(piece, char):
            end -= 1
        else:
            break
    while start < min(first, end - 1) and _unmatched(old[start:end], old[start]):
        start += 1
    return start, end


_PAIRS = {"(": ")", "[": "]", "“": "”", "‘": "’", '"': '"'}


def _unmatched(piece: str, char: str) -> bool:
    """Whether `char`, a bracket or quotation mark in `piece`, has no partner there."""
    if char == '"':
        return piece.count(char) % 2 == 1
    if char in _PAIRS:
        return piece.count(char) > piece.count(_PAIRS[char])
    closing = {v: k for k, v in _PAIRS.items()}
    if char in closing:
        return piece.count(char) > piece.count(closing[char])
    return False


def balanced(text: str) -> bool:
    """Whether every quotation mark in `text` is closed in it: a quotation the drafting
    writes (the words replaced, a sentence restated) never opens one it leaves open."""
    return not any(_unmatched(text, mark) for mark in ('"', "“", "”"))


def whole_units(old: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) over every date or time it touches, then to whole words."""
    for unit in WHOLE_UNITS.finditer(old):
        if unit.start() < end and unit.end() > start:
            start, end = min(start, unit.start()), max(end, unit.end())
    return whole_words(old, start, end)


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) so that it cuts no word and no number ("20.00", "1,250", "5:00")."""
    while start > 0 and _joined(text, start):
        start -= 1
    while end < len(text) and _joined(text, end):
        end += 1
    return start, end


def _joined(text: str, position: int) -> bool:
    """Whether `position` falls inside a word or a number."""
    if not 0 < position < len(text):
        return False
    before, after = text[position - 1], text[position]
    if before.isalnum() and after.isalnum():
        return True
    if before in ".,:" and after.isdigit():
        return position >= 2 and text[position - 2].isdigit()
    return before.isdigit() and after in ".,:" and text[position + 1 : position + 2].isdigit()


def figure_start(old: str, start: int, new: str, new_start: int) -> bool:
    """The change starts at a currency sign: it is quoted from the sign, not the word before."""
    return old[start : start + 1] in tuple(_CURRENCY) or new[new_start : new_start + 1] in tuple(
        _CURRENCY
    )


def figures(old: str, new: str, start: int, end: int, shift: int) -> tuple[int, int]:
    """An amount is quoted with its currency sign before it and its percent sign or scale
    after it, when the sign is the same on both sides (and so outside the change)."""
    while start > 0 and old[start - 1] in _CURRENCY:
        start -= 1
    if start > 1 and old[start - 2 : start] in _SPACED and old[start : start + 1].isdigit():
        start -= 2  # "$ 1.00", the sign set apart as older EDGAR text prints it
    if re.search(r"\d$", old[start:end].rstrip()) and re.search(
        r"\d$", new[start : end + shift].rstrip()
    ):
        scale = _SCALE.match(old, end)
        if scale and new[end + shift : end + shift + len(scale.group(0))] == scale.group(0):
            end = scale.end()
    return start, end
