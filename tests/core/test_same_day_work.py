"""Whether a whole offer prints its deadline's day is read up to the first place that prints
it (the cover states it), not every date of a 300-page offer. Work is counted (dates read),
never timed."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core import same_dates
from amendtool.core.same_dates import days_stated, states_day

DAY = dt.date(2026, 7, 10)
COVER = "The offer expires at 11:59 p.m., Eastern Time, on Friday, July 10, 2026."
LATER = "Options granted on March {n}, 2019 vest over four years."


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    read = [0]
    parse = same_dates.parse_date

    def counting(match):  # type: ignore[no-untyped-def]
        read[0] += 1
        return parse(match)

    monkeypatch.setattr(same_dates, "parse_date", counting)
    return read


@pytest.mark.parametrize("later", [10, 100, 1000])
def test_the_day_is_read_up_to_where_it_is_first_printed(
    monkeypatch: pytest.MonkeyPatch, later: int
) -> None:
    read = _counted(monkeypatch)
    text = " ".join([COVER, *(LATER.format(n=1 + n % 28) for n in range(later))])
    assert states_day(text, DAY)
    assert read[0] == 1


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (COVER, True),
        ("The offer expires on July 10 at midnight.", True),  # read in the deadline's year
        ("FRIDAY JULY 10, 2026", True),
        ("The offer expires on July 11, 2026.", False),
        ("February 30, 2026 and then July 10, 2026", True),  # no such day, passed over
        ("No date at all.", False),
    ],
)
def test_the_day_is_found_as_every_date_read_finds_it(text: str, stated: bool) -> None:
    assert states_day(text, DAY) is stated
    assert (DAY in days_stated(text, DAY.year)) is stated
