"""Counsel's plain paragraph left "to read again" after a word of the change was corrected:
the checks say that (quoting counsel's words), not that a placeholder is still to write, and
export stays refused until counsel keeps it or writes it again (never dropped silently)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import ERROR, run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.overrides import carry_overrides
from amendtool.core.plain_checks import export_advice, export_refusal
from tests.support.builders import Spec, doc

COUNSEL = "You cannot give us notice by fax."
FRONT = ("", ["Halvorsen offers to exchange options for new options."])
RIGHTS = "You may withdraw your election at any time before the offer expires."


def offer(added: str | None = None) -> Spec:
    rights = [RIGHTS + (f" {added}" if added else "")]
    return [FRONT, ("1. Eligibility", ["Employees may take part."]), ("2. Withdrawal", rights)]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return replace(load_filing(example_filing_toml), notice_style="plain")


def corrected(filing: FilingDetails) -> Amendment:
    """Counsel writes the paragraph for "facsimle", then the typo is corrected."""
    typo = draft_amendment(doc(offer()), doc(offer("Notices sent by facsimle fail.")), filing)
    [item] = typo.change_items
    item.set_plain_summary(COUNSEL)
    again = draft_amendment(doc(offer()), doc(offer("Notices sent by facsimile fail.")), filing)
    carry_overrides(typo.items, again.items)
    return again


def test_a_paragraph_to_read_again_is_said_so_not_called_a_placeholder(
    filing: FilingDetails,
) -> None:
    amendment = corrected(filing)
    [item] = amendment.change_items
    assert item.plain_override == COUNSEL and item.stale_plain
    findings = [f for f in run_checks(amendment) if f.item == 0]
    said = [f.message for f in findings]
    assert not [m for m in said if "placeholder for counsel" in m], said
    [again] = [f for f in findings if "read again" in f.message]
    assert again.severity == ERROR and COUNSEL in again.message  # still refuses export
    assert "Keep This Paragraph" in again.message


def test_export_refusal_names_the_paragraph_to_read_again(filing: FilingDetails) -> None:
    amendment = corrected(filing)
    findings = run_checks(amendment)
    refusal = export_refusal(findings, amendment)
    assert refusal is not None and "item A" in refusal and "read again" in refusal
    assert "placeholder" not in refusal, refusal
    assert "Keep This Paragraph" in export_advice(findings)


def test_kept_it_is_no_longer_a_finding(filing: FilingDetails) -> None:
    amendment = corrected(filing)
    [item] = amendment.change_items
    item.set_plain_summary(item.plain_override)  # Keep This Paragraph
    findings = run_checks(amendment)
    assert not [f for f in findings if f.item == 0 and f.severity == ERROR], findings
    assert export_refusal(findings, amendment) is None
