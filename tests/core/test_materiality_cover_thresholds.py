"""An eligibility threshold stated where no word says "eligible" (the cover: "is offering to
exchange certain outstanding options … that have an exercise price at or above $22.00 per
share for new options") is named as what it is, the minimum exercise price of the options
the offer takes, never "the price" of an offer that pays none."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import Materiality
from amendtool.core.materiality import propose
from tests.support.builders import doc

SECTION = ("1. Eligibility", ["Employees who hold options may participate."])
COVERS = [
    "Norbrook Industries Corp. is offering to exchange certain outstanding options to purchase "
    "shares of its common stock that have an exercise price at or above {} per share for new "
    'options (the "New Options").',
    "We are offering to exchange outstanding options with an exercise price greater than {} "
    "for restricted stock units.",
    "This offer to exchange covers options whose exercise price is more than {} per share.",
    "You may exchange options that have an exercise price of {} or more.",
]


@pytest.mark.parametrize("cover", COVERS)
def test_a_threshold_on_the_cover_is_the_minimum_exercise_price(cover: str) -> None:
    before = doc([("", [cover.format("$22.00")]), SECTION])
    after = doc([("", [cover.format("$19.00")]), SECTION])
    [item] = draft_items(before, after).items
    proposal = propose(item)
    assert proposal.materiality is Materiality.CONSIDERATION, proposal
    assert "minimum exercise price of eligible options from $22.00 to $19.00" in proposal.reason
    assert "the price" not in proposal.reason, proposal.reason
