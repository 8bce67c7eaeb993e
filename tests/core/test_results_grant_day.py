"""The grant date the results report is held to the expiration in force and to the day the
offer describes ("on the first business day after the expiration date"): a grant on the
day an offer expires at 9:00 p.m., or on another day than the one described, is named."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.checks import run_checks
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_results_ratio import stating
from tests.core.test_series_extension import filing

FIRST_AFTER = "We will grant the New Options on the first business day after the expiration date."
NEXT_FOLLOWING = (
    "The New Options will be granted on the next business day following the expiration."
)


def named(sentence: str, expiration: dt.datetime, grant: dt.date) -> list[str]:
    original = stating(load_document(SAMPLES / "offer-to-exchange.docx"), sentence)
    series = Series(original)
    details = filing(1, dt.date(2026, 7, 10), expiration)
    data = {"results": {"tendered": 10, "accepted": 10, "issued": 10, "grant_date": grant}}
    draft_results(series, details, data)
    amendment = series.amendment(-1)
    assert amendment is not None
    return [f.message for f in run_checks(amendment) if f.code == "results_grant_day"]


@pytest.mark.parametrize("sentence", [FIRST_AFTER, NEXT_FOLLOWING, ""])
def test_a_grant_on_the_day_of_a_nine_pm_expiration_is_named(sentence: str) -> None:
    [message] = named(sentence, dt.datetime(2026, 6, 25, 21, 0), dt.date(2026, 6, 25))
    assert "June 25, 2026" in message and "9:00 p.m." in message, message
    assert "the day the offer expires" in message


@pytest.mark.parametrize("sentence", [FIRST_AFTER, NEXT_FOLLOWING])
@pytest.mark.parametrize(
    ("expiration", "grant", "expected"),
    [
        (dt.datetime(2026, 6, 25, 21, 0), dt.date(2026, 6, 29), "June 26, 2026"),  # Thu: Fri
        (dt.datetime(2026, 6, 26, 21, 0), dt.date(2026, 6, 30), "June 29, 2026"),  # Fri: Mon
        (dt.datetime(2026, 7, 2, 23, 59), dt.date(2026, 7, 7), "July 6, 2026"),  # July 3 off
    ],
)
def test_a_grant_on_another_day_than_the_offer_describes_is_named(
    sentence: str, expiration: dt.datetime, grant: dt.date, expected: str
) -> None:
    [message] = named(sentence, expiration, grant)
    assert expected in message and "first business day after" in message, message


@pytest.mark.parametrize(
    ("expiration", "grant"),
    [
        (dt.datetime(2026, 6, 25, 21, 0), dt.date(2026, 6, 26)),
        (dt.datetime(2026, 6, 26, 21, 0), dt.date(2026, 6, 29)),
        (dt.datetime(2026, 7, 2, 23, 59), dt.date(2026, 7, 6)),
    ],
)
def test_the_grant_on_the_day_the_offer_describes_stands(
    expiration: dt.datetime, grant: dt.date
) -> None:
    assert named(FIRST_AFTER, expiration, grant) == []
    assert named("", expiration, grant + dt.timedelta(days=3)) == []  # no day described
