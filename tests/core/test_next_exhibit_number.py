"""The filing details suggested for a new amendment number its notice as the next exhibit
free in the statement's series: never a number already filed (the form holders return, an
earlier amendment's exhibit)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.series import Series
from amendtool.core.series_steps import suggested_filing_data
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, filing

TODAY = dt.date(2026, 4, 10)


def series_with_notice(label: str) -> Series:
    """Amendment No. 1 of the sample (its offer (a)(1), its election form (a)(3)), its
    notice numbered `label`."""
    series = Series(load_document(SAMPLES / "offer-to-exchange.docx"))
    details = dataclasses.replace(filing(1, dt.date(2026, 4, 4), EXPIRATION), notice_exhibit=label)
    series.draft(load_document(SAMPLES / "offer-to-exchange-revised.docx"), details)
    return series


def suggested(series: Series) -> str:
    data = series.current.filing_data
    assert data is not None
    return str(suggested_filing_data(series, data, TODAY)["amendment"]["notice_exhibit"])


def test_the_next_number_in_the_series_is_suggested() -> None:
    assert suggested(series_with_notice("(a)(6)")) == "(a)(7)"


def test_a_number_already_filed_is_passed_over() -> None:
    # No. 1's notice is (a)(2): the next, (a)(3), is the election form filed with the statement
    assert suggested(series_with_notice("(a)(2)")) == "(a)(4)"


def test_the_suggestion_is_refused_by_no_check() -> None:
    from amendtool.core.series_rules import check_exhibit, filed_exhibits

    series = series_with_notice("(a)(2)")
    label = suggested(series)
    assert label not in filed_exhibits(series, len(series.amendments))
    later = dataclasses.replace(filing(2, TODAY, EXPIRATION), notice_exhibit=label)
    series.current.status = series.current.status.FILED
    assert check_exhibit(series, later) is None
