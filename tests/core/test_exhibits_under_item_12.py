"""An exhibit the amendment files is an Item 12 matter: whatever item counsel lists the
changes to the offer under ("Item 4.  Terms of the Transaction.", "Item 1.  Summary Term
Sheet."), the exhibits filed stand under "Item 12.  Exhibits.", in the form's order; a
heading that names the exhibits (the precedent's "Item 1.  Exhibits.") keeps them under it."""

from __future__ import annotations

import dataclasses
import re

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.layout import Block, Role
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

FILED = "is hereby filed as Exhibit"


def _under(blocks: list[Block]) -> list[tuple[str, str]]:
    """(the item heading over it, the instruction) for each item of the amendment."""
    out: list[tuple[str, str]] = []
    heading = ""
    for block in blocks:
        if block.document != "filing":
            continue
        if block.role is Role.HEADING and re.match(r"\s*Item\s+\d+", block.text):
            heading = " ".join(block.text.split())
        elif block.role is Role.ITEM:
            out.append((heading, block.text))
    return out


@pytest.mark.parametrize(
    "heading",
    ["Item 4.  Terms of the Transaction.", "Item 1.  Summary Term Sheet.", "Item 12.  Exhibits."],
)
def test_exhibits_filed_stand_under_item_12(heading: str) -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    filing = dataclasses.replace(load_filing(SAMPLES / "filing.toml"), items_heading=heading)
    items = _under(schedule_to_blocks(draft_amendment(original, revised, filing)))
    exhibits = [h for h, text in items if FILED in text]
    changes = [h for h, text in items if FILED not in text]
    assert exhibits and changes
    assert set(exhibits) == {"Item 12. Exhibits."}, items
    assert set(changes) == {" ".join(heading.split())}, items
    # in the form's order: no change listed after the exhibits' heading unless it is Item 12
    headings = [h for h, _ in items]
    assert headings == sorted(headings, key=lambda h: int(h.split()[1].rstrip(".")))


def test_a_heading_naming_the_exhibits_keeps_them_under_it() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    filing = dataclasses.replace(
        load_filing(SAMPLES / "filing.toml"), items_heading="Item 1.  Exhibits."
    )
    items = _under(schedule_to_blocks(draft_amendment(original, revised, filing)))
    # the sample's changes of the conditions and withdrawal rights also supplement Item 4
    items = [(h, t) for h, t in items if not h.startswith("Item 4.")]
    assert {h for h, _ in items} == {"Item 1. Exhibits."}
    assert [t for _, t in items if FILED in t]
