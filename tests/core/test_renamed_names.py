"""A name the offer defines, renamed inside its quotation (the "Option Exchange Program" now
the "Exchange Program"), is drafted as a change of words in its sentence, never as the
paragraph restated, and the notice tells it as a rename, never as "wording and typography"."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.items import ItemKind, Materiality
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import doc
from tests.support.plain import plain_filing

COVER = (
    "Kestrel Robotics, Inc. is offering eligible employees the opportunity to exchange "
    "outstanding options for new options on the terms described in this Offer to Exchange "
    "(the {open}{name}{close}). The offer is voluntary."
)
NAMES = [
    ("Option Exchange Program", "Exchange Program"),
    ("Kestrel Equity Refresh", "Kestrel Option Refresh"),
    ("Exchange Program", "Option Exchange Program"),
]
MARKS = [('"', '"'), ("“", "”")]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(("old", "new"), NAMES)
def test_a_renamed_name_is_a_change_of_words(
    example_filing_toml: Path, old: str, new: str, marks: tuple[str, str]
) -> None:
    opening, closing = marks
    before = COVER.format(open=opening, close=closing, name=old)
    after = COVER.format(open=opening, close=closing, name=new)
    amendment = draft_amendment(
        doc([("", [before]), ("1. Eligibility", ["Employees may take part."])]),
        doc([("", [after]), ("1. Eligibility", ["Employees may take part."])]),
        plain_filing(example_filing_toml),
    )
    items = amendment.change_items
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS], items
    assert items[0].new_text != after, "the sentence is cited, not the paragraph restated"
    said = " ".join(p.text for p in plain_paragraphs(amendment))
    assert "typography" not in said, said
    if items[0].materiality is Materiality.CLARIFYING:  # else counsel explains the change
        assert f"the {old} the “{new}”" in said, said  # by its old name and its new one
