"""An extension whose new expiration falls on or after the day the offer states for
accepting tendered options, granting the new awards or paying is named, however far the
extension goes: holders may still tender that day, so nothing can be accepted on it."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.extension_dates import act_dates, stale_dates

OLD = dt.date(2027, 7, 2)  # Friday; July 5 is the observed holiday
ACCEPT = "We expect to accept them on July 6, 2027."
GRANT = "We will grant the New RSUs on July 6, 2027."
PAY = "We will pay the cash amount on July 6, 2027."
CANCEL = "The tendered options will be cancelled on July 6, 2027."


@pytest.mark.parametrize("sentence", [ACCEPT, GRANT, PAY, CANCEL])
@pytest.mark.parametrize("new", [dt.date(2027, 7, 6), dt.date(2027, 7, 9), dt.date(2027, 9, 30)])
def test_a_day_for_acting_on_tenders_on_or_before_the_new_expiration_is_named(
    sentence: str, new: dt.date
) -> None:
    assert act_dates(sentence, OLD, new) == ["July 6, 2027"]
    assert "July 6, 2027" in stale_dates(sentence, OLD, new)


@pytest.mark.parametrize("sentence", [ACCEPT, GRANT, PAY])
def test_a_day_for_acting_after_the_new_expiration_stands(sentence: str) -> None:
    # extended to July 5 only: July 6 still follows it
    assert act_dates(sentence, OLD, dt.date(2027, 7, 5)) == []


def test_the_new_expiration_said_as_the_expiration_is_no_act() -> None:
    said = "The offer will expire at 11:59 p.m., Eastern Time, on July 6, 2027."
    assert act_dates(said, OLD, dt.date(2027, 7, 6)) == []
    assert stale_dates(said, OLD, dt.date(2027, 7, 6)) == []
