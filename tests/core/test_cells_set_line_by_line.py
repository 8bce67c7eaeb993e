"""A cell set line by line (an address, one line a cell paragraph): one short line changed
is cited by its words in the row, as counsel cite it ('replacing "Box 43011" with "Box
43014"' in the row entitled "By Mail"), never the whole row restated; a figure alone on its
line still restates the row."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.core.model import CELL_PARAGRAPH_BREAK
from tests.support.builders import Spec, doc

LINES = [
    "Computershare Trust Company, N.A.",
    "c/o Voluntary Corporate Actions",
    "P.O. Box 43011",
    "Providence, Rhode Island 02940-3011",
]
COURIER = [
    "Computershare Trust Company, N.A.",
    "150 Royall Street, Suite V",
    "Canton, Massachusetts 02021",
]


def offer(mail: list[str]) -> Spec:
    return [
        ("", ["Cover words of the offer."]),
        (
            "3. Procedures for Tendering Shares",
            [
                "The Letter of Transmittal should be sent to the Depositary at one of these.",
                "Method\tAddress of the Depositary",
                "By Mail\t" + CELL_PARAGRAPH_BREAK.join(mail),
                "By Overnight Courier\t" + CELL_PARAGRAPH_BREAK.join(COURIER),
            ],
        ),
        ("4. Withdrawal Rights", ["Shares tendered may be withdrawn at any time."]),
    ]


@pytest.mark.parametrize(
    ("line", "new", "old_words", "new_words"),
    [
        (2, "P.O. Box 43014", "43011", "43014"),
        (3, "Providence, Rhode Island 02940-3014", "02940-3011", "02940-3014"),
        (1, "c/o Corporate Actions", "Voluntary", ""),
    ],
)
def test_one_line_of_an_address_is_cited_by_its_words_in_the_row(
    line: int, new: str, old_words: str, new_words: str
) -> None:
    revised_lines = list(LINES)
    revised_lines[line] = new
    original, revised = doc(offer(LINES)), doc(offer(revised_lines))
    items = draft_items(original, revised).items
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS]
    item = items[0]
    assert item.locator.row_caption == "By Mail"
    assert item.locator.cell_paragraph == line + 1
    assert old_words in item.old_words and new_words in item.new_words
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.same_text(TextDocument.from_document(revised))


def test_a_figure_alone_on_its_line_still_restates_the_row() -> None:
    figures = ["Second Quarter", "$5.03", "$4.10"]
    revised_figures = ["Second Quarter", "$5.13", "$4.10"]
    original, revised = doc(offer(figures)), doc(offer(revised_figures))
    items = draft_items(original, revised).items
    assert [i.kind for i in items] == [ItemKind.REPLACE_ROW]
