"""Each item's `plain_text` in items.json is what the notice tells readers of that change, true
on its own: a script reading one item gets no figure named by words the offer never uses
("shares covered by options" in a preferred-stock tender), no placeholder the notice does
not print (and so the tool does not count), and no paragraph that says the change leaves what
holders receive alone and, two sentences on, that they receive more. `check` names a
paragraph that says both."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing_document import notice_blocks
from amendtool.core.plain_summary import placeholders
from tests.support.builders import Spec, doc
from tests.support.plain import holders_filing

OFFER: Spec = [
    (
        "",
        [
            "UP TO 2,000,000 SHARES OF ITS 7.00% SERIES A CUMULATIVE PREFERRED STOCK",
            "Tarrant Ridge Energy Co. is offering to purchase for cash up to 2,000,000 shares "
            "of its Preferred Stock (the “Preferred Shares”) at a price of $26.25 per Preferred "
            "Share, upon the terms set forth in this Offer to Purchase.",
            "If more than 2,000,000 Preferred Shares are properly tendered, the Company will "
            "purchase Preferred Shares on a pro rata basis.",
        ],
    ),
    (
        "1. Terms of the Offer",
        [
            "Upon the terms and subject to the conditions of the Offer, the Company will "
            "purchase up to 2,000,000 Preferred Shares that are properly tendered and not "
            "properly withdrawn before the Expiration Date at the Purchase Price.",
            "The Company will pay for Preferred Shares promptly after the Expiration Date.",
        ],
    ),
]
SAME_PAY = re.compile(r"does not change what you receive", re.I)
MORE_PAY = re.compile(r"you will receive (?:more|less)", re.I)


@pytest.fixture(scope="module")
def tender(example_filing_toml: Path) -> Amendment:
    filing = holders_filing(example_filing_toml)
    revised = [
        (h, [p.replace("2,000,000", "2,500,000").replace("$26.25", "$26.75") for p in ps])
        for h, ps in OFFER
    ]
    return draft_amendment(doc(OFFER), doc(revised), filing)


def _plain_texts(amendment: Amendment) -> list[str]:
    return [str(item["plain_text"]) for item in amendment.items_json()["items"]]


def test_no_item_speaks_of_options_in_a_tender_of_preferred_stock(tender: Amendment) -> None:
    texts = _plain_texts(tender)
    assert len(texts) == 4
    assert [t for t in texts if re.search(r"\boptions?\b", t, re.I)] == []


def test_every_placeholder_of_an_item_is_one_the_notice_prints(tender: Amendment) -> None:
    notice = " ".join(block.text for block in notice_blocks(tender))
    for text in _plain_texts(tender):
        assert [p for p in placeholders(text) if p not in notice] == []


def test_no_item_says_what_you_receive_is_unchanged_and_that_it_rises(
    tender: Amendment,
) -> None:
    for text in _plain_texts(tender):
        assert not (SAME_PAY.search(text) and MORE_PAY.search(text)), text


def test_an_item_on_the_cap_is_named_as_the_cap(tender: Amendment) -> None:
    """ "If more than 2,000,000 Preferred Shares are tendered, we prorate": the most the
    company buys, never how many holders "may tender"."""
    texts = _plain_texts(tender)
    assert [t for t in texts if "may be tendered" in t] == []
    assert all("we will buy" in t for t in texts if "2,500,000" in t)


def test_check_names_a_paragraph_that_says_both(tender: Amendment) -> None:
    item = tender.change_items[1]  # the cover's paragraph: the cap and the price
    item.set_plain_summary(
        "We will now buy up to 2,500,000 Preferred Shares. This change does not change what "
        "you receive for each of your Preferred Shares. The purchase price is now $26.75."
    )
    try:
        said = [f for f in run_checks(tender) if f.code == "plain_pay_unchanged"]
        assert [f.item for f in said] == [1]
        assert "$26.25" in said[0].message and "$26.75" in said[0].message
    finally:
        item.set_plain_summary(None)
