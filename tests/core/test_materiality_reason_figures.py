"""A reason says each changed figure the way counsel would: a figure that moved is said
moved, in its direction, never "adds 40" because the other figure of the sentence happens to
print the old one ("$50"); a figure the offer names by a defined term ("the Early Tender
Payment of $30") by that term, not "the cash payment"; and a figure set in a cover's capitals
("UP TO 1,500,000 SHARES") in ordinary letters."""

from __future__ import annotations

from amendtool.core.materiality import propose
from tests.support.materiality import drafted

TERMS = "Terms of the Offer"
SPREAD = (
    "The total consideration for each $1,000 principal amount of Notes will be determined by "
    "reference to a fixed spread of {} basis points over the yield of the Reference Security "
    "and includes an early tender payment of {} per $1,000 principal amount."
)
EARLY = (
    "Holders who validly tender Notes at or before the Early Tender Date will receive the "
    "Total Consideration, which includes the Early Tender Payment of {} per $1,000 principal "
    "amount."
)


def reason(heading: str, old: str, new: str) -> str:
    [item] = drafted(heading, [old], [new])
    return propose(item).reason


def test_a_figure_that_moved_is_said_moved_in_its_direction() -> None:
    said = reason(TERMS, SPREAD.format("50", "$30"), SPREAD.format("40", "$50"))
    assert "adds 40" not in said, said
    assert "lowers the fixed spread from 50" in said.lower(), said


def test_a_figure_named_by_a_defined_term_is_said_by_it() -> None:
    said = reason(TERMS, EARLY.format("$30"), EARLY.format("$50"))
    assert said.startswith("Raises the Early Tender Payment from $30 to $50"), said


def test_a_cover_in_capitals_is_said_in_ordinary_letters() -> None:
    legend = "OFFER TO PURCHASE FOR CASH UP TO {} SHARES OF ITS SERIES A PREFERRED STOCK"
    said = reason(TERMS, legend.format("1,500,000"), legend.format("2,000,000"))
    assert "SHARES" not in said, said
    assert "the number of shares from 1,500,000 shares to 2,000,000 shares" in said, said


def test_a_defined_security_keeps_its_name() -> None:
    old = "We will purchase up to 1,500,000 Preferred Shares at $24.00 per Preferred Share."
    said = reason(TERMS, old, old.replace("1,500,000", "2,000,000"))
    assert "the number of Preferred Shares from 1,500,000" in said, said


def test_a_figure_the_rules_name_is_no_ratio_for_a_for_each_elsewhere() -> None:
    """ "for each $1,000 principal amount" in the sentence makes no exchange ratio of the
    spread."""
    text = (
        "The Total Consideration for each $1,000 principal amount of Notes will equal the "
        "price that results in a yield equal to the yield of the Reference Security plus a "
        "fixed spread of {} basis points."
    )
    said = reason(TERMS, text.format("50"), text.format("40"))
    assert "exchange ratio" not in said, said
    assert said.startswith("Lowers the fixed spread from 50"), said


def test_a_grant_date_far_from_its_verb_is_the_eligibility_cut_off() -> None:
    cover = (
        "We are offering to exchange restricted stock units granted under the 2020 Equity "
        'Incentive Plan before {} (the "Eligible RSUs") for a cash payment.'
    )
    said = reason(TERMS, cover.format("January 1, 2024"), cover.format("July 1, 2024"))
    assert "grant-date cut-off for eligibility" in said, said
