"""A defined term renamed for the same party ("Continental Stock Transfer & Trust Company
(the "Depositary")" → "(the "Tender Agent")") is told to holders by its old and new names:
they deal with that party under its new name in the amended offer and the transmittal
letter. The notice filed it under "Corrections … wording and typography", which hides it."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

FRONT = ("", ["Kerrow Corp. offers to purchase its Preferred Shares for cash."])
DEFINES = (
    "To tender Preferred Shares, you must deliver a Letter of Transmittal to Continental "
    "Stock Transfer & Trust Company (the “{name}”) before the Expiration Date."
)
USES = "Delivery of documents to The Depository Trust Company is not delivery to the {name}."
DEFINED_DOCUMENT = (
    "Holders must complete the letter of transmittal attached as Exhibit (a)(1)(B) "
    "(the “{name}”) and deliver it before the Expiration Date."
)


def _offer(paragraph: str) -> Spec:
    return [FRONT, ("2. Procedures for Tendering", [paragraph, "Questions go to the agent."])]


@pytest.fixture(scope="module")
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


@pytest.mark.parametrize(
    ("frame", "old", "new"),
    [
        (f"{DEFINES} {USES}", "Depositary", "Tender Agent"),
        (DEFINES, "Depositary", "Tender Agent"),
        (DEFINED_DOCUMENT, "Letter of Transmittal", "Tender Form"),
    ],
    ids=["defined-and-used", "defined-only", "a-document"],
)
def test_a_renamed_defined_term_is_told_by_its_old_and_new_names(
    filing: FilingDetails, frame: str, old: str, new: str
) -> None:
    amendment = draft_amendment(
        doc(_offer(frame.format(name=old))), doc(_offer(frame.format(name=new))), filing
    )
    paragraphs = plain_paragraphs(amendment)
    assert len(paragraphs) == 1, [p.text for p in paragraphs]
    (told,) = paragraphs
    assert not told.summary.wording_only, told.text
    assert "Corrections" not in told.heading, told.heading
    assert "typography" not in told.text, told.text
    assert f"the {old} the “{new}”" in told.text, told.text
    assert not told.summary.placeholders, told.text


def test_a_rename_made_in_several_paragraphs_is_said_once_naming_each_place(
    filing: FilingDetails,
) -> None:
    def offer(name: str) -> Spec:
        kept = "Questions go to the agent."
        return [FRONT, ("2. Procedures", [DEFINES.format(name=name), kept, USES.format(name=name)])]

    amendment = draft_amendment(doc(offer("Depositary")), doc(offer("Tender Agent")), filing)
    assert len(amendment.change_items) == 2, [i.new_text for i in amendment.change_items]
    paragraphs = plain_paragraphs(amendment)
    said = [p for p in paragraphs if "Tender Agent" in p.text]
    assert len(said) == 1, [p.text for p in paragraphs]
    assert said[0].items == (0, 1), said[0].items
    assert said[0].text.count("We now call the Depositary") == 1, said[0].text
