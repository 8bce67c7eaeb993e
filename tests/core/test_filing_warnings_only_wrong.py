"""Filing-detail warnings fire only on what is wrong: a lowercase "offer to answer" in
counsel's explanation is English, not another offer's title; a term counsel left empty (the
form shows the option-exchange default greyed) is no field to correct unless the filing
would print that default, and then the warning says it was left empty."""

from __future__ import annotations

import dataclasses

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.filing_details import OFFER_TERMS
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.filing_fields import named
from amendtool.core.wording_checks import check_terms
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

SAMPLE = load_filing(SAMPLES / "filing.toml")

HARROWGATE: Spec = [
    (
        "",
        [
            "HARROWGATE MARINE SYSTEMS, INC.",
            "OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS FOR NEW OPTIONS",
        ],
    ),
    (
        "1. Eligibility",
        [
            "We are offering to exchange options with an exercise price of $18.00 or more for "
            "new options. Return your Election Form by the next payroll date.",
        ],
    ),
]


def harrowgate(**changes: object) -> FilingDetails:
    return dataclasses.replace(
        SAMPLE,
        issuer_name="Harrowgate Marine Systems, Inc.",
        issuer_short_name="Harrowgate",
        offer_description="the offer to exchange certain outstanding options for new options",
        notice_to="Harrowgate Employees",
        **{"terms_given": frozenset({"consideration", "transmittal_document"}), **changes},  # type: ignore[arg-type]
    )


def said(filing: FilingDetails, spec: Spec = HARROWGATE) -> list[str]:
    revised = [(h, [p.replace("next payroll", "first payroll") for p in ps]) for h, ps in spec]
    amendment = draft_amendment(doc(spec), doc(revised), filing)
    return [f.message for f in check_terms(amendment)]


@pytest.mark.parametrize(
    "explanation",
    [
        "We changed the offer to answer questions from employees.",
        "We amended the offer to extend the deadline and the offer to clarify the form.",
        "The offer to exchange options now closes later.",  # its own words, lowercase
    ],
)
def test_an_offer_to_do_something_in_prose_is_no_title(explanation: str) -> None:
    assert said(harrowgate(notice_explanation=explanation)) == []


@pytest.mark.parametrize(
    ("explanation", "title"),
    [
        ("We corrected the Offer to Purchase as to the deadline.", "Offer to Purchase"),
        ("WE CORRECTED THE OFFER TO PURCHASE.", "OFFER TO PURCHASE"),
    ],
)
def test_another_offers_title_is_still_named(explanation: str, title: str) -> None:
    assert said(harrowgate(notice_explanation=explanation)) == [
        f'filing details: {named("notice", "explanation")} speaks of the "{title}", which '
        "never appears in the original; the offer calls itself "
        '"Offer to Exchange Certain Outstanding Options for New Options"'
    ]


def test_a_term_left_empty_and_never_printed_is_not_warned() -> None:
    """The form shows "Eligible Options" greyed for offer.tendered; this amendment's filing
    and notice never print it, so there is nothing to correct."""
    filing = harrowgate(terms_given=frozenset({"consideration", "transmittal_document"}))
    amendment = draft_amendment(doc(HARROWGATE), doc(HARROWGATE[:1]), filing)
    printed = " ".join(block.text for block in schedule_to_blocks(amendment))
    assert filing.tendered not in printed  # the premise: the default is never printed
    assert said(filing) == []


def test_the_same_words_typed_by_counsel_are_still_warned() -> None:
    filing = harrowgate(terms_given=frozenset(OFFER_TERMS))  # "Eligible Options", given
    assert said(filing) == [
        f'filing details: {named("offer", "tendered")} "Eligible Options" never appears in '
        "the original; set it to the offer's own term"
    ]


@pytest.mark.parametrize("key", OFFER_TERMS)
def test_a_default_the_filing_prints_is_said_to_be_left_empty(key: str) -> None:
    """The opening prints the form holders return ("the related election form (the
    "Election Form" …)"): left empty in an offer that never says it, the warning names the
    default the filing prints, not a value counsel typed."""
    cover = ("", ["HARROWGATE MARINE SYSTEMS, INC.", "OFFER TO EXCHANGE CERTAIN OPTIONS"])
    spec: Spec = [cover, ("1. Eligibility", ["Return your Exchange Form by Friday."])]
    given = frozenset(OFFER_TERMS) - {key}
    filing = harrowgate(terms_given=given, transmittal_document="Exchange Form")
    if key == "transmittal_document":
        filing = dataclasses.replace(filing, transmittal_document="Election Form")
    amendment = draft_amendment(doc(spec), doc(spec[:1]), filing)
    printed = " ".join(block.text for block in schedule_to_blocks(amendment))
    value = getattr(filing, key)
    messages = [m for m in said(filing, spec) if named("offer", key) in m]
    if key == "transmittal_document":
        assert value in printed  # the opening prints the form holders return
    if value in printed:
        assert messages == [
            f"filing details: {named('offer', key)} is left empty, so the filing says the "
            f'option-exchange default "{value}", which never appears in the original; set it '
            "to the offer's own term"
        ]
    else:
        assert messages == []
