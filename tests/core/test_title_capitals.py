"""An all-capitals heading is cited in title case with its acronyms kept in capitals: those
a list in resources names, and those the offer's own text writes in capitals on their own;
a pronoun or words the text sets in capitals together (a cross-reference) are lowered."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.model import quoted_title
from amendtool.core.titles import written_in_capitals
from tests.support.builders import Spec, doc

TAX = "4. MATERIAL U.S. FEDERAL INCOME TAX CONSEQUENCES; ERISA AND NASDAQ MATTERS; SFAS 123(R)."


def test_listed_acronyms_keep_their_capitals() -> None:
    assert quoted_title(TAX.split(" ", 1)[1]) == (
        "Material U.S. Federal Income Tax Consequences; ERISA and Nasdaq Matters; SFAS 123(R)"
    )
    assert quoted_title("NEW RSUS; HOW TO CONTACT US") == "New RSUs; How to Contact Us"


def test_words_the_text_writes_in_capitals_alone_are_acronyms() -> None:
    capitals = written_in_capitals(
        [
            'The 2001 Employee Stock Purchase Plan (the "ESPP") is not part of the offer.',
            "Our stock trades on NASDAQ. See THE OFFER for the terms, and WHO MAY TAKE PART.",
            "IMPORTANT LEGEND IN CAPITALS ONLY",
        ]
    )
    assert {"ESPP", "NASDAQ"} <= capitals
    assert not capitals & {"THE", "OFFER", "WHO", "IMPORTANT", "LEGEND"}
    assert quoted_title('PURCHASE PLAN (THE "ESPP"); NASDAQ MATTERS', capitals) == (
        'Purchase Plan (the "ESPP"); NASDAQ Matters'
    )


def test_an_item_cites_the_heading_with_the_acronyms_the_offer_writes() -> None:
    body = "Our common stock is listed on NASDAQ. Holders in the ESPP may also tender."
    original: Spec = [
        ("", ["Acme offers to exchange options for new options."]),
        ("1. ELIGIBILITY", ["You are eligible if you are an employee of Acme."]),
        ("4. TAX CONSEQUENCES; ESPP AND NASDAQ MATTERS", [body, "Consult your advisor."]),
    ]
    revised = [*original[:2], (original[2][0], [body, "Consult your own tax advisor."])]
    [item] = draft_items(doc(original), doc(revised)).items
    assert item.locator.section_name == "Section 4. Tax Consequences; ESPP and NASDAQ Matters"
