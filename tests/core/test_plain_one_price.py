"""One price changed in three places, printed "$26.25" on the cover and "$26.25 per share" in
Section 1, is one change: the notice said it under two headings ("Payment per Share" and
"Price"), in other words each time, as if the price had changed twice. And a cover in
capitals ("NEW YORK CITY TIME") does not set the case the notice names the zone in."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing, revised

OFFER: Spec = [
    (
        "",
        [
            "OFFER TO PURCHASE FOR CASH UP TO 1,600,000 SHARES AT $26.25 NET PER SHARE.",
            "THE OFFER WILL EXPIRE AT 11:59 P.M., NEW YORK CITY TIME, ON APRIL 23, 2026.",
        ],
    ),
    ("Summary Term Sheet", ["What is the price?", "We will pay $26.25 for each share."]),
    (
        "1. Terms of the Offer",
        [
            "We will purchase shares at a price of $26.25 per share, net to you in cash.",
            "The offer expires at 11:59 p.m., New York City time, on April 23, 2026.",
        ],
    ),
    ("7. Conditions of the Offer", ["The conditions are for our benefit."]),
]


def test_one_price_changed_in_three_places_is_said_once(example_filing_toml: Path) -> None:
    filing = plain_filing(example_filing_toml)
    amendment = draft_amendment(doc(OFFER), doc(revised(OFFER, "$26.25", "$26.75")), filing)
    assert len(amendment.change_items) == 3
    told = [p for p in plain_paragraphs(amendment) if "$26.75" in p.text]
    assert len(told) == 1, [p.text for p in told]
    assert len(told[0].items) == 3


def test_the_zone_is_named_as_the_offers_own_sentences_print_it(example_filing_toml: Path) -> None:
    filing = plain_filing(example_filing_toml)
    later = revised(revised(OFFER, "APRIL 23", "APRIL 30"), "April 23", "April 30")
    amendment = draft_amendment(doc(OFFER), doc(later), filing)
    text = " ".join(p.text for p in plain_paragraphs(amendment))
    assert "New York City time" in text, text
    assert "New York City Time" not in text, text
