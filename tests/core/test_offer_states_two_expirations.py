"""An offer that states two different expirations contradicts itself: an extension that
moves the cover and the summary but leaves "The offer expires at … December 18" in the
terms tells holders two deadlines. That is an error naming both and where each is stated,
and nothing is exported until the offer states one; the notice states only the filing
details' expiration. A sentence telling the old expiration as past ("previously scheduled
to expire at …", "extended the offer from … to …") states no second expiration."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks
from amendtool.core.plain_checks import export_refusal
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

OLD = "11:59 p.m., Eastern Time, on April 23, 2026"
NEW = "11:59 p.m., Eastern Time, on May 7, 2026"
EXPIRES = "The offer expires at {}, unless we extend it."


def _offer(cover: str, terms: str) -> Spec:
    return [
        ("", [f"THE OFFER AND WITHDRAWAL RIGHTS EXPIRE AT {cover.upper()}."]),
        ("Summary Term Sheet", ["When does the offer expire?", EXPIRES.format(cover)]),
        ("1. Expiration Date", [terms]),
    ]


@pytest.fixture
def extended(example_filing_toml: Path) -> FilingDetails:
    details = plain_filing(example_filing_toml)
    return dataclasses.replace(details, expiration=dt.datetime(2026, 5, 7, 23, 59))


def _amended(filing: FilingDetails, terms: str) -> Amendment:
    original = _offer(OLD, EXPIRES.format(OLD))
    return draft_amendment(doc(original), doc(_offer(NEW, terms)), filing)


@pytest.mark.parametrize(
    "terms",
    [
        EXPIRES.format(OLD),  # the terms left behind
        "The offer will expire at 11:59 p.m., Eastern Time, on April 30, 2026.",  # a third
    ],
)
def test_an_offer_stating_two_expirations_is_an_error_and_is_not_exported(
    extended: FilingDetails, terms: str
) -> None:
    amendment = _amended(extended, terms)
    found = run_checks(amendment)
    (error,) = [f for f in found if f.code == "expiration_stated"]
    assert error.severity == "error"
    assert "more than one expiration" in error.message
    assert "May 7, 2026" in error.message and "1. Expiration Date" in error.message
    assert export_refusal(found) is not None


def test_the_notice_states_only_the_filing_details_expiration(extended: FilingDetails) -> None:
    amendment = _amended(extended, EXPIRES.format(OLD))
    plain = " ".join(b.text for b in notice_blocks(amendment)).split("exact changes")[0]
    assert "The offer now ends at 11:59 p.m., Eastern Time, on Thursday, May 7, 2026." in plain
    assert "still" not in plain.split("It was going to end", 1)[0]


@pytest.mark.parametrize(
    "terms",
    [
        f"The offer, which was previously scheduled to expire at {OLD}, will now expire at "
        f"{NEW}, unless we extend it further.",
        f"On April 9, 2026, we extended the offer from {OLD} to {NEW}.",
        EXPIRES.format(NEW),
    ],
)
def test_the_old_expiration_told_as_past_is_no_second_expiration(
    extended: FilingDetails, terms: str
) -> None:
    found = run_checks(_amended(extended, terms))
    assert [f.message for f in found if f.code == "expiration_stated"] == []
