"""The employee notice names what the offer gives as the offer defines it: an RSU exchange
or a cash offer whose filing.toml still says "New Options" (copied from another offer, or
left at its default) never tells employees they will receive "New Options". The check warns
of the difference, naming the offer's own term."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.offer_consideration import consideration_named
from amendtool.core.results_reporting import results_statement
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from tests.support.builders import Spec, doc

RATIO_OLD = "You will receive one {term} for every two Eligible Options you exchange."
RATIO_NEW = "You will receive one {term} for every three Eligible Options you exchange."

# the offer's own definition of what it gives, in the shapes offers print it
DEFINED = [
    (
        'Acme offers to exchange eligible options (the "Eligible Options") for new restricted '
        'stock units (the "New RSUs").',
        "New RSUs",
    ),
    (
        "Acme offers to exchange eligible options for restricted stock units (“RSUs”) "
        "covering fewer shares.",
        "RSUs",
    ),
    (
        "Acme offers to exchange eligible options for restricted stock units. We refer to the "
        'restricted stock units granted in exchange for them as "Restricted Stock Units."',
        "Restricted Stock Units",
    ),
    (
        'Acme offers to exchange eligible options for a cash payment (the "Cash Payment").',
        "Cash Payment",
    ),
]


def _offer(cover: str, term: str, ratio: str) -> Spec:
    return [
        ("", [cover]),
        ("1. Eligibility", ["Options with an exercise price of $20.00 or more are eligible."]),
        ("2. Exchange Ratio", [ratio.format(term=term)]),
    ]


def _amendment(filing: FilingDetails, cover: str, term: str, style: str) -> Amendment:
    filing = dataclasses.replace(filing, notice_style=style, notice_explanation="")
    original = doc(_offer(cover, term, RATIO_OLD))
    return draft_amendment(original, doc(_offer(cover, term, RATIO_NEW)), filing)


@pytest.fixture
def default_filing(example_filing_toml: Path) -> FilingDetails:
    """filing.toml of an option exchange: what is offered left at "New Options" (the
    description counsel's own, naming no consideration)."""
    filing = load_filing(example_filing_toml)
    assert filing.consideration == "New Options"
    description = 'the offer by the Company to exchange options (the "Eligible Options")'
    return dataclasses.replace(filing, offer_description=description)


@pytest.mark.parametrize(("cover", "term"), DEFINED)
@pytest.mark.parametrize("style", ["plain", "precedent"])
@pytest.mark.parametrize("given", [False, True])
def test_the_notice_names_the_consideration_as_the_offer_defines_it(
    default_filing: FilingDetails, cover: str, term: str, style: str, given: bool
) -> None:
    filing = default_filing
    if given:  # counsel typed it in, copied from an option exchange
        filing = dataclasses.replace(filing, consideration="New Options")
    amendment = _amendment(filing, cover, term, style)
    notice = " ".join(b.text for b in notice_blocks(amendment))
    opening = " ".join(b.text for b in schedule_to_blocks(amendment))
    assert "New Options" not in notice and "New Options" not in opening
    assert term in notice and term in opening
    [warning] = [f for f in run_checks(amendment) if "offer.consideration" in f.message]
    assert warning.severity == "warning"
    assert '"New Options"' in warning.message and f'"{term}"' in warning.message


@pytest.mark.parametrize(("cover", "term"), DEFINED)
def test_counsels_own_word_is_kept_where_the_offer_uses_it(
    default_filing: FilingDetails, cover: str, term: str
) -> None:
    """The offer's word in lower case ("restricted stock units" where it defines "RSUs") is
    the offer's word too."""
    for own in (term, term.lower() if term != "RSUs" else "restricted stock units"):
        filing = dataclasses.replace(default_filing, consideration=own)
        amendment = _amendment(filing, cover, term, "plain")
        assert consideration_named(filing, amendment.original) == own
        assert not [f for f in run_checks(amendment) if "offer.consideration" in f.message]


def test_an_option_exchange_keeps_new_options(default_filing: FilingDetails) -> None:
    cover = 'Acme offers to exchange eligible options for new options (the "New Options").'
    amendment = _amendment(default_filing, cover, "New Option", "plain")
    assert consideration_named(default_filing, amendment.original) == "New Options"
    notice = " ".join(b.text for b in notice_blocks(amendment))
    assert "New Options" in notice


@pytest.mark.parametrize(
    "cover",
    [
        "Acme offers to exchange eligible options for restricted stock units of Acme, "
        'whose shares trade on the New York Stock Exchange (the "NYSE").',
        'Acme offers to purchase its shares (the "Shares") for cash, at its offices in '
        'New York City (the "New York City Office").',
    ],
)
def test_a_name_that_is_no_consideration_is_never_taken_for_one(
    default_filing: FilingDetails, cover: str
) -> None:
    amendment = _amendment(default_filing, cover, "RSU", "plain")
    assert consideration_named(default_filing, amendment.original) == "New Options"


def test_the_results_name_what_was_granted_as_the_notice_does(
    default_filing: FilingDetails,
) -> None:
    """The final amendment's Item 4 and its notice say the offer's "New RSUs" alike, with
    the words that fit units ("covering", not "to purchase")."""
    offer: Spec = [
        (
            "",
            [
                "Acme offers to exchange eligible options for restricted stock units "
                '(the "New RSUs").'
            ],
        ),
        (
            "1. Exchange Ratio",
            [
                "You will receive one New RSU for every two Eligible Options you exchange.",
                "The offer will expire at 11:59 p.m., Eastern Time, on April 23, 2026.",
            ],
        ),
    ]
    filing = dataclasses.replace(
        default_filing, notice_style="plain", amendment_date=dt.date(2026, 4, 27)
    )
    series = Series(doc(offer))
    results = {"tendered": 3000, "accepted": 3000, "issued": 1500, "grant_date": "2026-04-28"}
    draft_results(series, filing, {"results": results})
    amendment = series.amendment(-1)
    assert amendment is not None
    statement = results_statement(amendment)
    notice = " ".join(b.text for b in notice_blocks(amendment))
    assert "New Options" not in statement and "New Options" not in notice
    assert "New RSUs covering an aggregate of 1,500 shares" in statement, statement
    assert "New RSUs" in notice
