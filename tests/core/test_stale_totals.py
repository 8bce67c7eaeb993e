"""The price raised from $18.50 to $19.25 everywhere but in the section on the source of
funds, which still says the 4,000,000 Shares will cost about $75,000,000 (what they cost at
$18.50, with fees): `check` said nothing, and Item 7 would misstate the funds needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.stale_totals import STALE_TOTAL
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing, revised

FUNDS = (
    "We expect that the total cost of purchasing 4,000,000 Shares, including fees and "
    "expenses, will be approximately $75,000,000, which we will fund from cash on hand."
)


def offer(funds: str = FUNDS) -> Spec:
    return [
        ("", ["Kerrow Corp. offers to purchase up to 4,000,000 Shares at $18.50 per Share."]),
        ("1. Purchase Price", ["We will pay $18.50 per Share, net to the seller in cash."]),
        ("9. Source and Amount of Funds", [funds]),
        ("10. Fees and Expenses", ["We will pay the Depositary $25,000 for its services."]),
    ]


def stale(example_filing_toml: Path, new: Spec, old: Spec | None = None) -> list[str]:
    amendment = draft_amendment(doc(old or offer()), doc(new), plain_filing(example_filing_toml))
    return [f.message for f in run_checks(amendment) if f.code == STALE_TOTAL]


def _priced(price: str, funds: str = FUNDS) -> Spec:
    return [(h, [p.replace("$18.50", price) for p in ps]) for h, ps in offer(funds)]


def test_a_total_left_at_the_old_price_is_named(example_filing_toml: Path) -> None:
    (said,) = stale(example_filing_toml, _priced("$19.25"))
    assert "changes $18.50 to $19.25" in said, said
    assert "Source and Amount of Funds" in said and "$75,000,000" in said, said
    assert "4,000,000 Shares" in said and "$77,000,000" in said, said


def test_a_total_left_after_the_price_is_lowered_is_named_too(example_filing_toml: Path) -> None:
    assert len(stale(example_filing_toml, _priced("$16.00"))) == 1


@pytest.mark.parametrize(
    "funds",
    [
        FUNDS.replace("$75,000,000", "$78,000,000"),  # the total updated with the price
        "We will fund the purchase from cash on hand.",  # no total stated
        "Our term loan of $75,000,000 matures in 2030.",  # an amount, no number of shares
    ],
)
def test_a_total_the_new_price_makes_or_none_is_not_named(
    example_filing_toml: Path, funds: str
) -> None:
    assert stale(example_filing_toml, _priced("$19.25", funds), offer(funds)) == []


def test_no_price_changed_nothing_named(example_filing_toml: Path) -> None:
    assert stale(example_filing_toml, revised(offer(), "cash on hand", "cash on hand and")) == []


def test_a_total_for_the_offer_fully_subscribed_is_read_against_what_it_seeks(
    example_filing_toml: Path,
) -> None:
    """ "Assuming the Offer is fully subscribed, … approximately $116,000,000": no number in
    its paragraph, the total is of the "up to 4,000,000 Shares" the offer seeks."""
    funds = (
        "Assuming the Offer is fully subscribed, we expect the aggregate purchase price, "
        "together with fees and expenses, to be approximately $75,000,000."
    )
    (said,) = stale(example_filing_toml, _priced("$19.25", funds), offer(funds))
    assert "$75,000,000 for 4,000,000 Shares" in said, said
