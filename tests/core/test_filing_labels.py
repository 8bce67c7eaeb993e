"""Findings and problems name filing fields as the form labels them (one mapping)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from amendtool.core.filing import FilingError, filing_from_dict, load_filing
from amendtool.core.filing_fields import FIELDS, field_label, labelled
from amendtool.core.timing_checks import check_explanation

KEY = re.compile(r"\b(issuer|securities|agent|offer|amendment|signature|notice)\.[a-z_]+\b")


def test_every_validation_problem_names_its_field_by_its_label() -> None:
    empty: dict[str, dict[str, str]] = {t: {} for t, *_ in FIELDS if t != "copy_to"}
    with pytest.raises(FilingError) as raised:
        filing_from_dict(empty)
    assert raised.value.problems
    for problem in raised.value.problems:
        key, text = labelled(problem)
        assert key is not None, problem
        assert not KEY.search(text), text
        assert text.startswith(field_label(*key))
    # the command line keeps the key, in brackets, after the words of the form
    assert "CUSIP is required (securities.cusip)" in str(raised.value)


def test_the_explanation_finding_names_the_forms_field(
    example_filing_toml: Path,
) -> None:
    from amendtool.core.amendment import draft_amendment
    from tests.support.builders import doc

    filing = load_filing(example_filing_toml)
    old = [("7. Conditions of the Offer", ["We may end the offer if a condition fails."])]
    new = [("7. Conditions of the Offer", ["We may end the offer at any time."])]
    amendment = draft_amendment(doc(old), doc(new), filing)
    claimed = dataclasses.replace(filing, notice_explanation="made solely to clarify the offer")
    amendment = dataclasses.replace(amendment, filing=claimed)
    findings = check_explanation(amendment)
    assert findings, "the explanation's claim should be checked"
    for finding in findings:
        assert "“Why amended”" in finding.message
        assert "(optional)" not in finding.message
