"""A restated section of a Word original whose table lost a row beside new text, or whose
last paragraph is a note: accepting the redline gives the revision (each note a note, each
row a row of its table), rejecting it gives the original."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.io.test_redline_property import FILING, as_word_prints, marked, shown, word_file
from tests.support.builders import Spec, doc

COVER = ("", ["Cover words of the offer."])
FEES = ("5. Fees and Expenses", ["We will pay the fees of the offer.", "Quarter ended\tHigh"])
PRICE = "Purchase Price\tOne share for each option tendered."
EXPIRATION = "Expiration Date\tApril 23, 2026, unless the offer is extended."
HEADING = "4. Withdrawal Rights"
BODY = [
    "Holders may withdraw tendered options at any time before the offer ends.",
    "Withdrawals must be made in writing to the company.",
    "Late withdrawals will not be accepted.",
]
NEW_BODY = [
    "Tendered options may be withdrawn until midnight on the last day.",
    "A notice of withdrawal sent by e-mail is enough.",
    "We decide every question about a withdrawal.",
]
NOTE = "[fn 4] Withdrawal notices are kept on file."

SHAPES: dict[str, tuple[Spec, Spec]] = {
    # the note opens the restated section, over the table's deleted first row
    "a note opening the section over a deleted row": (
        [COVER, (HEADING, [PRICE, EXPIRATION, *BODY, NOTE]), FEES],
        [COVER, (HEADING, [NOTE, *NEW_BODY, EXPIRATION]), FEES],
    ),
    # new text between two rows restates the section whole; its last paragraph is a note
    "a section restated whole after its note": (
        [COVER, (HEADING, [PRICE, EXPIRATION, *BODY, NOTE]), FEES],
        [COVER, (HEADING, [PRICE, NEW_BODY[0], EXPIRATION, *NEW_BODY[1:]]), FEES],
    ),
    # a new row, then text before the old table's next row: restated whole, the note a note
    "a note opening a section restated whole": (
        [COVER, (HEADING, [PRICE, EXPIRATION, *BODY, NOTE]), FEES],
        [
            COVER,
            (HEADING, [NOTE, "Quarter ended\tHigh", NEW_BODY[0], EXPIRATION, *NEW_BODY[1:]]),
            FEES,
        ],
    ),
    "a paragraph opening the section over a deleted row": (
        [COVER, (HEADING, [PRICE, EXPIRATION, *BODY]), FEES],
        [COVER, (HEADING, [NEW_BODY[0], EXPIRATION, *NEW_BODY[1:]]), FEES],
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_restated_section_beside_rows_and_notes(shape: str, tmp_path: Path) -> None:
    before, after = SHAPES[shape]
    original = load_document(word_file(before, tmp_path))
    revised = doc(after)
    items = draft_items(original, revised).items
    assert [i.kind for i in items] == [ItemKind.REPLACE_SECTION]
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert review.notes == []
    assert shown(review.redline, True, rows=True) == marked(doc(as_word_prints(after)), rows=True)
    assert shown(review.redline, False, rows=True) == marked(original, rows=True)
