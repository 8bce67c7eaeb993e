"""The federal holidays behind business days: a shipped table that is the `holidays` package's
calendar, read without importing the package (which takes a third of a second per run)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import holidays

from amendtool.core.business_days import _table, holiday_name, is_business_day


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
