"""The filing details are checked against the offer itself: a filing.toml copied from
another offer (its title, its issuer, the terms its description defines) is named field by
field, with what the original calls the thing, in one check."""

from __future__ import annotations

import dataclasses

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.filing_fields import named
from amendtool.core.wording_checks import check_terms
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

SAMPLE = load_filing(SAMPLES / "filing.toml")  # Halvorsen's Offer to Exchange

ASHCOMBE: Spec = [
    (
        "",
        [
            "ASHCOMBE MEDICAL DEVICES CO.",
            "Offer to Amend Eligible Options and to Pay Cash, dated October 6, 2008",
        ],
    ),
    (
        "1. Eligibility",
        [
            'We are offering to amend your options (the "Eligible Options") and to pay you '
            'a cash payment (the "Cash Payment"). Each Eligible Option is amended on the '
            "expiration date, and the Cash Payment is made on the next payroll date.",
        ],
    ),
]


def said(spec: Spec, filing: FilingDetails) -> list[str]:
    revised = [(h, [p.replace("next payroll", "first payroll") for p in ps]) for h, ps in spec]
    amendment = draft_amendment(doc(spec), doc(revised), filing)
    return [f.message for f in check_terms(amendment) if f.severity == "warning"]


def test_another_offers_title_and_issuer_are_named_with_the_offers_own() -> None:
    filing = dataclasses.replace(SAMPLE, consideration="Cash Payment")
    messages = " | ".join(said(ASHCOMBE, filing))
    assert (
        f'{named("offer", "document_title")} "Offer to Exchange" never appears in the original; '
        'the offer calls itself "Offer to Amend Eligible Options and to Pay Cash"'
    ) in messages
    assert (
        f'{named("issuer", "name")} "Halvorsen Networks, Inc." never appears in the original; '
        'the offer names its company "Ashcombe Medical Devices Co."'
    ) in messages
    assert f'{named("issuer", "short_name")} "Halvorsen" never appears' in messages


def test_a_term_the_description_defines_is_named_with_the_offers_own() -> None:
    rsus: Spec = [
        ("", ["EVERHAVEN THERAPEUTICS, INC.", "OFFER TO EXCHANGE ELIGIBLE OPTIONS FOR NEW RSUS"]),
        (
            "1. Eligibility",
            [
                'Everhaven Therapeutics, Inc. offers to exchange options (the "Eligible '
                'Options") for restricted stock units (the "New RSUs"). The New RSUs vest '
                "over two years. Return your Election Form by the expiration date.",
            ],
        ),
    ]
    filing = dataclasses.replace(
        SAMPLE,
        issuer_name="Everhaven Therapeutics, Inc.",
        issuer_short_name="Everhaven",
        consideration="New RSUs",
        offer_description='the offer to exchange options (the "Eligible Options") for new '
        'options (the "New Options")',
    )
    messages = said(rsus, filing)
    assert messages == [
        f'filing details: {named("offer", "description")} defines "New Options", which never '
        'appears in the original; the offer calls it "New RSUs"'
    ]


def test_the_notice_subject_naming_another_kind_of_offer_is_named() -> None:
    purchase: Spec = [
        ("", ["CARROW HARBOR REALTY TRUST, INC.", "OFFER TO PURCHASE FOR CASH"]),
        (
            "1. Terms of the Offer",
            [
                "Carrow Harbor Realty Trust, Inc. offers to purchase its Shares. Holders tender "
                "Shares with a Letter of Transmittal and are paid on the next payroll date.",
            ],
        ),
    ]
    filing = dataclasses.replace(
        SAMPLE,
        issuer_name="Carrow Harbor Realty Trust, Inc.",
        issuer_short_name="Carrow Harbor",
        document_title="Offer to Purchase",
        consideration="Shares",
        tendered="Shares",
        transmittal_document="Letter of Transmittal",
        offer_description="the offer to purchase for cash any and all of its Shares",
        notice_subject="Amendment to Offer to Exchange",
    )
    assert said(purchase, filing) == [
        f'filing details: {named("notice", "subject")} speaks of the "Offer to Exchange", '
        'which never appears in the original; the offer calls itself "Offer to Purchase for '
        'Cash"'
    ]


def test_names_the_offer_prints_otherwise_pass() -> None:
    spec: Spec = [
        ("", ["HALVORSEN NETWORKS INC", "OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS"]),
        (
            "1. Eligibility",
            [
                'Options under the 2018 Plan and the other Plans (the "Eligible Options") '
                "may be exchanged for New Options; Common Stock underlies them. Return the "
                "Election Form by the next payroll date.",
            ],
        ),
    ]
    assert said(spec, SAMPLE) == []


def test_the_bundled_sample_is_its_own_offer() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    assert check_terms(draft_amendment(original, revised, SAMPLE)) == []
