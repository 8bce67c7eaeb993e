"""A date and time stated together ("5:00 p.m., Eastern Time, on May 3, 2026", "May 3, 2026
at 5:00 p.m. (Pacific Time)") are one phrase to counsel: when the time moves with the date,
as in an extension to 12:00 midnight, the phrase is replaced whole, never the sentence or
the paragraph that states it because its two changes lie a few words apart."""

from __future__ import annotations

import re

from amendtool.core.diffing import hunks
from amendtool.core.fact_patterns import _DATE, _TIME
from amendtool.core.locate import occurrences
from amendtool.core.pattern_store import compiled

# between a time and its date: the zone and "on" (", New York City time, on "), or "at"
# between a date and its time; no figure, no sentence's end
_BETWEEN = r"[^.;:\d]{0,60}?"
# after a time stated first: its zone, when the words name one (", Eastern Time")
_ZONE = r"(?:,?\s*\(?(?:[A-Z][a-z]+\s+){0,3}(?:[Tt]ime|[A-Z]DT|[A-Z]ST)\)?)?"


def _named_groups_free(pattern: str) -> str:
    """The pattern with its named groups made plain: the two patterns share group names."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_MOMENT = compiled(
    rf"(?:{_named_groups_free(_TIME.pattern)}){_BETWEEN}(?:{_named_groups_free(_DATE.pattern)})"
    rf"|(?:{_named_groups_free(_DATE.pattern)}){_BETWEEN}"
    rf"(?:{_named_groups_free(_TIME.pattern)}){_ZONE}",
    re.IGNORECASE,
)


def moment_change(old: str, new: str) -> tuple[str, str] | None:
    """The date-and-time phrase of `old` and the phrase that replaced it in `new`, when the
    changes between the two sentences (more than one: a date alone is quoted as any figure)
    all lie inside that one phrase, and the phrase is found once; None otherwise."""
    changed = hunks(old, new)
    if len(changed) < 2:
        return None
    start, end = changed[0].start, changed[-1].end
    phrase = next((m for m in _MOMENT.finditer(old) if m.start() <= start and end <= m.end()), None)
    if phrase is None:
        return None
    before, after = old[: phrase.start()], old[phrase.end() :]
    if not (new.startswith(before) and new.endswith(after)):
        return None
    replaced = new[len(before) : len(new) - len(after)]
    if not _MOMENT.fullmatch(replaced) or occurrences(phrase.group(0), old) != 1:
        return None
    return phrase.group(0), replaced
