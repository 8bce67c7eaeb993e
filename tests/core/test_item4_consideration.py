"""A change of the consideration is stated in Item 4 itself, as counsel states the headline
change of an amendment: a price raised from $26.25 to $26.75 was filed with Item 4 saying only
the extension ("The terms and conditions of the Offer are also amended …"), and with no Item 4
at all when the offer was not extended."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.consideration_statement import MOST_SAID
from amendtool.core.items import Materiality
from amendtool.core.series_amendment import supplements
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing, revised

OFFER: Spec = [
    ("", ["Kerrow Corp. offers to purchase up to 1,600,000 shares at $26.25 net per share."]),
    ("Summary Term Sheet", ["What is the price?", "We will pay $26.25 for each share."]),
    (
        "1. Terms of the Offer",
        [
            "We will purchase shares at a price of $26.25 per share, net to you in cash.",
            "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2026.",
        ],
    ),
    ("7. Conditions of the Offer", ["The conditions are for our benefit."]),
]


CONDITIONS = {
    "conditions": {
        "added": "add a condition",
        "removed": "remove a condition",
        "changed": "change its conditions",
    }
}


def drafted(example_filing_toml: Path, new: Spec, expires_on: int = 23) -> Amendment:
    """Amended on April 9, 2026; the offer expiring on April `expires_on`, 2026."""
    details = plain_filing(example_filing_toml)
    details = dataclasses.replace(details, expiration=details.expiration.replace(day=expires_on))
    return draft_amendment(doc(OFFER), doc(new), details)


def item4(amendment: Amendment) -> str:
    (supplement,) = supplements(amendment)
    assert supplement.heading.startswith("Item 4.")
    return supplement.text


def test_a_new_price_without_an_extension_has_its_item_4(example_filing_toml: Path) -> None:
    amendment = drafted(example_filing_toml, revised(OFFER, "$26.25", "$26.75"))
    assert all(i.materiality is Materiality.CONSIDERATION for i in amendment.change_items), [
        i.materiality_reason for i in amendment.change_items
    ]
    text = item4(amendment)
    assert text.startswith("On April 9, 2026, the Company amended the Offer to increase"), text
    assert text.count("$26.75") == 1 and "from $26.25" in text, text  # said once, not thrice
    assert text.endswith("also amended as set forth in this Amendment."), text


def test_a_new_price_with_an_extension_follows_it(example_filing_toml: Path) -> None:
    later = revised(revised(OFFER, "$26.25", "$26.75"), "April 23", "April 30")
    amendment = drafted(example_filing_toml, later, expires_on=30)
    text = item4(amendment)
    extension, price = text.index("extended the expiration"), text.index("to increase")
    assert extension < price, text
    assert "The Company also amended the Offer to increase" in text, text
    assert text.count("On April 9, 2026") == 1, text


def test_no_change_of_the_terms_no_item_4(example_filing_toml: Path) -> None:
    new = revised(OFFER, "What is the price?", "What price will we pay?")
    amendment = drafted(example_filing_toml, new)
    assert amendment.change_items, "the question is reworded"
    assert supplements(amendment) == [], [i.materiality_reason for i in amendment.change_items]


def test_a_condition_reworded_has_no_item_4(example_filing_toml: Path) -> None:
    """As the precedent files it: a condition's words amended (material) are an item under
    Item 1, and Item 4 is left alone."""
    amendment = drafted(
        example_filing_toml, revised(OFFER, "for our benefit", "for our sole benefit")
    )
    assert [i.materiality for i in amendment.change_items] == [Materiality.MATERIAL]
    assert supplements(amendment) == []


def test_a_firm_that_states_conditions_in_item_4_has_it_said(
    example_filing_toml: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A firm that lists the conditions among `term_subjects` has Item 4 say so."""
    amendment = drafted(
        example_filing_toml, revised(OFFER, "for our benefit", "for our sole benefit")
    )
    monkeypatch.setitem(amendment.wording.schedule_to, "term_subjects", CONDITIONS)
    assert "amended the Offer to change its conditions" in item4(amendment)


def test_many_changes_of_the_consideration_are_said_as_one(example_filing_toml: Path) -> None:
    prices = [f"Class {n} shares will be purchased at ${20 + n}.00 per share." for n in range(5)]
    offer = [*OFFER[:2], ("1. Terms of the Offer", [*prices, *OFFER[2][1]]), OFFER[3]]
    new = [(h, [p.replace(".00 per", ".50 per") for p in ps]) for h, ps in offer]
    amendment = draft_amendment(doc(offer), doc(new), plain_filing(example_filing_toml))
    changed = [i for i in amendment.change_items if i.materiality is Materiality.CONSIDERATION]
    assert len(changed) > MOST_SAID, [i.materiality_reason for i in amendment.change_items]
    text = item4(amendment)
    assert text.count("amended the Offer to change the") == 1, text
    assert "$21.50" not in text, text
