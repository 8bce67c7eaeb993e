"""An extension's or the results' Item 4 supplement and the items under an items heading
that is itself Item 4 ("Item 4.  Terms of the Transaction.") print one heading: the
statement added to Item 4, then the lettered items, under "Item 4" once."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.layout import Block, Role
from amendtool.core.series import Series
from amendtool.core.series_amendment import in_item_order
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import extension, filing, lower_threshold

ITEM4 = "Item 4.  Terms of the Transaction."
SUPPLEMENT = [
    Block(Role.HEADING, ITEM4),
    Block(Role.BODY, "Item 4 of the Tender Offer Statement is hereby amended …"),
    Block(Role.QUOTE, '"On April 22, 2026, the Company extended the expiration of the Offer."'),
]
ITEMS = [Block(Role.ITEM, "The first paragraph … has been amended …", label="A.")]


@pytest.mark.parametrize("heading", [ITEM4, "Item 4. Terms of the Transaction", "ITEM 4."])
def test_one_heading_when_the_items_are_under_item_4(heading: str) -> None:
    blocks = in_item_order([Block(Role.HEADING, heading), *ITEMS], SUPPLEMENT, heading)
    assert [b.role for b in blocks] == [Role.HEADING, Role.BODY, Role.QUOTE, Role.ITEM]
    assert blocks[0].text == heading  # counsel's own heading over both


@pytest.mark.parametrize(("heading", "first"), [("Item 12.  Exhibits.", 0), ("Item 1.", 1)])
def test_other_items_headings_keep_their_own(heading: str, first: int) -> None:
    blocks = in_item_order([Block(Role.HEADING, heading), *ITEMS], SUPPLEMENT, heading)
    headings = [b.text for b in blocks if b.role is Role.HEADING]
    assert len(headings) == 2 and ITEM4 in headings


def test_an_extension_filed_under_item_4_prints_it_once() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    details = filing(1, dt.date(2026, 4, 20), dt.datetime(2026, 4, 23, 23, 59))
    series.draft(lower_threshold(original), dataclasses.replace(details, items_heading=ITEM4))
    extension(series, dt.date(2026, 4, 22), dt.datetime(2026, 5, 2, 0, 0))
    second = series.amendment(1)
    assert second is not None
    second.filing = dataclasses.replace(second.filing, items_heading=ITEM4)
    blocks = schedule_to_blocks(second)
    headings = [b.text for b in blocks if b.role is Role.HEADING]
    assert headings.count(ITEM4) == 1, headings
    at = [b.text for b in blocks].index(ITEM4)
    assert blocks[at + 1].text.startswith("Item 4 of the Tender Offer Statement")
    assert any(b.role is Role.ITEM for b in blocks[at:])
