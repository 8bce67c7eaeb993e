"""Who the plain notice is written for follows who the offer is made to: an Offer to
Purchase of RSUs for cash made to employees (the notice's To line) is an employee notice,
named and addressed so; an Offer to Purchase made to holders of preferred stock or notes
keeps its notice to holders."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.offer_names import audience, notice_called
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.io.outputs import notice_file_name
from tests.support.materiality import NAMED_COVER, amended
from tests.support.plain import plain_filing

TERMS = "3. Procedures for Electing."
OLD = "You may elect by delivering an Election Agreement to Human Resources."
NEW = "You may elect by delivering an Election Agreement to Human Resources by hand only."


def _drafted(filing_toml: Path, to: str) -> Amendment:
    filing = dataclasses.replace(
        plain_filing(filing_toml), document_title="Offer to Purchase", notice_to=to
    )
    return amended(filing, TERMS, [OLD], [NEW], NAMED_COVER)


@pytest.mark.parametrize("to", ["Eligible Employees", "Employees Holding Eligible RSUs"])
def test_an_offer_to_purchase_made_to_employees_has_an_employee_notice(
    example_filing_toml: Path, to: str
) -> None:
    amendment = _drafted(example_filing_toml, to)
    title, to = amendment.filing.document_title, amendment.filing.notice_to
    assert notice_file_name(amendment) == "employee-notice.docx"
    assert audience(amendment.wording, title, to) == "employees"
    assert notice_called(amendment.wording, title, to) == "employee notice"
    [paragraph] = plain_paragraphs(amendment)
    assert "what this change means for employees" in paragraph.text, paragraph.text


def test_an_offer_to_purchase_made_to_holders_keeps_its_notice_to_holders(
    example_filing_toml: Path,
) -> None:
    amendment = _drafted(example_filing_toml, "Holders of Series A Preferred Stock")
    assert notice_file_name(amendment) == "holders-notice.docx"
    [paragraph] = plain_paragraphs(amendment)
    assert "what this change means for holders" in paragraph.text, paragraph.text
