"""A form holders return, renamed by the amendment, is said in the notice as a rename, by its
two names whole ("We renamed the Letter of Transmittal. It is now the Election and
Transmittal Letter."), never quoted on past its name into the next one ("… “Election and
Transmittal Letter to Lone Star Trust Company”"); a rename made in several places is headed
by the form, not by a placeholder; and every answer of the notice that names the form names
it as it is now called."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_summary import placeholders
from tests.support.builders import Spec, doc
from tests.support.plain import holders_filing, plain_filing

TENDER = (
    "To tender Preferred Shares, a holder must deliver a properly completed and duly executed "
    "{} to Lone Star Trust Company, N.A., the depositary for the Offer, before the Expiration "
    "Date."
)
HOLDERS_OFFER: Spec = [
    ("", ["We are offering to purchase up to 1,500,000 Preferred Shares for cash."]),
    ("1. Terms of the Offer", ["We will purchase up to 1,500,000 Preferred Shares at $25.00."]),
    ("2. Procedures for Tendering", [TENDER]),
]

RENAMES = [
    ("Letter of Transmittal", "Election and Transmittal Letter"),
    ("Letter of Transmittal", "Election Form"),
    ("Election and Transmittal Letter", "Letter of Transmittal"),
    ("Notice of Withdrawal", "Withdrawal Form"),
]


def _tender(example_filing_toml: Path, old: str, new: str, held: str) -> Amendment:
    filing = holders_filing(example_filing_toml, transmittal_document=held)
    original = [(h, [p.format(old) for p in ps]) for h, ps in HOLDERS_OFFER]
    revised = [(h, [p.format(new) for p in ps]) for h, ps in HOLDERS_OFFER]
    return draft_amendment(doc(original), doc(revised), filing)


@pytest.mark.parametrize(("old", "new"), RENAMES)
def test_a_renamed_form_is_said_by_its_two_names_whole(
    example_filing_toml: Path, old: str, new: str
) -> None:
    amendment = _tender(example_filing_toml, old, new, old)
    [paragraph] = plain_paragraphs(amendment)
    text = " ".join(paragraph.text.split())
    assert "Lone Star" not in text  # the depositary is no part of the form's name
    assert f"the {old}" in text and f"the {new}" in text
    assert placeholders(text) == []
    # each item's own paragraph (items.json) says the same
    assert "Lone Star" not in amendment.plain_paragraph(amendment.change_items[0])


EMPLOYEE_OFFER: Spec = [
    ("", ["You may elect to participate by submitting the Election Form before the deadline."]),
    ("Summary Term Sheet", ["How do I participate?", "Complete and submit the Election Form."]),
    ("1. Eligibility", ["Options with an exercise price of $20.00 or more are eligible."]),
]


def _renamed_for_employees(example_filing_toml: Path, held: str, threshold: str) -> Amendment:
    filing = plain_filing(example_filing_toml, transmittal_document=held)
    revised = [
        (h, [p.replace("Election Form", "Election and Withdrawal Form") for p in ps])
        for h, ps in EMPLOYEE_OFFER
    ]
    revised = [(h, [p.replace("$20.00", threshold) for p in ps]) for h, ps in revised]
    return draft_amendment(doc(EMPLOYEE_OFFER), doc(revised), filing)


def _answers(amendment: Amendment) -> str:
    """The notice's opening answers: what it says before its paragraphs on the changes."""
    blocks = notice_blocks(amendment)
    changes = next(i for i, b in enumerate(blocks) if b.role is Role.HEADING)
    return " ".join(" ".join(b.text.split()) for b in blocks[:changes] if b.role is not Role.MEMO)


@pytest.mark.parametrize("held", ["Election Form", "Election and Withdrawal Form"])
def test_a_rename_made_in_several_places_is_headed_by_the_form(
    example_filing_toml: Path, held: str
) -> None:
    amendment = _renamed_for_employees(example_filing_toml, held, "$17.50")
    [renamed] = [p for p in plain_paragraphs(amendment) if "renamed" in p.text]
    assert len(renamed.items) == 2
    assert placeholders(renamed.heading) == []
    assert "Election" in renamed.heading


@pytest.mark.parametrize("held", ["Election Form", "Election and Withdrawal Form"])
def test_the_notices_answers_name_the_form_as_it_is_now_called(
    example_filing_toml: Path, held: str
) -> None:
    amendment = _renamed_for_employees(example_filing_toml, held, "$17.50")
    answers = _answers(amendment)
    assert "Election and Withdrawal Form" in answers
    assert "Election Form" not in answers.replace("Election and Withdrawal Form", "")
    assert "want to make it" not in answers  # "it": the form, or the election?
