"""Counsel's paragraph on one item of a group that shares one notice paragraph (tester08
finding 6): written on the cover's price change, it was stored, while the notice printed the
tool's paragraph with a placeholder on Section 2's item; written on both, the first was
dropped without a word. Whichever item counsel writes on, that is the group's paragraph: it
is printed and checked, counsel's other paragraph in it is cleared, and what shares it is
said; a project holding two is an error that stops export."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import ERROR, run_checks
from amendtool.core.export_refusal import export_refusal
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_shared import check_shared_written, said_shared, write_shared
from tests.support.builders import Spec, doc
from tests.support.plain import THRESHOLD, plain_filing, revised

COVER = ("", [f"Halvorsen offers to exchange options. {THRESHOLD.format('$20.00')}"])
TERMS = ("Summary Term Sheet", ["Which options are eligible?", THRESHOLD.format("$20.00")])
SECTION = ("1. Eligibility", [f"{THRESHOLD.format('$20.00')} Directors are not eligible."])
OFFER: Spec = [COVER, TERMS, SECTION, ("7. Conditions", ["The conditions are ours."])]
COVERS = "Options priced at $17.50 or more are now eligible."
SECTION_WORDS = "Options priced at $17.50 or more are now eligible. Officers are excluded."


@pytest.fixture
def amendment(example_filing_toml: Path) -> Amendment:
    new = revised(revised(OFFER, "$20.00", "$17.50"), "Directors", "Officers")
    return draft_amendment(doc(OFFER), doc(new), plain_filing(example_filing_toml))


def _shared(amendment: Amendment) -> list[str]:
    return [p.text for p in plain_paragraphs(amendment) if len(p.items) == 3]


def _errors(amendment: Amendment) -> list[str]:
    return [f.message for f in run_checks(amendment) if f.severity == ERROR]


def test_counsel_s_paragraph_on_the_first_item_is_the_group_s(amendment: Amendment) -> None:
    [tools] = _shared(amendment)
    assert "[Explain" in tools  # the tool's, with Section 1's other words for counsel
    assert write_shared(amendment, 0, COVERS) == []
    assert _shared(amendment) == [COVERS]
    assert not [e for e in _errors(amendment) if "placeholder" in e], _errors(amendment)
    assert said_shared(amendment, 0, []) == "it is the notice's one paragraph on items A, B and C"


def test_counsel_s_paragraph_is_checked(amendment: Amendment) -> None:
    write_shared(amendment, 0, "Options priced at $17.50 or more are now eligible, up from $20.00.")
    assert [e for e in _errors(amendment) if e.startswith("item A") and "wrong way" in e]


def test_the_last_paragraph_counsel_writes_in_a_group_replaces_the_first(
    amendment: Amendment,
) -> None:
    write_shared(amendment, 0, COVERS)
    assert write_shared(amendment, 2, SECTION_WORDS) == [0]
    assert amendment.change_items[0].plain_override is None
    assert _shared(amendment) == [SECTION_WORDS]
    said = said_shared(amendment, 2, [0])
    assert said.endswith("(it replaces counsel's paragraph on item A)"), said
    assert check_shared_written(amendment) == []


def test_two_paragraphs_of_counsel_s_in_one_group_are_an_error(amendment: Amendment) -> None:
    amendment.change_items[0].set_plain_summary(COVERS)  # as a project written before held
    amendment.change_items[2].set_plain_summary(SECTION_WORDS)
    [finding] = check_shared_written(amendment)
    assert finding.item == 0 and "is not printed" in finding.message, finding.message
    assert "counsel's paragraph on item C" in finding.message
    findings = run_checks(amendment)
    refused = export_refusal(findings, amendment)
    assert refused is not None and "item A" in refused, refused
