"""A deadline printed "one minute after 11:59 p.m." (or "two hours after 5:00 p.m.") is that
moment: the plain notice says it as the offer prints it, never the bare "11:59 p.m." that
would tell holders the offer ends a minute before it does."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import plain_text
from tests.support.builders import doc
from tests.support.plain import plain_filing

COVER = "Halvorsen offers to exchange options for new options."


@pytest.mark.parametrize(
    ("printed", "hour"),
    [("one minute after 11:59 p.m.", (24, 0)), ("1 minute after 11:59 p.m.", (24, 0))],
)
def test_the_notice_says_the_deadline_as_the_offer_prints_it(
    example_filing_toml: Path, printed: str, hour: tuple[int, int]
) -> None:
    said = "The offer expires at {printed}, Eastern Time, on {day}, unless we extend it."
    before = [
        ("", [COVER]),
        ("1. Expiration", [said.format(printed=printed, day="April 23, 2026")]),
    ]
    after = [("", [COVER]), ("1. Expiration", [said.format(printed=printed, day="May 7, 2026")])]
    expires = dt.datetime(2026, 4, 23) + dt.timedelta(hours=hour[0], minutes=hour[1])
    filing = dataclasses.replace(plain_filing(example_filing_toml), expiration=expires)
    amendment = draft_amendment(doc(before), doc(after), filing)
    text = " ".join(plain_text(notice_blocks(amendment)).split())
    assert "May 7, 2026" in text
    assert not [s for s in text.split(". ") if "11:59 p.m." in s and "after 11:59" not in s], text
