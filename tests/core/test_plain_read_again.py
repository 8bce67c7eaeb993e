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
from amendtool.io.draft_marks import placeholders_left
from tests.support.builders import Spec, doc
from tests.support.plain import OFFER, plain_filing, revised

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


def test_a_paragraph_to_read_again_for_one_of_several_places_still_stops_export(
    example_filing_toml: Path,
) -> None:
    """One change made in three places is said in one paragraph, written by counsel for the
    third place; a word of that place changed since, so the notice prints the tool's paragraph
    with its placeholder. The finding was a warning (the placeholder looked for under the
    first place only): `check` said no errors, the draft was not marked, export wrote it."""
    filing = plain_filing(example_filing_toml)

    def draft(words: str) -> Amendment:
        spec = revised(OFFER, "$20.00", "$17.50")
        spec = [
            (h, [p.replace("are eligible.", words) if h.startswith("1.") else p for p in ps])
            for h, ps in spec
        ]
        return draft_amendment(doc(OFFER), doc(spec), filing)

    first = draft("are eligible for the exchange.")
    first.change_items[2].set_plain_summary("Options priced at $17.50 or more now qualify.")
    again = draft("are eligible for this exchange.")
    carry_overrides(first.items, again.items)
    assert [i.stale_plain for i in again.change_items] == [False, False, True]
    findings = run_checks(again)
    assert [f.severity for f in findings if "read again" in f.message] == [ERROR]
    assert export_refusal(findings, again) is not None
    assert placeholders_left(again) == 1  # the draft's files are marked as a draft
