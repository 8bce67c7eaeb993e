"""Item 4 states every change of the terms, not only a new price: an amendment raising the
Preferred Shares sought from 2,000,000 to 2,500,000 with its price was filed with Item 4
saying only the price; a shorter vesting schedule, a changed Minimum Tender Condition and a
condition added were told only in the items. An exchange ratio is stated with what each side
counts ("one New RSU for every three Eligible Options"), never as "one for three"."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.items import Materiality
from amendtool.core.series_amendment import supplements
from tests.core.test_item4_consideration import CONDITIONS
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing, revised

PURCHASE: Spec = [
    (
        "",
        [
            "Tarrant Ridge Energy Co. is offering to purchase for cash up to 2,000,000 shares of "
            "its 7.00% Series A Cumulative Preferred Stock (the “Preferred Shares”) at a price "
            "of $26.25 per Preferred Share (the “Purchase Price”).",
        ],
    ),
    (
        "1. Terms of the Offer",
        [
            "The Company will purchase up to 2,000,000 Preferred Shares that are properly "
            "tendered at the Purchase Price.",
            "If more than 2,000,000 Preferred Shares are properly tendered, the Company will "
            "purchase Preferred Shares on a pro rata basis.",
        ],
    ),
    (
        "7. Conditions of the Offer",
        [
            "The Offer is conditioned on at least 1,000,000 Preferred Shares being properly "
            "tendered and not withdrawn (the “Minimum Tender Condition”).",
            "The Company will not be required to accept any Preferred Shares if:",
            "(a) any court enjoins the Offer; or",
            "(b) any general suspension of trading occurs.",
        ],
    ),
]

EXCHANGE: Spec = [
    ("", ["Acme Widgets, Inc. is offering to exchange Eligible Options for New RSUs."]),
    (
        "1. Terms of the Offer",
        [
            "You will receive one New RSU for every two Eligible Options you exchange.",
            "The New RSUs will vest in equal annual installments over three years, subject to "
            "your continued service.",
        ],
    ),
    ("7. Conditions of the Offer", ["The conditions are for our benefit."]),
]


def _item4(example_filing_toml: Path, old: Spec, new: Spec, **filing: str) -> str:
    details = plain_filing(example_filing_toml, **filing)
    amendment = draft_amendment(doc(old), doc(new), details)
    (supplement,) = supplements(amendment)
    assert supplement.heading.startswith("Item 4."), supplement.heading
    return supplement.text


def _purchase(example_filing_toml: Path, new: Spec) -> tuple[Amendment, str]:
    details = plain_filing(
        example_filing_toml, consideration="Purchase Price", tendered="Preferred Shares"
    )
    amendment = draft_amendment(doc(PURCHASE), doc(new), details)
    (supplement,) = supplements(amendment)
    return amendment, supplement.text


def test_the_amount_sought_is_stated_once_before_the_price(example_filing_toml: Path) -> None:
    new = revised(revised(PURCHASE, "2,000,000", "2,500,000"), "$26.25", "$26.75")
    amendment, text = _purchase(example_filing_toml, new)
    classes = [i.materiality for i in amendment.change_items]
    assert Materiality.CONSIDERATION in classes, [
        i.materiality_reason for i in amendment.change_items
    ]
    assert "the number of Preferred Shares sought from 2,000,000 to 2,500,000" in text, text
    assert text.count("2,500,000") == 1, text  # printed in three places, stated once
    assert text.count("$26.75") == 1, text
    assert text.index("2,500,000") < text.index("$26.75"), text  # the offer's order
    # the second change of the same day is "also" amended, not a second "On April 9, 2026"
    assert text.count("On April 9, 2026") == 1, text


def test_a_changed_minimum_tender_condition_is_stated(example_filing_toml: Path) -> None:
    new = revised(PURCHASE, "at least 1,000,000", "at least 750,000")
    amendment, text = _purchase(example_filing_toml, new)
    assert [i.materiality for i in amendment.change_items] == [Materiality.MATERIAL], [
        i.materiality_reason for i in amendment.change_items
    ]
    assert "decrease the Minimum Tender Condition from 1,000,000 " in text, text
    assert "to 750,000 Preferred Shares" in text, text


def test_a_condition_added_is_stated(
    example_filing_toml: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conditions = PURCHASE[2][1]
    new = [
        *PURCHASE[:2],
        (
            PURCHASE[2][0],
            [
                *conditions[:3],
                "(b) any general suspension of trading occurs; or",
                "(c) the closing price of the Preferred Shares falls below $22.00.",
            ],
        ),
    ]
    details = plain_filing(
        example_filing_toml, consideration="Purchase Price", tendered="Preferred Shares"
    )
    amendment = draft_amendment(doc(PURCHASE), doc(new), details)
    assert any(i.materiality is Materiality.MATERIAL for i in amendment.change_items)
    assert supplements(amendment) == []  # by default, as the precedent files it
    monkeypatch.setitem(amendment.wording.schedule_to, "term_subjects", CONDITIONS)
    (supplement,) = supplements(amendment)
    assert "amended the Offer to add a condition" in supplement.text, supplement.text


def test_a_vesting_schedule_is_stated(example_filing_toml: Path) -> None:
    new = revised(EXCHANGE, "over three years", "over two years")
    text = _item4(example_filing_toml, EXCHANGE, new, consideration="New RSUs")
    assert "the vesting schedule from equal annual installments over three years to equal " in text
    assert "annual installments over two years" in text, text


def test_an_exchange_ratio_names_what_each_side_counts(example_filing_toml: Path) -> None:
    new = revised(EXCHANGE, "for every two", "for every three")
    text = _item4(example_filing_toml, EXCHANGE, new, consideration="New RSUs")
    said = (
        "from one New RSU for every two Eligible Options to one New RSU for every three "
        "Eligible Options"
    )
    assert said in text, text


@pytest.mark.parametrize(
    "vesting",
    [
        "The New RSUs will vest in equal annual installments over two years from the grant date.",
        "The New RSUs will vest in equal annual installments over two years from the grant "
        "date, subject to your continued service.",
        "The New RSUs will vest in equal annual installments over a period of two years.",
    ],
)
def test_a_vesting_schedule_and_its_period_are_one_change(
    example_filing_toml: Path, vesting: str
) -> None:
    """A schedule changed from two years to three is stated once: Item 4 also said "change
    the vesting period from two years to three years", the same change again."""
    old: Spec = [EXCHANGE[0], ("1. Terms of the Offer", [vesting]), EXCHANGE[2]]
    new = revised(old, "two years", "three years")
    text = _item4(example_filing_toml, old, new, consideration="New RSUs")
    assert text.count("three years") == 1, text
    assert text.count("two years") == 1, text
