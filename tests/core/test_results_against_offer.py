"""The results reported against what the offer as amended says of them: the new awards
counted by its exchange ratio ("one New Option for every two shares": 2,000,000 shares
accepted bring 1,000,000, not 2,000,000), and the grant on the day the offer says it
comes ("on the first business day after the expiration date"), never on the day it
expired."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.series import Series
from amendtool.core.series_checks import series_findings
from amendtool.core.series_steps import draft_results
from tests.support.builders import doc
from tests.support.plain import plain_filing

RATIO = (
    "For every two shares subject to an Eligible Option you tender, you will receive one New "
    "Option."
)
GRANT = "We will grant the New Options on the first business day after the expiration date."


def offer(*terms: str) -> Any:
    return [
        ("", ["Halvorsen offers to exchange options for New Options."]),
        (
            "1. Eligibility",
            [*terms, "The offer expires at 9:00 p.m., Eastern Time, on April 23, 2026."],
        ),
        ("7. Conditions of the Offer", ["The conditions are for our benefit."]),
    ]


def results(example: Path, spec: Any, **given: Any) -> Amendment:
    filing = dataclasses.replace(
        plain_filing(example),
        amendment_date=dt.date(2026, 4, 27),
        expiration=dt.datetime(2026, 4, 23, 21, 0),
    )
    series = Series(doc(spec))
    entry = {"tendered": 2000000, "accepted": 2000000, "issued": 1000000, **given}
    draft_results(series, filing, {"results": {"grant_date": "2026-04-24", **entry}})
    amendment = series.amendment(-1)
    assert amendment is not None
    return amendment


def codes(amendment: Amendment) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in series_findings(amendment):
        found.setdefault(finding.code, []).append(finding.message)
    return found


@pytest.mark.parametrize("issued", [2000000, 666667, 1500000])
def test_new_awards_the_ratio_does_not_give_are_named(
    example_filing_toml: Path, issued: int
) -> None:
    found = codes(results(example_filing_toml, offer(RATIO, GRANT), issued=issued))
    [message] = found["results_ratio"]
    assert "1,000,000" in message and f"{issued:,}" in message, message


@pytest.mark.parametrize("issued", [1000000, 999990])  # whole awards rounded down, holder by holder
def test_new_awards_by_the_ratio_are_not_named(example_filing_toml: Path, issued: int) -> None:
    found = codes(results(example_filing_toml, offer(RATIO, GRANT), issued=issued))
    assert "results_ratio" not in found


def test_an_offer_of_two_ratios_is_not_counted(example_filing_toml: Path) -> None:
    tiers = RATIO.replace("every two", "every three").replace("an Eligible", "a Tier 2")
    found = codes(results(example_filing_toml, offer(RATIO, tiers, GRANT), issued=777777))
    assert "results_ratio" not in found


@pytest.mark.parametrize("granted", ["2026-04-23"])
def test_a_grant_on_the_day_the_offer_expired_is_named(
    example_filing_toml: Path, granted: str
) -> None:
    found = codes(results(example_filing_toml, offer(RATIO, GRANT), grant_date=granted))
    [message] = found["results_grant"]
    assert "first business day after the expiration" in message and "April 24, 2026" in message


def test_a_grant_on_another_day_than_the_first_business_day_after_is_named(
    example_filing_toml: Path,
) -> None:
    found = codes(results(example_filing_toml, offer(RATIO, GRANT), grant_date="2026-04-28"))
    [message] = found["results_grant"]
    assert "April 24, 2026" in message and "April 28, 2026" in message


def test_the_grant_the_offer_describes_is_not_named(example_filing_toml: Path) -> None:
    assert "results_grant" not in codes(results(example_filing_toml, offer(RATIO, GRANT)))
