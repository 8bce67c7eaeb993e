"""Counsel's wording that introduces the quoted new text ends at its colon: words typed after
it (or a colon taken out) would be filed between the instruction and the quotation."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.counsel_wording_checks import check_quotation_form
from amendtool.core.filing import load_filing
from amendtool.core.items import AmendmentItem, ItemKind
from tests.support.builders import doc

FRONT = ("", ["Halverton offers to exchange options for new options."])
OLD = ["We will not accept options if a material adverse change occurs.", "Officers may not."]
ELIGIBLE = "Employees of the company and its subsidiaries may take part in the offer."
OFFICERS = "Our executive officers may not take part in the offer."
NEW = ["We may accept options unless our business changes in a way we find adverse.", OLD[1]]


@pytest.fixture(scope="module")
def amendment(example_filing_toml: Path) -> Amendment:
    filing = load_filing(example_filing_toml)
    old = doc([FRONT, ("1. Conditions", OLD), ("2. Eligibility", [ELIGIBLE, OFFICERS])])
    new = doc([FRONT, ("1. Conditions", NEW), ("2. Eligibility", [ELIGIBLE])])
    return draft_amendment(old, new, filing)


def restated(amendment: Amendment) -> AmendmentItem:
    [item] = [i for i in amendment.change_items if "material adverse" in i.old_text]
    return item


def said(amendment: Amendment, item: AmendmentItem, wording: str) -> list[str]:
    item.set_overrides(wording, None)
    try:
        return [f.message for f in check_quotation_form(amendment) if f.severity == "error"]
    finally:
        item.set_overrides(None, None)


def test_words_after_the_colon_are_an_error_quoting_them(amendment: Amendment) -> None:
    item = restated(amendment)
    generated = amendment.filing_instruction(item)
    assert generated.endswith(":")
    [message] = said(amendment, item, generated + " XYZ")
    assert '"XYZ"' in message and "Use the Generated Wording" in message
    [message] = said(amendment, item, generated[:-1] + ".")
    assert "does not end with the colon" in message


def test_counsels_own_words_ending_at_the_colon_pass(amendment: Amendment) -> None:
    item = restated(amendment)
    assert said(amendment, item, "The first paragraph of Section 1 is replaced as follows:") == []


def test_an_instruction_that_quotes_nothing_is_not_held_to_a_colon(
    amendment: Amendment,
) -> None:
    [words] = [i for i in amendment.change_items if i.kind is ItemKind.DELETE_PARAGRAPH]
    assert not amendment.filing_instruction(words).endswith(":")
    assert said(amendment, words, "The second paragraph of Section 2 is deleted.") == []
