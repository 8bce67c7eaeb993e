"""A reason pairs each old figure with the new figure that plays its role (the price with the
price, never with the amount sought); "any and all" → "up to $150,000,000" caps the
securities sought, and is said so; a percentage of the outstanding stock is no price; and a
form of payment put in beside a changed figure is named."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from amendtool.core.filing import load_filing
from amendtool.core.filing_document import notice_blocks
from amendtool.core.items import Materiality
from amendtool.core.layout import plain_text
from tests.support.materiality import amended, drafted

TERMS = "1. Terms of the Offer"
ANY_AND_ALL = (
    "The Company will purchase any and all Notes validly tendered and not withdrawn at the "
    "Tender Offer Consideration of $980 per $1,000 principal amount."
)
CAPPED = (
    "The Company will purchase up to $150,000,000 aggregate principal amount of Notes validly "
    "tendered and not withdrawn at the Tender Offer Consideration of $1,010 per $1,000 "
    "principal amount."
)


def test_the_price_is_paired_with_the_price_and_the_cap_is_said() -> None:
    [item] = drafted(TERMS, [ANY_AND_ALL], [CAPPED])
    assert item.materiality is Materiality.CONSIDERATION
    reason = item.materiality_reason
    assert "from $980 to $1,010" in reason
    assert "$980 to $150,000,000" not in reason
    assert reason.startswith("Caps the securities sought")
    assert "“any and all” → “up to $150,000,000" in reason


def test_a_cap_alone_is_a_change_in_the_securities_sought() -> None:
    old = "Harrowgate is offering to purchase for cash any and all of its outstanding Notes."
    new = (
        "Harrowgate is offering to purchase for cash up to $150,000,000 aggregate principal "
        "amount of its outstanding Notes."
    )
    [item] = drafted("Introduction", [old], [new])
    assert item.materiality is Materiality.CONSIDERATION
    assert item.materiality_reason.startswith("Caps the securities sought")
    assert "prorat" in item.materiality_reason


def test_a_percentage_of_the_outstanding_stock_is_no_price_and_a_new_form_is_named() -> None:
    old = (
        "Eligible RSUs represent approximately 8% of our outstanding common stock on a fully "
        "diluted basis. We will pay the purchase price in cash."
    )
    new = (
        "Eligible RSUs represent approximately 10% of our outstanding common stock on a fully "
        "diluted basis. We will pay the purchase price in cash or in shares of our common "
        "stock, at our election."
    )
    [item] = drafted("2. Number of RSUs; Purchase Price", [old], [new])
    reason = item.materiality_reason
    assert item.materiality is Materiality.CONSIDERATION
    assert "price from 8%" not in reason
    assert "from 8% to 10%" in reason
    assert "form of consideration" in reason


def test_the_holders_notice_says_a_capped_tender_may_be_prorated(example_filing_toml: Path) -> None:
    """A tender "still counts", but no longer in full: holders are told of proration."""
    filing = dataclasses.replace(
        load_filing(example_filing_toml),
        notice_style="plain",
        notice_explanation="",
        document_title="Offer to Purchase",
    )
    amendment = amended(filing, TERMS, [ANY_AND_ALL], [CAPPED])
    text = " ".join(plain_text(notice_blocks(amendment)).split())
    assert "only part of" in text and "up to $150,000,000" in text
    assert "your tender still counts, on the terms as changed. Check" not in text
