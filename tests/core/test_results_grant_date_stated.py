"""The grant date the results report is held to the grant date the offer as amended states,
however it states it: on a date of its own, on the day it cancels or accepts what was
tendered (a day it states elsewhere), or a number of business days after the expiration.
A grant date on a weekend or a federal holiday is named, as the other dates are."""

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

EXPIRES = dt.datetime(2026, 10, 15, 23, 59)  # Thursday
CANCEL = (
    "We will accept for exchange and cancel all properly tendered options on October 16, "
    "2026, the business day following the expiration date."
)
WITH_CANCELLATION = [
    pytest.param(
        "We will grant the New Options on the date we cancel the options accepted for exchange.",
        id="on-the-date-we-cancel",
    ),
    pytest.param(
        "The New Options will be granted on the same day on which we cancel the tendered options.",
        id="on-the-same-day-on-which",
    ),
    pytest.param(
        "We will grant the New Options on the date we accept the tendered options.",
        id="on-the-date-we-accept",
    ),
]
SECOND_AFTER = (
    "The New Options will be granted on the second business day after the expiration date."
)


def findings(sentences: str, grant: dt.date, codes: tuple[str, ...]) -> list[str]:
    original = stating(load_document(SAMPLES / "offer-to-exchange.docx"), sentences)
    series = Series(original)
    details = filing(1, dt.date(2026, 10, 20), EXPIRES)
    data = {"results": {"tendered": 10, "accepted": 10, "issued": 10, "grant_date": grant}}
    draft_results(series, details, data)
    amendment = series.amendment(-1)
    assert amendment is not None
    return [f.message for f in run_checks(amendment) if f.code in codes]


GRANT_CODES = ("results_grant_date", "results_grant_day")


@pytest.mark.parametrize("grant", WITH_CANCELLATION)
@pytest.mark.parametrize("reported", [dt.date(2026, 10, 19), dt.date(2026, 10, 20)])
def test_a_grant_on_another_day_than_the_cancellation_the_offer_states_is_named(
    grant: str, reported: dt.date
) -> None:
    [message] = findings(f"{CANCEL} {grant}", reported, GRANT_CODES)
    assert "October 16, 2026" in message and reported.strftime("%B %-d, %Y") in message
    assert "Section 1" in message, message


@pytest.mark.parametrize("grant", WITH_CANCELLATION)
def test_a_grant_on_the_cancellation_day_stands(grant: str) -> None:
    assert findings(f"{CANCEL} {grant}", dt.date(2026, 10, 16), GRANT_CODES) == []


def test_a_grant_counted_in_business_days_after_the_expiration_is_held_to_it() -> None:
    # Friday, October 16 is the first; Monday, October 19 the second
    [message] = findings(SECOND_AFTER, dt.date(2026, 10, 16), GRANT_CODES)
    assert "October 19, 2026" in message and "second business day after" in message, message
    assert findings(SECOND_AFTER, dt.date(2026, 10, 19), GRANT_CODES) == []


@pytest.mark.parametrize(
    ("reported", "why"),
    [
        (dt.date(2026, 10, 17), "Saturday"),
        (dt.date(2026, 10, 18), "Sunday"),
        (dt.date(2026, 11, 11), "Veterans Day"),
    ],
)
def test_a_grant_on_a_weekend_or_a_holiday_is_named(reported: dt.date, why: str) -> None:
    [message] = findings("", reported, ("results_grant_business_day",))
    assert why in message and "not a business day" in message, message
    assert findings("", dt.date(2026, 10, 16), ("results_grant_business_day",)) == []


def test_a_saturday_grant_against_the_cancellation_day_is_named_twice_over() -> None:
    grant = "We will grant the New Options on the date we cancel the options accepted for exchange."
    messages = findings(
        f"{CANCEL} {grant}", dt.date(2026, 10, 17), (*GRANT_CODES, "results_grant_business_day")
    )
    assert len(messages) == 2, messages
    assert any("October 16, 2026" in m for m in messages)
    assert any("Saturday" in m for m in messages)
