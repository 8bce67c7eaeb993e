"""A table row whose words changed while rows or paragraphs around it moved is cited on its
own: as counsel cite a row (the paragraph in the row entitled "…", or the row entitled "…"
restated) where it has a name of its own, else by its words. The redline marks the change
inside the row (its cells edited, or the row struck and given again), so accepting every
change gives the revision and rejecting every change gives the original."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.io.load import load_document
from tests.io.test_redline_property import FILING, as_word_prints, marked, shown, word_file
from tests.support.builders import Spec, doc

COVER = ("", ["Cover words of the offer."])
SUMMARY = ("SUMMARY TERM SHEET", ["What is the offer?", "Offer offer offer."])
LEAD = "Offer offer offer offer offer offer offer."
FIGURES = ["Quarter ended\tHigh", "March 31, 2025\t$9.95\t$6.10", "June 30, 2025\t$6.10"]
TERMS = [
    "Purchase Price\tOffer price holders vesting offer offer will. Offer offer eligible.",
    "Expiration Date\tOffer offer not holders. Rule 13e-4 offer p.m. be will offer.",
]
LAST = "September 30, 2025\t$5.00"
# rows as Word sets them: a table of two columns, one of three, one of two; a term sheet
# (caption | text) then figures; figures with a three-column row between
LAYOUTS = {
    "widths": [*FIGURES, LAST],
    "terms then figures": [*TERMS, FIGURES[2], LAST],
    "figures": [FIGURES[0], FIGURES[2], FIGURES[1], LAST],
    # rows no name can cite: figures alone, or one caption on every row
    "unnamed": ["$9.95\t$6.10", "$8.00\t$5.10\t400", "$7.00\t$4.10", "$6.00\t$3.10"],
    "one caption": [f"Quarter ended\t{row.split(chr(9), 1)[1]}" for row in [*FIGURES, LAST]],
}
NAMED = {"widths", "terms then figures", "figures"}
# items that change a paragraph's words in place
WORD_KINDS = {
    ItemKind.REPLACE_WORDS,
    ItemKind.REPLACE_SENTENCE,
    ItemKind.INSERT_SENTENCE,
    ItemKind.DELETE_SENTENCE,
    ItemKind.REPLACE_PARAGRAPH,
}


def _changed(row: str) -> str:
    """A figure changed, or a sentence added to a term's text."""
    cells = row.split("\t")
    cells[-1] = "$7.25" if "$" in cells[-1] else f"{cells[-1]} New words of the term."
    return "\t".join(cells)


def _pair(layout: str, changed: int) -> tuple[Spec, Spec]:
    """The last row moved to the top of its section, the section's first paragraph moved
    after the table, and the row now at `changed` changed."""
    rows = LAYOUTS[layout]
    revised = [rows[-1], *rows[:-1]]
    revised[changed] = _changed(revised[changed])
    section = "1. Fees and Expenses"
    other = ("2. Legal Matters", ["Legal words of the offer."])
    return (
        [COVER, SUMMARY, (section, [LEAD, *rows]), other],
        [COVER, SUMMARY, (section, [*revised, LEAD]), other],
    )


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("changed", [0, 1, 3])
def test_a_changed_row_among_moved_rows_is_redlined(
    layout: str, changed: int, tmp_path: Path
) -> None:
    from amendtool.io.redline_docx import build_review_documents

    before, after = _pair(layout, changed)
    original, revised = load_document(word_file(before, tmp_path)), doc(after)
    items = draft_items(original, revised).items
    as_paragraph = [
        i for i in items if "\t" in i.old_text and i.kind in WORD_KINDS and i.locator.cell is None
    ]
    assert not as_paragraph or layout not in NAMED, [i.to_dict() for i in as_paragraph]
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert review.notes == []  # the Word file itself was redlined
    assert shown(review.redline, accept=True) == marked(doc(as_word_prints(after)))
    assert shown(review.redline, accept=False) == marked(original)
