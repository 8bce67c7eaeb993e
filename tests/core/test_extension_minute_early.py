"""Filing details typed a minute before the offer's own midnight expiration ("11:59 p.m." for
"12:00 midnight" or "one minute after 11:59 p.m." at the end of the same day) still give the
old expiration: a revised offer that extends the offer has the filing, the notice and the
timing rest on the new one, never on the old day. Any other time the details give is left for
the checks to compare with the offer's text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from tests.support.builders import doc

HEADING = "1. Expiration Date"


def offers(printed: str, old: str, new: str) -> tuple[list, list]:
    said = (
        "The offer and withdrawal rights expire at {printed}, Eastern Time, {day}, unless extended."
    )
    return [
        [
            ("", ["Acme Widgets, Inc. is offering to exchange options."]),
            (HEADING, [said.format(printed=printed, day=old)]),
        ],
        [
            ("", ["Acme Widgets, Inc. is offering to exchange options."]),
            (HEADING, [said.format(printed=printed, day=new)]),
        ],
    ]


@pytest.mark.parametrize(
    ("printed", "old", "new"),
    [
        ("12:00 midnight", "at the end of September 27, 2001", "at the end of October 11, 2001"),
        ("one minute after 11:59 p.m.", "on September 27, 2001", "on October 11, 2001"),
        (
            "12:00 midnight",
            "at the end of Thursday, September 27, 2001",
            "at the end of Thursday, October 11, 2001",
        ),
    ],
)
def test_details_a_minute_before_the_old_midnight_give_the_new_expiration(
    example_filing_toml: Path, printed: str, old: str, new: str
) -> None:
    filing = load_filing(example_filing_toml)
    typed = dataclasses.replace(filing, expiration=dt.datetime(2001, 9, 27, 23, 59))
    before, after = offers(printed, old, new)
    amendment = draft_amendment(doc(before), doc(after), typed)
    assert amendment.extended_from is not None
    assert amendment.filing.expiration_local.date() in {
        dt.date(2001, 10, 11),
        dt.date(2001, 10, 12),
    }
    assert amendment.filing.expiration > dt.datetime(2001, 10, 11, 23, 0)


def test_details_giving_another_time_of_the_old_day_are_left_for_the_checks(
    example_filing_toml: Path,
) -> None:
    filing = load_filing(example_filing_toml)
    typed = dataclasses.replace(filing, expiration=dt.datetime(2001, 9, 27, 17, 0))
    before, after = offers(
        "12:00 midnight", "at the end of September 27, 2001", "at the end of October 11, 2001"
    )
    amendment = draft_amendment(doc(before), doc(after), typed)
    assert amendment.filing.expiration == dt.datetime(2001, 9, 27, 17, 0)
