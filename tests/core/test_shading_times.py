"""A time of day is one word to the shading, as the redline strikes it whole: "11:59 P.M." →
"12:00 MIDNIGHT" shades "12:00 MIDNIGHT" as one run, the colon with it, never "12" and
"00 MIDNIGHT" apart around a colon left standing."""

from __future__ import annotations

from amendtool.core.change_spans import changed_spans
from amendtool.core.diffing import DELETE, INSERT

OLD = "THE OFFER EXPIRES AT 11:59 P.M., EASTERN TIME, ON MARCH 30, 2026."
NEW = "THE OFFER EXPIRES AT 12:00 MIDNIGHT, EASTERN TIME, ON APRIL 3, 2026."


def test_a_changed_time_is_shaded_whole() -> None:
    shaded = [NEW[a:b] for a, b in changed_spans(OLD, NEW, INSERT)]
    assert shaded[0] == "12:00 MIDNIGHT", shaded
    struck = [OLD[a:b] for a, b in changed_spans(OLD, NEW, DELETE)]
    assert struck[0] == "11:59 P.M.", struck


def test_a_kept_time_is_not_shaded() -> None:
    assert changed_spans(OLD, OLD.replace("MARCH 30", "MARCH 31"), INSERT) == [
        (OLD.index("30"), OLD.index("30") + 2)
    ]
