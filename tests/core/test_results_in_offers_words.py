"""The line that says what a final amendment reports (the status line, the navigator,
`amendtool history`) names what was granted as the offer names it: an RSU exchange whose
filing.toml still says "New Options" reports a "grant of New RSUs", never of New Options."""

from __future__ import annotations

import dataclasses

import pytest

from amendtool.core.filing import load_filing
from amendtool.core.results import parse_results
from amendtool.core.results_words import results_labels, results_summary
from amendtool.core.series_amendment import contents
from tests.conftest import SAMPLES
from tests.support.builders import doc

RESULTS = {"tendered": 1600, "accepted": 1500, "issued": 750, "grant_date": "2026-05-26"}


@pytest.mark.parametrize(
    ("cover", "said"),
    [
        ('Acme offers to exchange options (the "Eligible Options") for new restricted stock '
         'units (the "New RSUs").', "grant of New RSUs covering 750 shares"),
        ("Acme offers to exchange options for restricted stock units (“RSUs”) covering fewer "
         "shares.", "grant of RSUs covering 750 shares"),
    ],
)  # fmt: skip
def test_what_a_final_amendment_reports_is_named_as_the_offer_names_it(
    cover: str, said: str
) -> None:
    filing = load_filing(SAMPLES / "filing.toml")
    assert filing.consideration == "New Options"  # as copied from another offer
    filing = dataclasses.replace(filing, offer_description="the offer to exchange options")
    original = doc([("", [cover]), ("1. Eligibility", ["Options are eligible."])])
    summary = results_summary(parse_results(RESULTS), filing, original=original)
    assert said in summary and "New Options" not in summary, summary
    line = contents("results", 0, RESULTS, filing, original)
    assert said in line, line
    labels = results_labels(filing, original=original)
    assert "New Options" not in f"{labels.issued} {labels.grant_date}", labels
    # without the offer, filing.toml's own word is all there is
    assert "New Options" in results_summary(parse_results(RESULTS), filing)
