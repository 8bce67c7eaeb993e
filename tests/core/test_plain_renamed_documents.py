"""A document of the offer renamed is said by its own names, each with its article ("We
renamed the Notice of Withdrawal. It is now the Withdrawal Form."), with no placeholder set
inside the sentence ("The [name this document for employees] is now Withdrawal Form")."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import doc
from tests.support.plain import plain_filing

NAMES = [
    ("Notice of Withdrawal", "Withdrawal Form"),
    ("Election Form", "Election and Release Form"),
    ("Letter of Transmittal", "Election Form"),
]


def offer(name: str) -> list[tuple[str, list[str]]]:
    return [
        ("", ["Halvorsen offers to exchange options."]),
        (
            "4. Withdrawal Rights",
            [f"To withdraw, you must deliver a {name} to Stock Administration."],
        ),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


@pytest.mark.parametrize(("old", "new"), NAMES)
def test_a_renamed_document_is_said_by_its_names(filing: FilingDetails, old: str, new: str) -> None:
    amendment = draft_amendment(doc(offer(old)), doc(offer(new)), filing)
    said = " ".join(p.summary.text for p in plain_paragraphs(amendment))
    assert f"We renamed the {old}. It is now the {new}." in said, said
    assert "[" not in said, said
