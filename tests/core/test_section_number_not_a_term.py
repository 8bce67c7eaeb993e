"""A section's own heading number is where it stands, not a term of the offer: a section
added as "7. Amendments" is not classed "Changes a number: adds 7", and a section numbered
in words or as "Section 7" is read the same way; a figure in its text is still read."""

from __future__ import annotations

import pytest

from amendtool.core.items import AmendmentItem, ItemKind, Locator, NewSection
from amendtool.core.materiality import propose

TEXT = "We may amend this offer at any time before it expires."


def added(heading: str, number: str, text: str = TEXT) -> AmendmentItem:
    title = heading.rsplit(" ", 1)[-1]
    return AmendmentItem(
        ItemKind.ADD_SECTION,
        Locator(section_id="added-s7", section_name=f"Section {number}. {title}"),
        new_text=text,
        new_section=NewSection("added-s7", "numbered", number, title, heading, [text]),
    )


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("7. AMENDMENTS", "7"),
        ("Section 7. Amendments", "7"),
        ("7 Amendments", "7"),
        ("VII. AMENDMENTS", "VII"),
        ("12. AMENDMENTS", "12"),
    ],
)
def test_the_heading_number_is_no_term(heading: str, number: str) -> None:
    reason = propose(added(heading, number)).reason
    assert number not in reason and "a number" not in reason, reason


def test_a_figure_in_the_new_text_is_still_read() -> None:
    reason = propose(added("7. AMENDMENTS", "7", "The offer now covers 250 options.")).reason
    assert "250" in reason, reason
