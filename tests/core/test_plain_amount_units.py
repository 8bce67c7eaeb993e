"""An amount is said with what it is paid for: "The purchase price per Preferred Share is now
$26.25", "The cash payment for each Eligible RSU is now $4.75", never "The amount we are
offering to pay" or "The preferred shares is now". A change made in several places is one
paragraph named by the best words any of those places uses."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.fact_names import describe_facts
from amendtool.core.facts import changed_facts
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.materiality_rules import house_rules
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc


@pytest.fixture
def purchase(example_filing_toml: Path) -> FilingDetails:
    details = load_filing(example_filing_toml)
    return dataclasses.replace(
        details,
        notice_style="plain",
        document_title="Offer to Purchase",
        consideration="Purchase Price",
        tendered="Preferred Shares",
        transmittal_document="Letter of Transmittal",
        expiration=details.expiration.replace(year=2026, month=4, day=23),
        amendment_date=details.amendment_date.replace(year=2026, month=4, day=9),
        notice_explanation="",
    )


CASH_TENDER: Spec = [
    (
        "",
        [
            "SALTMARSH CORP. OFFER TO PURCHASE FOR CASH UP TO 900,000 SHARES OF ITS SERIES B "
            "PREFERRED STOCK AT A PURCHASE PRICE OF $31.50 PER SHARE"
        ],
    ),
    (
        "",
        [
            "Saltmarsh Corp. is offering to purchase up to 900,000 shares of its Series B "
            'Preferred Stock (the "Preferred Shares") at a price of $31.50 per Preferred Share, '
            "net to the seller in cash."
        ],
    ),
    (
        "Summary Term Sheet",
        [
            "We are offering to purchase up to 900,000 Preferred Shares at "
            "$31.50 per Preferred Share in cash."
        ],
    ),
    (
        "1. Number of Preferred Shares; Purchase Price",
        [
            "We will purchase up to 900,000 Preferred Shares validly tendered, at a price of "
            "$31.50 per Preferred Share, net to the seller in cash."
        ],
    ),
]


def raised(spec: Spec, old: str, new: str) -> Spec:
    return [(h, [p.replace(old, new) for p in ps]) for h, ps in spec]


def test_a_price_changed_in_four_places_is_one_paragraph_on_the_price_per_share(
    purchase: FilingDetails,
) -> None:
    amendment = draft_amendment(
        doc(CASH_TENDER), doc(raised(CASH_TENDER, "$31.50", "$32.75")), purchase
    )
    assert len(amendment.change_items) == 4
    [paragraph] = plain_paragraphs(amendment)
    assert paragraph.text.startswith(
        "The purchase price per Preferred Share is now $32.75. It was $31.50."
    ), paragraph.text
    assert paragraph.heading.startswith("Purchase price per Preferred Share"), paragraph.heading


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # the thing bought is not what the amount measures
        (
            "We are offering to purchase up to 900,000 Preferred Shares at $31.50 per "
            "Preferred Share in cash.",
            "We are offering to purchase up to 900,000 Preferred Shares at $32.75 per "
            "Preferred Share in cash.",
            "price per Preferred Share",
        ),
        (
            "We are offering to pay $4.25 in cash for each Eligible RSU that you tender.",
            "We are offering to pay $4.75 in cash for each Eligible RSU that you tender.",
            "cash payment for each Eligible RSU",
        ),
        (
            "For each Eligible RSU that you tender and we accept, we will pay you $4.25 in "
            "cash, less applicable tax withholding, within 30 days after the expiration.",
            "For each Eligible RSU that you tender and we accept, we will pay you $4.75 in "
            "cash, less applicable tax withholding, within 30 days after the expiration.",
            "cash payment for each Eligible RSU",
        ),
        (
            "Each holder will receive $2.10 per Unit tendered.",
            "Each holder will receive $2.40 per Unit tendered.",
            "per Unit",
        ),
    ],
)
def test_an_amount_keeps_its_unit(old: str, new: str, said: str) -> None:
    [change] = fact_changes(old, new)[0]
    assert said in change.label, change.label
    assert not change.label.endswith("shares"), change.label


def test_a_plural_name_takes_a_plural_verb() -> None:
    from amendtool.core.plain_facts import FactChange
    from amendtool.core.plain_summary import fact_sentences
    from amendtool.core.wording import house_wording

    change = FactChange("date", "May 1", "June 1", "vesting dates", True, 1, "")
    [said] = fact_sentences([change], house_wording())
    assert said.startswith("The vesting dates are now June 1."), said


@pytest.mark.parametrize(
    ("label", "verb"),
    [
        ("shares beneficially owned", "are"),  # "is now 285,000" read "owned" as the noun
        ("options held by the trust", "are"),
        ("Preferred Shares outstanding", "are"),
        ("purchase price offered", "is"),
        ("number of shares", "is"),
    ],
)
def test_words_after_the_noun_do_not_set_the_verb(label: str, verb: str) -> None:
    from amendtool.core.plain_facts import FactChange
    from amendtool.core.plain_summary import fact_sentences
    from amendtool.core.wording import house_wording

    change = FactChange("count", "310,000", "285,000", label, True, -1, "")
    said = fact_sentences([change], house_wording())[0]
    assert said.startswith(f"The {label} {verb} now 285,000."), said


def test_a_purchase_price_is_reasoned_as_a_price_not_a_payment() -> None:
    old = "We are offering to buy 900,000 Preferred Shares at $31.50 per Preferred Share in cash."
    new = old.replace("$31.50", "$32.75")
    reason = describe_facts(changed_facts(old, new), house_rules(), old)
    assert reason.startswith("Raises the price"), reason
