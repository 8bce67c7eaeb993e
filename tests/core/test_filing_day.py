"""An amendment dated a weekend or a federal holiday is questioned: EDGAR takes no filings."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from amendtool.core.filing_day import check_filing_day


def dated(day: dt.date) -> Any:
    return SimpleNamespace(filing=SimpleNamespace(amendment_date=day))


@pytest.mark.parametrize(
    ("day", "why"),
    [(dt.date(2026, 6, 19), "Juneteenth"), (dt.date(2026, 7, 11), "Saturday"),
     (dt.date(2026, 7, 3), "Independence"), (dt.date(2026, 7, 12), "Sunday")],
)  # fmt: skip
def test_a_day_edgar_is_closed_is_named(day: dt.date, why: str) -> None:
    [finding] = check_filing_day(dated(day))
    assert finding.severity == "warning" and why in finding.message, finding.message


def test_a_business_day_is_not_questioned() -> None:
    assert check_filing_day(dated(dt.date(2026, 6, 18))) == []
