"""The time a date is printed with ("after 12:00 midnight, Eastern Time, on November 2"), so
the notice says the date's moment as the offer prints it, and a date printed in figures
("11/24/2026") found where the notice says it in words."""

from __future__ import annotations

import re

from amendtool.core.facts import extract
from amendtool.core.pattern_store import compiled


def tied_time(sentence: str, date: str) -> str | None:
    """The time printed just before the date, tied to it ("after 12:00 midnight, Eastern
    Time, on November 2"), as the notice prints it; None when the date stands alone."""
    folded = " ".join(sentence.split())
    at = folded.find(date)
    if at < 0:  # said in words, printed in figures ("11/24/2026")
        at = next(
            (m.start() for m in _FIGURES.finditer(folded) if _figures_of(m.group(0), date)), -1
        )
    times = [f.text for f in extract(folded[: max(at, 0)]) if f.kind == "time"]
    if at < 0 or not times:
        return None
    gap = folded[folded.rfind(times[-1], 0, at) + len(times[-1]) : at]
    tied = re.fullmatch(r"[\s,]*(?:[A-Z][a-z]+ (?:Daylight |Standard )?Time[\s,]*)?(?:on\s*)?", gap)
    return " ".join(times[-1].split()).lower() if tied else None


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


_FIGURES = compiled(r"\b\d{1,2}/\d{1,2}/\d{4}\b")


def _figures_of(printed: str, said: str) -> bool:
    """Whether "11/24/2026" is the day "November 24, 2026" says."""
    found = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", printed.strip())
    if found is None or not 1 <= int(found[1]) <= 12:
        return False
    return f"{_MONTHS[int(found[1]) - 1]} {int(found[2])}, {found[3]}" == said
