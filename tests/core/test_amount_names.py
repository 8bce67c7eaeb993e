"""An amount is named by what it is: fees the issuer pays, a loan, a salary, a market value
are no cash payment to holders and no change in the offer's consideration, even where the
sentence says "pay" or the section's title names the price. The names are the firm's
([[measures]] with `before = true` in resources/materiality/rules.toml)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.filing import load_filing
from amendtool.core.items import Materiality
from amendtool.core.layout import plain_text
from amendtool.core.notice_document import notice_blocks
from tests.support.materiality import amended, drafted_one

OLD, NEW = "$1.5 million", "$2.0 million"


@pytest.mark.parametrize(
    ("heading", "sentence", "named"),
    [
        pytest.param(
            "3. Fees",
            "We expect to pay fees of {} in connection with the offer.",
            "the fees and expenses",
            id="fees-to-pay",
        ),
        pytest.param(
            "12. Fees and Expenses",
            "We will pay the Exchange Agent a fee of {} for its services.",
            "the fee",
            id="agent-fee",
        ),
        pytest.param(
            "12. Fees and Expenses",
            "We will pay all fees and expenses of the offer, which we estimate at {}.",
            "the fees and expenses",
            id="estimate-in-a-later-clause",
        ),
        pytest.param(
            "2. Purchase Price; Fees",
            "We will pay the Dealer Manager a fee of {} for its services.",
            "the fee",
            id="fee-under-a-price-title",
        ),
        pytest.param(
            "9. Source and Amount of Funds",
            "We will pay for the shares with the proceeds of a loan of {} from First Bank.",
            "the loan",
            id="loan",
        ),
        pytest.param(
            "9. Source and Amount of Funds",
            "We will borrow {} under our credit facility to pay for the tendered shares.",
            "the loan",
            id="borrowing",
        ),
        pytest.param(
            "10. Interests of Directors and Officers",
            "Mr. Smith is paid an annual base salary of {}.",
            "the salary",
            id="salary",
        ),
        pytest.param(
            "10. Interests of Directors and Officers",
            "Ms. Lee will be paid a retention bonus of {} in cash.",
            "the bonus",
            id="bonus",
        ),
        pytest.param(
            "8. Information Concerning Acme",
            "As of June 30, 2025, the aggregate market value of our common stock held by "
            "non-affiliates, including shares paid for by employees, was {}.",
            "the market value",
            id="market-value",
        ),
    ],
)
def test_an_amount_that_is_no_consideration_is_named_by_what_it_is(
    heading: str, sentence: str, named: str
) -> None:
    item = drafted_one(heading, [sentence.format(OLD)], [sentence.format(NEW)])
    reason = item.materiality_reason
    assert item.materiality is not Materiality.CONSIDERATION, reason
    assert f"{named} from {OLD} to {NEW}" in reason.lower(), reason
    assert "cash payment" not in reason and "price" not in reason, reason


@pytest.mark.parametrize(
    ("heading", "sentence", "named"),
    [
        pytest.param(
            "1. Number of Shares; Purchase Price",
            "We will pay {} per share in cash.",
            "price",
            id="price-per-share",
        ),
        pytest.param(
            "1. Number of Shares; Purchase Price",
            "We will pay you {} per share in cash without any brokerage fees or commissions.",
            "price",
            id="price-with-fees-after-it",
        ),
        pytest.param(
            "2. Cash Payment",
            "For each Eligible RSU you tender, we will pay you {} in cash, less fees.",
            "cash payment",
            id="cash-payment-less-fees",
        ),
    ],
)
def test_the_consideration_is_still_named_as_the_consideration(
    heading: str, sentence: str, named: str
) -> None:
    old, new = "$4.25", "$4.75"
    item = drafted_one(heading, [sentence.format(old)], [sentence.format(new)])
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert f"the {named} from {old} to {new}" in item.materiality_reason
    assert "fee" not in item.materiality_reason


def test_the_notice_names_a_salary_for_employees(example_filing_toml: Path) -> None:
    """A salary printed under the insiders' interests is "The salary is now …", not a
    blank for counsel to name."""
    filing = dataclasses.replace(
        load_filing(example_filing_toml), notice_style="plain", notice_explanation=""
    )
    sentence = "Mr. Smith is paid an annual base salary of {}."
    amendment = amended(
        filing,
        "10. Interests of Directors and Officers",
        [sentence.format("$450,000")],
        [sentence.format("$475,000")],
    )
    text = " ".join(plain_text(notice_blocks(amendment)).split())
    assert "The salary is now $475,000. It was $450,000." in text
    assert "cash payment" not in text.lower()
