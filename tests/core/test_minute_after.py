"""An expiration stated as a time after a time ("one minute after 11:59 p.m.") is that later
moment, quoted whole: the check of the filing details against the offer neither misreads nor
misquotes it."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.expirations import stated_expirations

ZONE = "America/New_York"


@pytest.mark.parametrize(
    ("printed", "moment"),
    [
        ("ONE MINUTE AFTER 11:59 P.M., EASTERN TIME, ON MARCH 12, 2027", "2027-03-13T00:00"),
        ("one minute after 11:59 p.m., Eastern Time, on March 12, 2027", "2027-03-13T00:00"),
        ("five minutes past 5:00 p.m., Eastern Time, on March 12, 2027", "2027-03-12T17:05"),
        ("11:59 p.m., Eastern Time, on March 12, 2027", "2027-03-12T23:59"),
    ],
)
def test_a_time_after_a_time_is_the_later_moment(printed: str, moment: str) -> None:
    text = f"THE OFFER AND WITHDRAWAL RIGHTS EXPIRE AT {printed}, UNLESS THE OFFER IS EXTENDED."
    [stated] = stated_expirations(text, ZONE)
    assert stated.moment == dt.datetime.fromisoformat(moment).replace(tzinfo=stated.moment.tzinfo)
    assert stated.text.casefold() == printed.casefold()
