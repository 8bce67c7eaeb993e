"""An extension whose filing details give another new expiration than the one the offer
states (June 4 against June 5): one error names both dates; the offer's own new expiration
is not also reported paragraph by paragraph as a date the extension may have moved, nor
item by item, and the Rule 14e-1(d) reminder waits until the two agree."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.findings import ERROR
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

EXPIRES = "The offer expires at 11:59 p.m., Eastern Time, on {}, unless we extend it."
ACCEPTED = "We will accept tendered options on {}, the first business day after the offer expires."
# what the checks of an extension's dates report under
EXPIRATION = {"expiration_stated", "notice_deadline", "expiration_item", "extension_dates"}


def offer(day: str, accepted: str | None) -> Spec:
    dated = [ACCEPTED.format(accepted)] if accepted else []
    return [
        ("", ["Halvorsen offers to exchange options.", EXPIRES.format(day)]),
        ("Summary Term Sheet", ["When does the offer expire?", EXPIRES.format(day)]),
        ("1. Eligibility", ["Options priced at $20.00 or more are eligible."]),
        ("2. Expiration Date", [EXPIRES.format(day), *dated]),
    ]


def _extended(toml: Path, filed: dt.datetime, accepted: str | None = None) -> Amendment:
    """April 23 extended to May 1 in the offer's text; the filing details say `filed`."""
    filing = dataclasses.replace(plain_filing(toml), expiration=filed)
    old = offer("April 23, 2026", accepted)
    return draft_amendment(doc(old), doc(offer("May 1, 2026", accepted)), filing)


@pytest.mark.parametrize(
    "filed", [dt.datetime(2026, 4, 30, 23, 59), dt.datetime(2026, 5, 4, 23, 59)]
)
def test_one_error_names_both_dates(example_filing_toml: Path, filed: dt.datetime) -> None:
    amendment = _extended(example_filing_toml, filed)
    said = [f for f in run_checks(amendment)]
    errors = [f.message for f in said if f.severity == ERROR and f.code in EXPIRATION]
    assert len(errors) == 1, errors
    assert "May 1, 2026" in errors[0] and f"{filed:%B} {filed.day}, 2026" in errors[0]
    assert not [
        f.message for f in said if "May 1, 2026" in f.message and "may have moved" in f.message
    ]
    assert not [f.message for f in said if "14e-1(d)" in f.message]


def test_a_date_worked_out_from_the_old_expiration_is_still_named(
    example_filing_toml: Path,
) -> None:
    """The acceptance day left at April 24 is still named as a date to move."""
    amendment = _extended(example_filing_toml, dt.datetime(2026, 4, 30, 23, 59), "April 24, 2026")
    said = [f.message for f in run_checks(amendment) if f.code == "extension_dates"]
    assert any("April 24, 2026" in m for m in said), said


def test_when_they_agree_the_reminder_is_given(example_filing_toml: Path) -> None:
    amendment = _extended(example_filing_toml, dt.datetime(2026, 5, 1, 23, 59))
    said = run_checks(amendment)
    assert not [f.message for f in said if f.severity == ERROR and f.code in EXPIRATION]
    assert [f.message for f in said if "14e-1(d)" in f.message]
