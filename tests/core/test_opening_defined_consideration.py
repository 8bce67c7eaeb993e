"""The filing's opening quotes counsel's description of the offer, which may define what is
offered ('restricted stock units (the "New RSUs")'); the sentence after it names that term,
not the offer's shorter one ("The RSUs will be granted" read as a term the paragraph
never defined, beside the one it just did). Where the description defines no such term, the
offer's own term is said as before."""

from __future__ import annotations

import dataclasses

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import offer_terms
from tests.conftest import SAMPLES
from tests.support.builders import doc

COVER = (
    "Halvorsen Networks, Inc. is offering eligible employees the opportunity to exchange "
    'outstanding options for restricted stock units ("RSUs") under our 2019 Plan.'
)


def opening_given(description: str) -> str:
    original = [("", [COVER]), ("1. Eligibility", ["Options granted before 2025 are eligible."])]
    revised = [("", [COVER]), ("1. Eligibility", ["Options granted before 2024 are eligible."])]
    filing = dataclasses.replace(
        load_filing(SAMPLES / "filing.toml"),
        offer_description=description,
        consideration="New Options",
    )
    amendment = draft_amendment(doc(original), doc(revised), filing)
    return offer_terms(amendment)["consideration_given"]


@pytest.mark.parametrize(
    ("defined", "said"),
    [
        ('(the "New RSUs")', "The New RSUs will be granted"),
        ("(the “New RSUs”)", "The New RSUs will be granted"),
        ('(the "Replacement RSUs")', "The Replacement RSUs will be granted"),
        ('(the "RSUs")', "The RSUs will be granted"),
        ("", "The RSUs will be granted"),  # nothing defined there: the offer's own term
    ],
)
def test_the_opening_names_what_is_offered_as_the_description_defines_it(
    defined: str, said: str
) -> None:
    description = (
        "the offer by the Company to exchange certain outstanding options for restricted "
        f"stock units {defined} to be granted under the Company's 2019 Plan"
    ).replace("  ", " ")
    assert opening_given(description) == said


def test_a_term_the_description_defines_for_what_holders_give_up_is_not_taken() -> None:
    description = (
        'the offer to exchange options (the "Eligible Options") for restricted stock units '
        "to be granted under the Company's 2019 Plan"
    )
    assert opening_given(description) == "The RSUs will be granted"


def test_what_holders_tender_is_never_taken_for_what_is_offered() -> None:
    from amendtool.core.offer_consideration import described_as

    description = 'options (the "Eligible Options") for new options (the "New Options")'
    assert described_as(description, "Options", "Eligible Options") == "New Options"
    assert described_as('options (the "Eligible Options")', "Options", "Eligible Options") == (
        "Options"
    )
