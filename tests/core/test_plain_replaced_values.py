"""Counsel's plain paragraph on a deleted condition: the condition's own figure told as gone
is no error ("We dropped the condition … if the stock market fell more than 10%"), an index
named by its number is no figure ("S&P 500"), and the old price another item replaced, told
as the price now, is an error (it was a warning: "a value neither text states")."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import ERROR, run_checks
from amendtool.core.items import ItemKind
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

CONDITION = (
    "We may end the offer if the S&P 500 index falls by more than 10% from its level on the "
    "date the offer begins."
)


def offer(price: str, conditions: list[str]) -> Spec:
    return [
        ("", [f"Kerrow Corp. offers to buy up to 4,000,000 Shares at {price} per Share."]),
        ("1. Purchase Price", [f"We will pay {price} per Share, net to the seller in cash."]),
        ("7. Conditions of the Offer", ["The conditions are for our benefit.", *conditions]),
    ]


def amended(example_filing_toml: Path, paragraph: str) -> tuple[Amendment, int]:
    filing = plain_filing(example_filing_toml)
    amendment = draft_amendment(doc(offer("$29.00", [CONDITION])), doc(offer("$31.50", [])), filing)
    (index,) = [
        n for n, i in enumerate(amendment.change_items) if i.kind is ItemKind.DELETE_PARAGRAPH
    ]
    amendment.change_items[index].set_plain_summary(paragraph)
    return amendment, index


def said(amendment: Amendment, index: int) -> list[tuple[str, str]]:
    return [
        (f.severity, f.message)
        for f in run_checks(amendment)
        if f.item == index and f.code == "plain_facts"
    ]


def test_a_condition_told_as_dropped_with_its_own_figures_is_no_error(
    example_filing_toml: Path,
) -> None:
    amendment, index = amended(
        example_filing_toml,
        "We dropped the condition that let us end the offer if the S&P 500 fell more than "
        "10%. A market drop can no longer end the offer.",
    )
    assert said(amendment, index) == []


def test_the_old_price_told_as_the_price_now_is_an_error(example_filing_toml: Path) -> None:
    amendment, index = amended(
        example_filing_toml,
        "We dropped the market condition. The price is now $29.00 per Share.",
    )
    found = said(amendment, index)
    assert [severity for severity, _ in found] == [ERROR], found
    assert "$29.00" in found[0][1] and "$31.50" in found[0][1], found
    # told as the old price, it is no error
    amendment, index = amended(
        example_filing_toml,
        "We dropped the market condition. The price was $29.00 and is $31.50 now.",
    )
    assert said(amendment, index) == []
