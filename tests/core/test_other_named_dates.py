"""A date the offer names as something else (the Early Tender Date of a notes tender, a
settlement or pricing date) is no expiration, though its sentence says "unless extended":
moving it is a change of that date, never an extension of the offer, and the check does not
read it as a second expiration the offer states."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.expirations import stated_expirations
from amendtool.core.extension_dates import stale_dates
from amendtool.core.items import Materiality
from tests.support.materiality import drafted_one

SECTION = "Early Tender Premium"
EARLY = (
    "The Early Tender Date is 5:00 p.m., New York City time, on June 14, 2021, unless "
    "extended (see \u201cTerms of the Offer\u2014Early Tender Premium\u201d)."
)
OTHERS = [
    EARLY,
    "The Early Settlement Date is expected to be 5:00 p.m., New York City time, on June 16, "
    "2021, unless the Offer is extended.",
    "The Price Determination Date will be 10:00 a.m., New York City time, on June 15, 2021, "
    "unless extended.",
]


@pytest.mark.parametrize("sentence", OTHERS, ids=["early-tender", "settlement", "pricing"])
def test_a_date_named_as_another_is_no_stated_expiration(sentence: str) -> None:
    assert stated_expirations(sentence, "America/New_York") == []


def test_the_offer_s_own_expiration_is_still_read_beside_it() -> None:
    both = (
        "The Early Tender Date is 5:00 p.m., New York City time, on June 14, 2021, and the "
        "offer will expire at 5:00 p.m., New York City time, on June 28, 2021, unless extended."
    )
    assert [d.moment.day for d in stated_expirations(both, "America/New_York")] == [14, 28]


def test_moving_the_early_tender_date_is_no_extension() -> None:
    item = drafted_one(SECTION, [EARLY], [EARLY.replace("June 14", "June 21")])
    assert item.materiality is not Materiality.EXTENSION, item.materiality_reason
    assert "xtends the" not in item.materiality_reason, item.materiality_reason


def test_an_extension_does_not_call_the_early_tender_date_stale() -> None:
    assert (
        stale_dates(EARLY.replace("June 14", "June 20"), dt.date(2021, 6, 14), dt.date(2021, 6, 28))
        == []
    )
