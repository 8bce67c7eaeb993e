"""A month and year printed without a day ("granted before May 2001") is a date: a cut-off
moved from May 2001 to June 2001 is a changed date, named as the cut-off it is, never the
word "may" exchanged for "june". A month's name in lower case beside a year is no date."""

from __future__ import annotations

import pytest

from amendtool.core.facts import changed_facts, extract
from amendtool.core.items import Materiality
from tests.support.materiality import drafted_one

ELIGIBLE = "1. Eligible Options"


@pytest.mark.parametrize(
    ("old", "new", "was", "now"),
    [
        ("granted before May 2001", "granted before June 2001", "May 2001", "June 2001"),
        ("granted after Sept. 2000", "granted after Oct. 2000", "Sept. 2000", "Oct. 2000"),
        ("GRANTED BEFORE MAY 2001", "GRANTED BEFORE JULY 2001", "MAY 2001", "JULY 2001"),
        ("since December 1999", "since December 2000", "December 1999", "December 2000"),
    ],
)
def test_a_month_and_year_is_a_changed_date(old: str, new: str, was: str, now: str) -> None:
    removed, added = changed_facts(old, new)
    assert [(f.kind, f.text) for f in removed] == [("date", was)]
    assert [(f.kind, f.text) for f in added] == [("date", now)]


def test_a_full_date_is_read_whole_and_a_verb_is_no_month() -> None:
    assert [(f.kind, f.text) for f in extract("on May 20, 2001")] == [("date", "May 20, 2001")]
    assert not [f for f in extract("the committee may 2001 act") if f.kind == "date"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "An option is eligible if it was granted before May 2001 and has an exercise "
            "price of $15.00 or more.",
            "An option is eligible if it was granted before June 2001 and has an exercise "
            "price of $15.00 or more.",
        ),
        (
            "Options granted under the 1998 Plan before May 2001 are eligible options.",
            "Options granted under the 1998 Plan before June 2001 are eligible options.",
        ),
    ],
)
def test_a_moved_month_cut_off_is_named_as_the_cut_off(old: str, new: str) -> None:
    item = drafted_one(ELIGIBLE, [old], [new])
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "May 2001" in item.materiality_reason and "June 2001" in item.materiality_reason
    assert "“May” → “June”" not in item.materiality_reason
