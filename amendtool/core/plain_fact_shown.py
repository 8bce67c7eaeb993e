"""How the plain notice shows a fact it read, and whether a fact of the old text and one of
the new stand in the same place: the two questions asked of each fact pair before a change is
told ("The deadline is now May 8, 2026. It was April 29, 2026.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from amendtool.core.pattern_store import compiled
from amendtool.core.plain_numbers import ratio_words

if TYPE_CHECKING:
    from amendtool.core.plain_fact_reading import Fact

_IN_FIGURES = compiled(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()


def shown(kind: str, printed: str) -> str:
    """A fact as the notice prints it: 'April 17, 2023' for 'APRIL 17, 2023' and for
    '4/17/2023' (a date in words, as employees read it), 'one for two'."""
    printed = " ".join(printed.split())
    if kind == "ratio":
        return ratio_words(printed)
    if kind == "date" and (figures := _IN_FIGURES.fullmatch(printed)):
        month, day, year = (int(part) for part in figures.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{_MONTH_NAMES[month - 1]} {day}, {year}"
    if kind == "date":
        return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), printed)
    if kind == "time":
        return printed.lower()
    return printed


_WORDS_BEFORE = compiled(r"[a-z]+")


_DAY_ENDS = compiled(r"\bat the end of\b")


def same_place(old: str, before: Fact, new: str, after: Fact) -> bool:
    """Whether a fact of the old text and one of the new stand in the same place: the words
    just before them share one ("on April 29" → "on May 8"). A date in a sentence added
    elsewhere ("… by May 28, 2026, you may withdraw …") is another fact, never the old
    expiration moved. A midnight "at the end of" its day stands where "on" its day did."""
    words = [
        set(
            _WORDS_BEFORE.findall(
                _DAY_ENDS.sub("on", text[max(0, fact.start - 40) : fact.start].lower())
            )[-3:]
        )
        for text, fact in ((old, before), (new, after))
    ]
    return not words[0] or not words[1] or bool(words[0] & words[1])
