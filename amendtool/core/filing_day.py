"""The day an amendment is dated: EDGAR takes filings on business days only, so an
amendment (or the results) dated a Saturday, a Sunday or a federal holiday is questioned."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.business_days import holiday_name, is_business_day, next_business_day
from amendtool.core.findings import WARNING, Finding


def check_filing_day(amendment: Amendment) -> list[Finding]:
    """A warning when amendment.date is not a business day, naming the next one."""
    day = amendment.filing.amendment_date
    if is_business_day(day):
        return []
    why = holiday_name(day) or day.strftime("%A")
    return [
        Finding(
            WARNING,
            "filing_day",
            f"amendment.date is {day:%A, %B} {day.day}, {day.year} ({why}), not a business "
            "day: EDGAR does not take filings then; date it the day it is filed "
            f"(next: {next_business_day(day):%A, %B} {next_business_day(day).day})",
        )
    ]
