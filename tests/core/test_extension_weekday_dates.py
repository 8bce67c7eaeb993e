"""A weekday printed with a date is the same date ("Friday, May 22, 2026" is May 22, 2026):
an extension whose offer names the day of the week is checked against the filing's
expiration like one that does not, and the notice says the deadline moved."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import plain_text
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

EXPIRES = "The offer expires at 11:59 p.m., Eastern Time, on {}, and you may withdraw until then."


def offer(day: str) -> Spec:
    return [
        (
            "",
            [
                f"Halvorsen offers to exchange options. The offer expires at 11:59 p.m., "
                f"Eastern Time, on {day}."
            ],
        ),
        ("Summary Term Sheet", ["When does the offer expire?", EXPIRES.format(day)]),
        ("1. Eligibility", ["Options priced at $20.00 or more are eligible.", EXPIRES.format(day)]),
    ]


# how an offer may print the same two days
SHAPES = {
    "weekday": ("Thursday, April 23, 2026", "Thursday, April 30, 2026"),
    "weekday without comma": ("Thursday April 23, 2026", "Thursday April 30, 2026"),
    "capitals": ("THURSDAY, APRIL 23, 2026", "THURSDAY, APRIL 30, 2026"),
    "ordinal": ("Thursday, April 23rd, 2026", "Thursday, April 30th, 2026"),
    "plain": ("April 23, 2026", "April 30, 2026"),
}


def expiring(example_filing_toml: Path, moment: dt.datetime) -> FilingDetails:
    """The plain filing, expiring at `moment` (the offer's new expiration)."""
    return dataclasses.replace(plain_filing(example_filing_toml), expiration=moment)


def extended(example_filing_toml: Path, old: str, new: str):  # type: ignore[no-untyped-def]
    filing = expiring(example_filing_toml, dt.datetime(2026, 4, 30, 23, 59))
    return draft_amendment(doc(offer(old)), doc(offer(new)), filing)


def deadline_errors(amendment) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.message for f in run_checks(amendment) if f.code == "notice_deadline"]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_weekday_with_the_date_is_no_error(example_filing_toml: Path, shape: str) -> None:
    amendment = extended(example_filing_toml, *SHAPES[shape])
    assert amendment.kind == "extension"
    assert deadline_errors(amendment) == []


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_notice_says_the_deadline_moved(example_filing_toml: Path, shape: str) -> None:
    amendment = extended(example_filing_toml, *SHAPES[shape])
    text = " ".join(plain_text(notice_blocks(amendment)).split())
    assert "The offer now ends at 11:59 p.m., Eastern Time, on Thursday, April 30, 2026." in text
    assert "It was going to end at 11:59 p.m., Eastern Time, on Thursday, April 23, 2026." in text


def test_a_different_date_with_a_weekday_is_still_an_error(example_filing_toml: Path) -> None:
    """The filing says April 30; the offer moves to May 1 (a Friday): the two differ."""
    amendment = extended(example_filing_toml, "Thursday, April 23, 2026", "Friday, May 1, 2026")
    found = deadline_errors(amendment) + [
        f.message for f in run_checks(amendment) if "May 1, 2026" in f.message
    ]
    assert found


@settings(max_examples=15, deadline=None)
@given(days=st.integers(min_value=1, max_value=20), weekday=st.booleans())
def test_any_extension_day_with_its_weekday_is_no_error(
    example_filing_toml: Path, days: int, weekday: bool
) -> None:
    old, new = dt.date(2026, 4, 23), dt.date(2026, 4, 23) + dt.timedelta(days=days)

    def said(day: dt.date) -> str:
        name = f"{day:%B} {day.day}, {day.year}"
        return f"{day:%A}, {name}" if weekday else name

    filing = expiring(example_filing_toml, dt.datetime.combine(new, dt.time(23, 59)))
    amendment = draft_amendment(doc(offer(said(old))), doc(offer(said(new))), filing)
    assert deadline_errors(amendment) == []


@pytest.mark.parametrize("printed", ["THURSDAY, APRIL 23, 2026", "Thursday April 23, 2026"])
def test_an_unchanged_deadline_with_its_weekday_is_the_same(
    example_filing_toml: Path, printed: str
) -> None:
    """A revision that only lowers the threshold: the deadline the offer prints, however it
    prints it, is the filing's, so the notice says it is the same."""
    original = offer(printed)
    revised = [(h, [p.replace("$20.00", "$17.50") for p in ps]) for h, ps in original]
    amendment = draft_amendment(doc(original), doc(revised), plain_filing(example_filing_toml))
    text = " ".join(plain_text(notice_blocks(amendment)).split())
    assert "Is the deadline the same? Yes." in text
