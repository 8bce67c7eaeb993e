"""A change is named by what the amount is, as the offer names it: a summary term sheet's
row captioned "Tender Consideration" whose price fell from $1,020.00 to $1,005.00 was
reasoned "changes the procedures for the offer: lowers an amount" (its caption's "Tender"
read as a procedure), and the condition the offer defines as the "Minimum Tender Condition"
was "the minimum participation condition"."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, Materiality
from tests.support.builders import Spec, doc

FRONT = (
    "",
    [
        "Brannock Freight Lines, Inc. is offering to purchase for cash any and all of its "
        "6.25% Senior Notes due 2030 (the “Notes”)."
    ],
)


def _offer(price: str, percent: str, caption: str = "Tender Consideration") -> Spec:
    return [
        FRONT,
        (
            "Summary Term Sheet",
            [
                f"{caption}\t${price} per $1,000 principal amount of Notes validly tendered and "
                "accepted for purchase, plus accrued and unpaid interest to the settlement date.",
                "Withdrawal Deadline\tNotes may be withdrawn at any time before 5:00 p.m., New "
                "York City time, on June 5, 2026.",
            ],
        ),
        (
            "1. Terms of the Offer",
            [
                "The Company is offering to purchase any and all of the outstanding Notes for "
                f"${price} per $1,000 principal amount."
            ],
        ),
        (
            "3. Conditions of the Offer",
            [
                "The Offer is conditioned on the valid tender, without withdrawal, of at least "
                f"{percent} of the aggregate principal amount of the outstanding Notes (the "
                "“Minimum Tender Condition”)."
            ],
        ),
    ]


def _items(caption: str = "Tender Consideration") -> list[AmendmentItem]:
    old, new = _offer("1,020.00", "75%", caption), _offer("1,005.00", "60%", caption)
    return draft_items(doc(old), doc(new)).items


def test_a_row_captioned_as_the_consideration_is_the_consideration() -> None:
    row, terms, _ = _items()
    for item in (row, terms):
        assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
        assert "procedure" not in item.materiality_reason, item.materiality_reason
        assert "an amount" not in item.materiality_reason, item.materiality_reason
    # the row's own caption names the amount, and the same figure is named alike everywhere
    assert "the Tender Consideration from $1,020.00 to $1,005.00" in row.materiality_reason
    assert "the Tender Consideration from $1,020.00 to $1,005.00" in terms.materiality_reason


def test_a_caption_naming_a_procedure_still_reads_as_one() -> None:
    """Only a caption that names an amount names the change: "Tender Procedures" does not."""
    row, _, _ = _items("Tender Procedures")
    assert "Tender Procedures from" not in row.materiality_reason, row.materiality_reason


def test_a_condition_is_named_by_the_offers_defined_term() -> None:
    _, _, condition = _items()
    assert condition.materiality is Materiality.MATERIAL, condition.materiality_reason
    assert "the Minimum Tender Condition from 75% to 60%" in condition.materiality_reason
