"""A cross-reference put in or taken out ("(see Section 8)", "See Section 3.", "as described
in Section 9") says where the offer says more; it changes no right, amount or date, so it is
clarifying wherever it is printed, in the offer's terms or in its withdrawal rights."""

from __future__ import annotations

import pytest

from amendtool.core.fact_references import references
from amendtool.core.items import Materiality
from tests.support.materiality import drafted_one

ROUNDED = "The number of New Options you receive will be rounded down to the nearest whole share."
WITHDRAW = "You may withdraw your tendered options at any time before the expiration of the offer."


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        pytest.param(
            "2. Number of New Options; Exchange Ratio.",
            ROUNDED,
            ROUNDED.replace("share.", "share (see Section 8)."),
            id="parenthetical-in-the-terms",
        ),
        pytest.param(
            "4. Withdrawal Rights.",
            WITHDRAW,
            WITHDRAW + " See Section 3.",
            id="sentence-in-withdrawal-rights",
        ),
        pytest.param(
            "4. Withdrawal Rights.",
            WITHDRAW,
            WITHDRAW.replace("offer.", "offer, as described in Section 9."),
            id="as-described-in",
        ),
        pytest.param(
            "2. Number of New Options; Exchange Ratio.",
            ROUNDED.replace("share.", "share (see Section 8)."),
            ROUNDED,
            id="taken-out",
        ),
    ],
)
def test_a_cross_reference_put_in_or_taken_out_is_clarifying(
    heading: str, old: str, new: str
) -> None:
    item = drafted_one(heading, [old], [new])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert "cross-reference" in item.materiality_reason, item.materiality_reason


def test_a_cross_reference_with_other_words_is_read_by_them() -> None:
    new = ROUNDED.replace("rounded down", "rounded up").replace("share.", "share (see Section 8).")
    item = drafted_one("2. Number of New Options; Exchange Ratio.", [ROUNDED], [new])
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason


@pytest.mark.parametrize(
    ("old", "new"),
    [("See Section III.", "See Section I."), ("(see Sections II and IV)", "(see Section VI)")],
)
def test_a_cross_reference_in_roman_numerals_is_clarifying(old: str, new: str) -> None:
    """An offer numbering its sections I, II, III cites them so: "See Section III." →
    "See Section I." was read as words changed ("III" → "I") and proposed material."""
    odd_lots = "Holders of fewer than 100 shares may tender all of them without proration."
    item = drafted_one("I. Purchase Price; Odd Lots.", [f"{odd_lots} {old}"], [f"{odd_lots} {new}"])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert "cross-reference" in item.materiality_reason, item.materiality_reason


def test_sections_cited_in_roman_numerals_are_references() -> None:
    """ "Sections II and IV", "Part III": each cited whole (a numeral in small letters,
    "section iv", is not read as one)."""
    assert references("See Sections II and IV and Part III.") == ["Sections II and IV", "Part III"]
    assert references("as set out in the section iv below") == []
