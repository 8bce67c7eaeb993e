"""A comparison word ("more than", "at least", "or more") states who or what is eligible only
where the change touches the threshold: words added elsewhere in its sentence ("we will
return the Shares promptly after the Expiration Date") are read by what they say, and the
reason never names words the change left alone."""

from __future__ import annotations

from amendtool.core.items import Materiality
from tests.support.materiality import drafted

HEADING = "1. Number of Shares; Proration"
PRORATION = (
    "If more than 5,000,000 Shares are tendered, we will purchase the Shares on a pro rata "
    "basis, and we will return the Shares that we do not purchase."
)


def test_words_added_away_from_the_threshold_are_no_change_of_eligibility() -> None:
    new = PRORATION.replace(
        "do not purchase.", "do not purchase promptly after the Expiration Date."
    )
    (item,) = drafted(HEADING, [PRORATION], [new])
    assert item.materiality is Materiality.MATERIAL
    assert "more than" not in (item.materiality_reason or "")


def test_a_changed_threshold_is_still_a_change_of_what_is_sought() -> None:
    new = PRORATION.replace("more than 5,000,000", "at least 5,000,000")
    (item,) = drafted(HEADING, [PRORATION], [new])
    assert item.materiality is Materiality.CONSIDERATION
