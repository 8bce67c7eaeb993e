"""Markup pasted into a filing detail ("2200 Harbor Point Drive</TEXT></DOCUMENT><PAGE>")
was accepted without a word, the cover page printing it escaped as text; it is a warning
naming the field and what to do, and the outputs still print it escaped."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.filing_markup import MARKUP, markup_findings
from amendtool.core.findings import WARNING
from tests.support.builders import doc

PASTED = "2200 Harbor Point Drive</TEXT></DOCUMENT><PAGE>"


def test_markup_in_an_address_is_a_warning_naming_the_field(example_filing_toml: Path) -> None:
    details = load_filing(example_filing_toml)
    agent = dataclasses.replace(details.agent, address=[PASTED, "Stamford, Connecticut 06902"])
    (finding,) = markup_findings(dataclasses.replace(details, agent=agent))
    assert finding.severity == WARNING and finding.code == MARKUP
    assert "(agent.address)" in finding.message and "</TEXT>" in finding.message, finding.message
    assert "\n" not in finding.message and "take it out" in finding.message


def test_plain_details_have_no_such_warning(example_filing_toml: Path) -> None:
    assert markup_findings(load_filing(example_filing_toml)) == []


def test_the_checks_say_it(example_filing_toml: Path) -> None:
    details = load_filing(example_filing_toml)
    details = dataclasses.replace(details, notice_contact="Call <b>HR</b> at x100.")
    offer = doc([("1. Terms", ["We offer $5.00 per option."])])
    revised = doc([("1. Terms", ["We offer $6.00 per option."])])
    findings = run_checks(draft_amendment(offer, revised, details))
    assert any(f.code == MARKUP and "(notice.contact)" in f.message for f in findings)
