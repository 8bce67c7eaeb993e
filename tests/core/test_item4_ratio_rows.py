"""Every change of the consideration is stated in Item 4, however the offer prints it: an
exchange ratio changed in one row of a table ("Eligible Options Exchanged for One New RSU",
3.0 → 2.5 for the "$15.00 – $19.99" band) was told only in the item, Item 4 saying the
extension alone. Item 4 states it from the same reading as the item's reason."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.consideration_statement import _figure
from amendtool.core.items import Materiality
from amendtool.core.plain_fact_change import FactChange
from amendtool.core.series_amendment import supplements
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

FRONT = ("", ["Acme Widgets, Inc. is offering to exchange Eligible Options for New RSUs."])
TERMS = "1. Terms of the Offer"
CLOSING = ("7. Conditions of the Offer", ["The conditions are for our benefit."])


def _offer(rows: list[str], prose: str = "We will exchange your Eligible Options.") -> Spec:
    return [FRONT, (TERMS, ["The exchange ratios are:", *rows, prose]), CLOSING]


def _item4(example_filing_toml: Path, old: Spec, new: Spec) -> tuple[Amendment, str]:
    amendment = draft_amendment(doc(old), doc(new), plain_filing(example_filing_toml))
    (supplement,) = supplements(amendment)
    assert supplement.heading.startswith("Item 4."), supplement.heading
    return amendment, supplement.text


HEAD = "Exercise Price per Share\tEligible Options Exchanged for One New RSU"
BANDS = ["$10.00 – $14.99\t2.0", "$15.00 – $19.99\t3.0", "$20.00 and above\t4.0"]


@pytest.mark.parametrize(
    "heading",
    [
        "Eligible Options Exchanged for One New RSU",
        "New RSUs Granted for One Eligible Option",
    ],
)
def test_a_ratio_changed_in_one_row_is_stated_in_item_4(
    example_filing_toml: Path, heading: str
) -> None:
    head = f"Exercise Price per Share\t{heading}"
    old = _offer([head, *BANDS])
    new = _offer([head, BANDS[0], BANDS[1].replace("3.0", "2.5"), BANDS[2]])
    amendment, text = _item4(example_filing_toml, old, new)
    (item,) = amendment.change_items
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    # the item's own reading of both ratios, whole, stated in Item 4 for that band
    said = re.search(r"from (.+?) to (.+?) \(", item.materiality_reason)
    assert said is not None, item.materiality_reason
    assert f"from {said[1]} to {said[2]}" in text, text
    assert "$15.00 – $19.99" in text and "$10.00" not in text, text
    assert "exercise price per share of $15.00 – $19.99" in text, text


@pytest.mark.parametrize(
    "price", ["Purchase Price", "Purchase Price per $1,000 Principal Amount of Notes"]
)
def test_a_price_changed_in_a_table_row_is_stated_in_item_4(
    example_filing_toml: Path, price: str
) -> None:
    """A column headed by the unit notes are priced in is still a heading: the row is a
    change of the price, stated in Item 4 (it was "a material change of an amount")."""
    head = f"Series of Notes\t{price}"
    rows = ["6.25% Notes due 2030\t$1,020.00", "7.00% Notes due 2032\t$1,040.00"]
    old = _offer([head, *rows])
    new = _offer([head, rows[0].replace("1,020.00", "1,005.00"), rows[1]])
    _, text = _item4(example_filing_toml, old, new)
    assert "$1,020.00" in text and "$1,005.00" in text, text
    assert "$1,040.00" not in text, text


def test_a_ratio_changed_in_prose_is_stated_in_item_4(example_filing_toml: Path) -> None:
    said = "You will receive one New RSU for every {n} Eligible Options you exchange."
    old = _offer([], said.format(n="three"))
    new = _offer([], said.format(n="two"))
    _, text = _item4(example_filing_toml, old, new)
    assert "three" in text and "two" in text, text


def test_a_row_of_a_cash_price_table_keeps_its_series_and_unit() -> None:
    """A cash offer for several series, priced in a table: Item 4 names the series whose
    price changed and the unit its column heads the prices in (it said "the Tender
    Consideration … per Note", as though one price had changed for all)."""
    terms = {"consideration_verb": "paid", "consideration": "Total Consideration"}
    terms["tendered"] = "Notes"
    heading = "Purchase Price per $1,000 Principal Amount of Notes"
    row = "6.25% Notes due 2030"
    change = FactChange("money", "$1,020.00", "$1,005.00", "amount", False, -1, f"{row}\t$1,005.00")
    said = _figure(dataclasses.replace(change, row=row, column=heading), terms)
    assert row in said["term"] and "Total Consideration" in said["term"], said
    assert said["each"] == " per $1,000 principal amount of Notes", said


def test_a_term_sheets_caption_is_not_said_as_a_row() -> None:
    """A caption | text summary row ("Tender Consideration" | "$1,005.00 per …") is the
    term itself, not one row of several prices."""
    terms = {"consideration_verb": "paid", "consideration": "Tender Consideration"}
    sentence = "Tender Consideration\t$1,005.00 per $1,000 principal amount"
    change = FactChange("money", "$1,020.00", "$1,005.00", "amount", False, -1, sentence)
    said = _figure(dataclasses.replace(change, row="Tender Consideration"), terms)
    assert said["term"] == "the Tender Consideration", said


@pytest.mark.parametrize(
    "price",
    [
        "Exercise Price of Eligible Option",
        "Exercise Prices of Eligible Options",
        "Exercise Price Range",
        "Exercise Price per Share",
        "Exercise Price",
    ],
)
def test_a_band_is_named_by_its_price_in_english(example_filing_toml: Path, price: str) -> None:
    """A band is named as a price the option has, whatever else the heading over the bands
    says: "with an exercise price of eligible option of $20.00 - $29.99" is not English."""
    head = f"{price}\tEligible Options per New RSU"
    old = _offer([head, *BANDS])
    new = _offer([head, BANDS[0], BANDS[1].replace("3.0", "2.5"), BANDS[2]])
    _, text = _item4(example_filing_toml, old, new)
    assert "with an exercise price per share of $15.00 – $19.99 from" in text, text
    assert "eligible option of" not in text.casefold(), text
