"""The withdrawal rights' own dates are not the expiration: the back-end right to withdraw
options not accepted by a date (Rule 13e-4(f)(2)(ii)) is fixed from commencement, so an item
that adds or moves it changes the withdrawal rights, and a sentence that stops printing the
expiration's date while still speaking of the expiration does not take the expiration out.
After an extension, the check does not ask counsel whether the back-end date moved."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.expirations import stated_expirations
from amendtool.core.extension_dates import stale_dates
from amendtool.core.items import Materiality
from tests.support.materiality import drafted_one

SECTION = "4. Withdrawal Rights."
OLD = (
    "You may withdraw your tendered Eligible Options at any time before the expiration of "
    "the offer at 11:59 p.m., Eastern Time, on April 29, 2026."
)
BACK_END = (
    "You may withdraw your tendered Eligible Options at any time before the expiration of "
    "the offer. In addition, if we have not accepted your tendered Eligible Options by May 28, "
    "2026, you may withdraw them at any time after that date."
)
MOVED_OLD = (
    "If we have not accepted your tendered options before the expiration of the offer, you "
    "may withdraw them at any time after May 28, 2026 at 5:00 p.m."
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(OLD, BACK_END, id="back-end-right-added"),
        pytest.param(
            MOVED_OLD,
            MOVED_OLD.replace("May 28", "May 29").replace("5:00", "6:00"),
            id="back-end-date-moved",
        ),
    ],
)
def test_a_withdrawal_rights_date_is_no_expiration(old: str, new: str) -> None:
    item = drafted_one(SECTION, [old], [new])
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert item.materiality_reason.startswith("Changes the withdrawal rights"), (
        item.materiality_reason
    )
    assert "expiration" not in item.materiality_reason.split(";")[0], item.materiality_reason


def test_the_back_end_date_is_not_read_as_the_expiration() -> None:
    assert stated_expirations(MOVED_OLD, "America/New_York") == []


def test_the_back_end_date_is_not_asked_about_after_an_extension() -> None:
    old, new = dt.date(2026, 4, 29), dt.date(2026, 6, 5)
    assert stale_dates(MOVED_OLD, old, new) == []
    assert stale_dates("You may withdraw until April 29, 2026.", old, new) == ["April 29, 2026"]
