"""The time withdrawal rights end is the one the withdrawal clause states: a sentence that
also sets the election deadline, a confirmation or a delivery time reads each clause for
its own subject, so "elect before 5:00 p.m., and withdraw before 11:59 p.m." ends them at
11:59 p.m. (no error) and the reverse ends them at 5:00 p.m. (Rule 13e-4(f)(2)(i))."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.findings import Finding
from tests.support.builders import doc

# the example filing's offer expires at 11:59 p.m., Eastern Time, on September 27, 2001
EXPIRES = "The offer expires at 11:59 p.m., Eastern Time, on September 27, 2001."
ANY_TIME = "You may withdraw your tendered options at any time before the offer expires."


def _findings(example_filing_toml: Path, sentence: str) -> list[Finding]:
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")
    cover = ("", ["Acme Widgets, Inc. is offering to exchange options for new options."])
    terms = ("1. Expiration Date", [EXPIRES])
    original = doc([cover, terms, ("4. Withdrawal Rights", [ANY_TIME])])
    revised = doc([cover, terms, ("4. Withdrawal Rights", [sentence])])
    amendment = draft_amendment(original, revised, filing)
    return [f for f in run_checks(amendment) if f.code == "withdrawal_period"]


@pytest.mark.parametrize(
    "sentence",
    [
        "You may elect to exchange your options before 5:00 p.m. on the expiration date, and "
        "you may withdraw your election before 11:59 p.m. on the expiration date.",
        "You may withdraw your election before 11:59 p.m. on the expiration date, but you "
        "must deliver the signed form before 5:00 p.m. on the expiration date.",
        "We will confirm receipt by 5:00 p.m. on the expiration date, and you may withdraw "
        "your tendered options at any time before 11:59 p.m. on the expiration date.",
        "Elections must be received by 5:00 p.m., Eastern Time, on September 20, 2001; you "
        "may withdraw your election until 11:59 p.m., Eastern Time, on September 27, 2001.",
        "You may withdraw your election until 11:59 p.m., Eastern Time, on September 27, "
        "2001, and the Election Form must reach us by 5:00 p.m. on September 20, 2001.",
    ],
)
def test_another_clause_s_earlier_time_is_no_withdrawal_end(
    example_filing_toml: Path, sentence: str
) -> None:
    assert _findings(example_filing_toml, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        (
            "You may elect to exchange your options before 11:59 p.m. on the expiration "
            "date, and you may withdraw your election before 5:00 p.m. on the expiration date.",
            "5:00 p.m.",
        ),
        (
            "You may withdraw your election, and change it, before 5:00 p.m. on the "
            "expiration date.",
            "5:00 p.m.",
        ),
        (
            "Elections must be received by 11:59 p.m., Eastern Time, on September 27, 2001; "
            "you may withdraw your election until 5:00 p.m., Eastern Time, on September 20, "
            "2001.",
            "September 20, 2001",
        ),
        (
            "Before 5:00 p.m. on the expiration date you may withdraw your election, and you "
            "may elect until 11:59 p.m. on the expiration date.",
            "5:00 p.m.",
        ),
    ],
)
def test_the_withdrawal_clause_s_earlier_time_is_an_error(
    example_filing_toml: Path, sentence: str, ends: str
) -> None:
    [finding] = _findings(example_filing_toml, sentence)
    assert finding.severity == "error"
    assert ends in finding.message
    assert "Rule 13e-4(f)(2)(i)" in finding.message
