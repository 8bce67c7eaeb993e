"""Disclosure brought up to date is no change in the offer: the company's new office address
or telephone number (Item 1 information) and the last reported sale price of the shares on a
later day (Item 2 information) are proposed clarifying, by the rule the firm keeps in its
materiality rules; an address that says where to deliver an election is a procedure."""

from __future__ import annotations

import pytest

from amendtool.core.materiality import propose
from amendtool.core.materiality_rules import house_rules
from tests.core.test_materiality import drafted

ADDRESS = (
    "Our principal executive offices are located at 100 Main Street, Springfield, Illinois "
    "62701, and our telephone number is (217) 555-0100."
)
NEW_ADDRESS = (
    "Our principal executive offices are located at 200 Oak Avenue, Suite 400, Springfield, "
    "Illinois 62704, and our telephone number is (217) 555-0199."
)
SALE = (
    "On May 1, 2026, the last reported sale price of our common stock on the Nasdaq Global "
    "Select Market was $12.34 per share."
)
NEW_SALE = (
    "On May 8, 2026, the last reported sale price of our common stock on the Nasdaq Global "
    "Select Market was $11.02 per share."
)
QUESTIONS = [
    "What is the market price of the shares?",
    SALE,
    "When does the offer expire?",
    "The offer expires at 11:59 p.m., Eastern Time, on May 29, 2026.",
]


@pytest.mark.parametrize(
    ("heading", "old", "new", "named"),
    [
        pytest.param(
            "10. Information Concerning Acme Widgets, Inc.",
            [ADDRESS],
            [NEW_ADDRESS],
            "address",
            id="office-address",
        ),
        pytest.param(
            "8. Price Range of Common Stock.",
            [SALE],
            [NEW_SALE],
            "last reported sale price",
            id="last-sale-in-price-range",
        ),
        pytest.param(
            "Summary Term Sheet",
            QUESTIONS,
            [NEW_SALE if p == SALE else p for p in QUESTIONS],
            "last reported sale price",
            id="last-sale-in-term-sheet",
        ),
    ],
)
def test_updated_disclosure_is_proposed_clarifying(
    heading: str, old: list[str], new: list[str], named: str
) -> None:
    item = drafted(heading, old, new)[0]
    proposal = propose(item)
    assert proposal.materiality.value == "clarifying", proposal.reason
    assert named in proposal.reason
    assert "unless counsel" in proposal.reason


def test_the_rule_is_the_firms_to_adjust() -> None:
    updating = [s for s in house_rules().subjects if s.updating]
    assert {s.name for s in updating} >= {
        "the company's address",
        "the last reported sale price",
    }


def test_an_address_for_elections_changed_alone_is_an_update() -> None:
    """Where to deliver is updated; how and by when do not change ([addresses] in the rules)."""
    old = "You must deliver your Election Form to us at 100 Main Street, Springfield, Illinois."
    new = "You must deliver your Election Form to us at 200 Oak Avenue, Springfield, Illinois."
    item = drafted("4. Procedures for Electing to Exchange Options.", [old], [new])[0]
    assert propose(item).materiality.value == "clarifying", propose(item).reason
    assert "unless counsel" in propose(item).reason


def test_an_address_for_elections_with_another_method_is_still_a_procedure() -> None:
    old = "You must deliver your Election Form to us at 100 Main Street, Springfield, Illinois."
    new = "You must fax your Election Form to us at 200 Oak Avenue, Springfield, Illinois."
    item = drafted("4. Procedures for Electing to Exchange Options.", [old], [new])[0]
    assert propose(item).materiality.value == "material", propose(item).reason


def test_a_sentence_added_that_gives_the_company_s_telephone_number_is_an_update() -> None:
    """The reason says "clarifying unless counsel decides otherwise": the class says so too,
    whether the sentence is new or rewritten."""
    old = ["Our principal executive offices are located at 100 Main Street, Springfield."]
    new = [old[0] + " Our telephone number is (217) 555-0100."]
    item = drafted("10. Information Concerning Acme Widgets, Inc.", old, new)[0]
    proposal = propose(item)
    assert proposal.materiality.value == "clarifying", proposal.reason
    assert "unless counsel" in proposal.reason


def test_no_reason_proposes_otherwise_than_its_own_class() -> None:
    """A sentence that also changes a term is not an update: its reason does not say
    "clarifying unless counsel decides otherwise" over a material class."""
    old = ["Our principal executive offices are located at 100 Main Street, Springfield."]
    new = [old[0] + " Our telephone number is (217) 555-0100, and you may withdraw by phone."]
    proposal = propose(drafted("10. Information Concerning Acme Widgets, Inc.", old, new)[0])
    assert proposal.materiality.value == "material", proposal.reason
    assert "clarifying unless" not in proposal.reason, proposal.reason
