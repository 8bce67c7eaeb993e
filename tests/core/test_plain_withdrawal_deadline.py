"""A date and a time until which holders may act ("You may withdraw … before 5:00 p.m. …
on June 10, 2026"), moved together, is the deadline said whole, with no placeholder:
never "The [name this time …] is now 12:00 midnight" and "The [name this date …] …"."""

from __future__ import annotations

import re

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording

WITHDRAW = (
    "You may withdraw your tendered Preferred Shares at any time before 5:00 p.m., New York "
    "City time, on June 10, 2026."
)
ELECT = "You may change your election until 5:00 p.m., Eastern Time, on June 10, 2026."


@pytest.mark.parametrize("old", [WITHDRAW, ELECT])
@pytest.mark.parametrize(
    ("time", "date", "said"),
    [
        (
            "12:00 midnight",
            "June 18",
            # a midnight is said as the end of its day: "on June 18" asks which midnight
            "The deadline is now 12:00 midnight at the end of Thursday, June 18, 2026. It was "
            "5:00 p.m. on Wednesday, June 10, 2026.",
        ),
        (
            "5:00 p.m.",
            "June 18",
            "The deadline is now 5:00 p.m. on Thursday, June 18, 2026. It was 5:00 p.m. on "
            "Wednesday, June 10, 2026.",
        ),
    ],
)
def test_a_deadline_to_act_moved_is_said_whole_without_a_placeholder(
    old: str, time: str, date: str, said: str
) -> None:
    new = old.replace("5:00 p.m.", time).replace("June 10", date)
    changes, _ = fact_changes(old, new)
    text = " ".join(fact_sentences(changes, house_wording()))
    zone = "New York City time" if old == WITHDRAW else "Eastern Time"  # as its sentence says
    said = re.sub(r" (on|at the end of) (\w+day), June", rf", {zone}, \1 \2, June", said)
    if old == WITHDRAW:  # a date to withdraw by is named so: an offer may end it early
        said = said.replace("The deadline", "The withdrawal deadline")
    assert text.startswith(said), text
    assert "[" not in text, text


def test_a_date_things_happen_on_is_no_deadline() -> None:
    old = "We will deliver the New Options on June 10, 2026."
    changes, _ = fact_changes(old, old.replace("June 10", "June 18"))
    assert [c.label for c in changes] != ["deadline"]
