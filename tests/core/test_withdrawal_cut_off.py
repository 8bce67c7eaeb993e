"""Withdrawal rights cut off before the offer expires, however the sentence puts it: "You may
not withdraw … after 5:00 p.m. on September 20" ends them as surely as "You may withdraw …
before 5:00 p.m. on September 20" (Rule 13e-4(f)(2)(i): an error, with the rule cited). A
sentence that denies withdrawal only after the expiration is no cut-off."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.findings import Finding
from tests.support.builders import doc

EXPIRES = "The offer expires at 11:59 p.m., Eastern Time, on September 27, 2001."
ANY_TIME = "You may withdraw your tendered options at any time before the offer expires."


def _findings(example_filing_toml: Path, sentence: str) -> list[Finding]:
    """The withdrawal findings for an offer (expiring 11:59 p.m. Eastern, September 27,
    2001) whose withdrawal section is rewritten as `sentence`."""
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
        "You may not withdraw your tendered options after 5:00 p.m., Eastern Time, on "
        "September 20, 2001.",
        "Tendered options cannot be withdrawn after September 20, 2001.",
    ],
)
def test_withdrawal_denied_after_a_day_before_expiration_is_an_error(
    example_filing_toml: Path, sentence: str
) -> None:
    [finding] = _findings(example_filing_toml, sentence)
    assert finding.severity == "error"
    assert "Rule 13e-4(f)(2)(i)" in finding.message
    assert "September 20, 2001" in finding.message


def test_withdrawal_denied_only_after_the_expiration_is_no_cut_off(
    example_filing_toml: Path,
) -> None:
    sentence = "You may not withdraw your tendered options after October 5, 2001."
    assert _findings(example_filing_toml, sentence) == []
