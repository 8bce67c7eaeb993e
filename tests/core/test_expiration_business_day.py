"""An offer expires at the end of a business day (Rule 14d-1(g)(3)): an expiration stated for
a Saturday, a Sunday or a federal holiday is an error counsel fixes, and nothing is exported
that prints it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.plain_checks import export_refusal
from tests.core.test_timing_checks import offer
from tests.support.builders import doc


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return load_filing(example_filing_toml)


def _checked(filing: FilingDetails, when: str, day: str, moment: dt.datetime, zone: str):
    details = dataclasses.replace(
        filing,
        expiration=moment,
        time_zone=zone,
        amendment_date=dt.date(2026, 6, 1),
        statement_filed=dt.date(2026, 5, 1),
        notice_explanation="",
    )
    original = offer(when=when, day=day)
    revised = [*original[:2], ("7. Conditions of the Offer", ["We may assert them until then."])]
    amendment = draft_amendment(doc(original), doc(revised), details)
    return run_checks(amendment)


@pytest.mark.parametrize(
    ("when", "day", "moment", "zone", "named"),
    [
        pytest.param(
            "5:00 p.m., Central Time",
            "January 23, 2027",
            dt.datetime(2027, 1, 23, 17, 0),
            "America/Chicago",
            "5:00 p.m., Central Time, on Saturday, January 23, 2027, which is not",
            id="saturday-central",
        ),
        pytest.param(
            "11:59 p.m., Eastern Time",
            "July 3, 2026",
            dt.datetime(2026, 7, 3, 23, 59),
            "America/New_York",
            "on Friday, July 3, 2026, Independence Day (observed), which is not",
            id="holiday-observed",
        ),
        pytest.param(
            "12:00 midnight, Eastern Time",
            "July 5, 2026",
            dt.datetime(2026, 7, 6, 0, 0),  # the end of Sunday, July 5
            "America/New_York",
            "12:00 midnight, Eastern Time, at the end of Sunday, July 5, 2026, which is not",
            id="midnight-ending-a-sunday",
        ),
    ],
)
def test_an_expiration_on_a_day_that_is_not_a_business_day_is_an_error(
    filing: FilingDetails, when: str, day: str, moment: dt.datetime, zone: str, named: str
) -> None:
    findings = run = _checked(filing, when, day, moment, zone)
    (error,) = [f for f in run if f.code == "expiration_day"]
    assert error.severity == "error"
    assert named in error.message
    assert "not a business day" in error.message and "Rule 14d-1(g)(3)" in error.message
    refusal = export_refusal(findings)
    assert refusal is not None and "not a business day" in refusal


def test_the_error_names_the_business_days_either_side(filing: FilingDetails) -> None:
    """Saturday, January 23, 2027: Friday the 22nd before it, Monday the 25th after it."""
    run = _checked(
        filing,
        "5:00 p.m., Central Time",
        "January 23, 2027",
        dt.datetime(2027, 1, 23, 17, 0),
        "America/Chicago",
    )
    (error,) = [f for f in run if f.code == "expiration_day"]
    assert "Friday, January 22, 2027" in error.message
    assert "Monday, January 25, 2027" in error.message


@pytest.mark.parametrize(
    ("when", "day", "moment", "zone"),
    [
        (
            "11:59 p.m., Eastern Time",
            "July 2, 2026",
            dt.datetime(2026, 7, 2, 23, 59),
            "America/New_York",
        ),
        # 12:00 midnight at the end of Friday is Saturday 0:00 by the clock: Friday's end
        (
            "12:00 midnight, Eastern Time",
            "July 10, 2026",
            dt.datetime(2026, 7, 11, 0, 0),
            "America/New_York",
        ),
        # 9:00 p.m. Pacific on a Friday is 12:00 midnight Eastern, the end of that Friday
        (
            "9:00 p.m., Pacific Time",
            "July 10, 2026",
            dt.datetime(2026, 7, 10, 21, 0),
            "America/Los_Angeles",
        ),
    ],
)
def test_an_expiration_on_a_business_day_is_no_error(
    filing: FilingDetails, when: str, day: str, moment: dt.datetime, zone: str
) -> None:
    run = _checked(filing, when, day, moment, zone)
    assert [f for f in run if f.code == "expiration_day"] == []
    refusal = export_refusal(run)
    assert refusal is None or "not a business day" not in refusal


@pytest.mark.parametrize(
    ("new", "named"),
    [
        (dt.datetime(2026, 5, 9, 17, 0), "on Saturday, May 9, 2026, which is not a business day"),
        (dt.datetime(2026, 5, 25, 23, 59), "on Monday, May 25, 2026, Memorial Day, which is not"),
    ],
)
def test_an_extension_to_a_day_that_is_not_a_business_day_is_refused(
    example_filing_toml: Path, new: dt.datetime, named: str
) -> None:
    from amendtool.core.errors import AmendtoolError
    from amendtool.core.series import Series
    from amendtool.core.series_steps import draft_extension
    from tests.support.plain import OFFER, plain_filing

    filing = dataclasses.replace(
        plain_filing(example_filing_toml), amendment_date=dt.date(2026, 4, 20)
    )
    series = Series(doc(OFFER))
    before = len(series.amendments)
    with pytest.raises(AmendtoolError, match="not a business day") as refused:
        draft_extension(series, filing, {}, new)
    assert named in str(refused.value)
    assert len(series.amendments) == before  # nothing drafted
    draft_extension(series, filing, {}, dt.datetime(2026, 5, 8, 17, 0))  # a Friday: drafted
    assert series.amendment(-1) is not None


@pytest.mark.parametrize(
    ("new", "closed"),
    [
        (dt.datetime(2026, 4, 18, 23, 59), "on Saturday, April 18, 2026, a weekend day, is not a"),
        (dt.datetime(2026, 2, 16, 17, 0), "on Monday, February 16, 2026, Washington's Birthday,"),
        (dt.datetime(2026, 4, 21, 23, 59), ""),
    ],
)
def test_an_earlier_day_that_is_also_closed_is_refused_for_both(
    example_filing_toml: Path, new: dt.datetime, closed: str
) -> None:
    """An extension to an earlier day that is also a weekend day or a holiday says both, so
    counsel does not pick, next, a later day that is closed as well."""
    from amendtool.core.errors import AmendtoolError
    from amendtool.core.series import Series
    from amendtool.core.series_steps import current_expiration, draft_extension
    from tests.support.plain import OFFER, plain_filing

    filing = plain_filing(example_filing_toml)
    series = Series(doc(OFFER))
    assert new < current_expiration(series, filing)
    with pytest.raises(AmendtoolError, match="is not later than") as refused:
        draft_extension(series, filing, {}, new)
    said = str(refused.value)
    if closed:
        assert closed in said and "not a business day" in said, said
        assert said.endswith("give the new expiration, on a business day"), said
    else:
        assert "business day" not in said, said
