"""The federal holidays behind business days: a shipped table that is the `holidays` package's
calendar, read without importing the package (which takes a third of a second per run)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import holidays
import pytest

from amendtool.core.business_days import _table, federal_holidays, holiday_name, is_business_day
from tests.core.test_business_days import oracle_business_day


def test_the_shipped_table_is_the_packages_calendar_for_every_year_it_holds() -> None:
    first, last, table = _table()
    assert (first, last) == (1990, 2060)
    for year in range(first, last + 1):
        package = {
            day: name
            for day, name in holidays.country_holidays("US", years=year).items()
            if day.year == year
        }
        assert table.get(year, {}) == package, year


def test_years_outside_the_table_come_from_the_package() -> None:
    assert not is_business_day(dt.date(2075, 7, 4))  # a Thursday
    assert holiday_name(dt.date(1985, 12, 25)) == "Christmas Day"
    assert is_business_day(dt.date(2075, 7, 5))


def test_counting_business_days_does_not_import_the_holidays_package() -> None:
    script = (
        "import datetime as dt, sys\n"
        "from amendtool.core.business_days import EASTERN, business_days_open\n"
        "end = dt.datetime(2026, 7, 11, 0, 0, tzinfo=EASTERN)\n"
        "print(business_days_open(dt.date(2026, 6, 29), end))\n"
        "print('holidays' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["9", "False"]  # June 29 - July 10, 2026, less July 3 (the 4th observed)


ONE_DAY = dt.timedelta(days=1)


def test_every_day_of_2021_to_2030_is_a_business_day_as_rule_14d_1_g_3_defines_it() -> None:
    """Any day but a Saturday, a Sunday or a federal holiday of 5 U.S.C. 6103, observed days
    included, against the calendar the property tests compute without the package."""
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
    assert "Juneteenth" in federal_holidays(year)[observed]
    assert not is_business_day(observed)


def test_a_saturday_new_years_day_is_observed_on_the_friday_before_in_the_year_before() -> None:
    # January 1, 2022 and 2028 are Saturdays: December 31, 2021 and 2027 are no business days
    for friday in (dt.date(2021, 12, 31), dt.date(2027, 12, 31)):
        assert "New Year" in federal_holidays(friday.year)[friday]
        assert not is_business_day(friday)
