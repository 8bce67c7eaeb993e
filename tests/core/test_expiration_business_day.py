"""An offer set to expire on a day that is no business day under Rule 14d-1(g)(3) (a Saturday,
a Sunday or a federal holiday, observed days included) is flagged: the day is not counted,
and counsel sets the expiration at the end of a business day. The calendar behind it is
checked day by day for 2021-2030 against the holidays of 5 U.S.C. 6103 computed here."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.business_days import federal_holidays, is_business_day
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.findings import Finding
from tests.core.test_business_days import oracle_business_day
from tests.support.builders import doc

ONE_DAY = dt.timedelta(days=1)


def test_every_day_of_2021_to_2030_is_a_business_day_as_the_rule_defines_it() -> None:
    day = dt.date(2021, 1, 1)
    while day <= dt.date(2030, 12, 31):
        assert is_business_day(day) == oracle_business_day(day), day
        day += ONE_DAY


@pytest.mark.parametrize("year", range(2021, 2031))
def test_juneteenth_is_a_federal_holiday_every_year_from_2021_and_observed_off_weekends(
    year: int,
) -> None:
    june_19 = dt.date(year, 6, 19)
    observed = {5: june_19 - ONE_DAY, 6: june_19 + ONE_DAY}.get(june_19.weekday(), june_19)
    names = federal_holidays(year)
    assert "Juneteenth" in names[observed]
    assert not is_business_day(observed)


def test_a_saturday_new_years_day_is_observed_on_the_friday_before_in_the_year_before() -> None:
    # January 1, 2022 and 2028 are Saturdays: December 31, 2021 and 2027 are no business days
    for friday in (dt.date(2021, 12, 31), dt.date(2027, 12, 31)):
        assert "New Year" in federal_holidays(friday.year)[friday]
        assert not is_business_day(friday)


FRONT = ("", ["Osprey Holdings Corp. is offering to purchase its Preferred Shares for cash."])
CONDITIONS = ("7. Conditions of the Offer", ["We may assert the conditions before expiry."])


def offer(when: str, conditions: str = "We may assert the conditions before expiry.") -> list:
    return [
        FRONT,
        ("1. Expiration Date", [f"The offer expires at {when}, unless we extend it."]),
        ("7. Conditions of the Offer", [conditions]),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return load_filing(example_filing_toml)


def day_findings(filing: FilingDetails, expiration: dt.datetime, when: str) -> list[Finding]:
    expiring = dataclasses.replace(
        filing,
        expiration=expiration,
        amendment_date=expiration.date() - dt.timedelta(days=21),
        statement_filed=expiration.date() - dt.timedelta(days=40),
        notice_explanation="",
    )
    original = doc(offer(when))
    revised = doc(offer(when, "We may assert the conditions until the offer expires."))
    amendment = draft_amendment(original, revised, expiring)
    return [f for f in run_checks(amendment) if f.code == "expiration_day"]


def test_an_offer_expiring_on_juneteenth_is_flagged_with_the_holiday_and_the_next_business_day(
    filing: FilingDetails,
) -> None:
    (finding,) = day_findings(
        filing, dt.datetime(2026, 6, 19, 23, 59), "11:59 p.m., Eastern Time, on June 19, 2026"
    )
    assert finding.severity == "warning"
    assert "Friday, June 19, 2026" in finding.message
    assert "Juneteenth National Independence Day, a federal holiday" in finding.message
    assert "Rule 14d-1(g)(3)" in finding.message
    assert "Monday, June 22, 2026" in finding.message  # the next business day


def test_an_observed_holiday_and_a_weekend_day_are_flagged_too(filing: FilingDetails) -> None:
    # July 4, 2026 is a Saturday: Friday, July 3 is the holiday observed
    (observed,) = day_findings(
        filing, dt.datetime(2026, 7, 3, 17, 0), "5:00 p.m., Eastern Time, on July 3, 2026"
    )
    assert "Friday, July 3, 2026" in observed.message
    assert "Independence Day (observed), a federal holiday" in observed.message
    assert "Monday, July 6, 2026" in observed.message
    (saturday,) = day_findings(
        filing, dt.datetime(2026, 6, 13, 17, 0), "5:00 p.m., Eastern Time, on June 13, 2026"
    )
    assert "Saturday, June 13, 2026" in saturday.message
    assert "a Saturday" in saturday.message


def test_midnight_ends_the_day_it_is_stated_for(filing: FilingDetails) -> None:
    # "12:00 midnight … on June 18, 2026" ends Thursday, June 18: a business day, no flag
    assert (
        day_findings(
            filing,
            dt.datetime(2026, 6, 19, 0, 0),
            "12:00 midnight, Eastern Time, on June 18, 2026",
        )
        == []
    )
    # ... and 12:00 midnight on June 19 ends the holiday itself
    (flag,) = day_findings(
        filing, dt.datetime(2026, 6, 20, 0, 0), "12:00 midnight, Eastern Time, on June 19, 2026"
    )
    assert "Juneteenth" in flag.message


def test_an_expiration_on_a_business_day_is_not_flagged(filing: FilingDetails) -> None:
    assert (
        day_findings(
            filing, dt.datetime(2026, 6, 18, 17, 0), "5:00 p.m., Eastern Time, on June 18, 2026"
        )
        == []
    )
