"""A change inside one cell of a text table (a tabular summary term sheet: caption cell |
text cell) is cited as counsel does, "the paragraph in the row entitled "Source and Amount
of Funds"", on the row's own page; a figure table is restated whole."""

from __future__ import annotations

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.wording import filing_text
from tests.support.builders import Spec, doc

PRICE = "We will pay $22.50 per Share, net to the seller in cash, without interest."
EXPIRY = "The Tender Offer expires at 5:00 p.m., New York City time, on April 3, 2023."
FUNDS = (
    "We will need approximately $45.0 million to purchase the Shares.\u2028We expect to fund "
    "the purchase with cash on hand and borrowings under our credit facility."
)
ROWS = [
    f"Purchase Price\t{PRICE}",
    f"Expiration Date\t{EXPIRY}",
    f"Source and Amount of Funds\t{FUNDS}",
]
LEAD = "This summary highlights the material terms of the Tender Offer."
SPEC: Spec = [("SUMMARY TERM SHEET", [LEAD, *ROWS]), ("1. Terms of the Offer", [PRICE])]


def draft(rows: list[str], spec: Spec = SPEC) -> list[AmendmentItem]:
    revised: Spec = [(spec[0][0], [spec[0][1][0], *rows]), *spec[1:]]
    original, changed = doc(spec), doc(revised)
    result = draft_items(original, changed)
    amended = apply_items(TextDocument.from_document(original), result.items)
    assert amended.comparable() == TextDocument.from_document(changed).comparable()
    return result.items


def test_a_word_changed_in_a_cell_is_cited_by_its_row_on_the_rows_page() -> None:
    rows = list(ROWS)
    rows[0] = rows[0].replace("$22.50", "$23.25")
    items = draft(rows)
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS]
    assert (items[0].old_words, items[0].new_words) == ("$22.50", "$23.25")
    assert filing_text(items[0], "(a)(1)") == (
        'The paragraph in the row entitled "Purchase Price" in "Summary Term Sheet" on page 2 '
        "of Exhibit (a)(1) to the Tender Offer Statement has been amended by replacing "
        '"$22.50" with "$23.25", so that the paragraph reads in its entirety as follows:'
    )
    assert items[0].new_text == PRICE.replace("$22.50", "$23.25")


def test_changes_in_two_rows_are_two_items_each_on_its_page() -> None:
    rows = list(ROWS)
    rows[1] = rows[1].replace("April 3, 2023", "April 17, 2023")
    rows[2] = rows[2].replace(
        "credit facility.", "credit facility. We have no alternative financing arrangements."
    )
    items = draft(rows)
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS, ItemKind.INSERT_SENTENCE]
    assert [i.page for i in items] == ["3", "4"]
    assert filing_text(items[1], "(a)(1)").startswith(
        "The following sentence has been added at the end of the last paragraph in the row "
        'entitled "Source and Amount of Funds" in "Summary Term Sheet" on page 4'
    )


def test_a_rewritten_cell_paragraph_is_restated_in_its_row() -> None:
    rows = list(ROWS)
    rows[2] = (
        "Source and Amount of Funds\tWe will need approximately $46.5 million.\u2028We will "
        "fund the purchase entirely from cash on hand; there are no alternative financing "
        "arrangements or plans of any kind."
    )
    items = draft(rows)
    assert {i.kind for i in items} <= {ItemKind.REPLACE_PARAGRAPH, ItemKind.REPLACE_WORDS}
    assert all('row entitled "Source and Amount of Funds"' in filing_text(i, "") for i in items)
    assert all(i.page == "4" for i in items)


def test_a_row_added_is_inserted_after_the_last_row() -> None:
    rows = [*ROWS, "Conditions\tThe Tender Offer is not conditioned on any minimum number."]
    items = draft(rows)
    assert [i.kind for i in items] == [ItemKind.INSERT_ROW]
    assert items[0].locator.row_caption == "Source and Amount of Funds"


def test_a_figure_corrected_in_a_table_is_cited_by_its_row() -> None:
    """Counsel restate the row, not the table, when one figure of a price table changes."""
    spec: Spec = [
        (
            "7. Price Range of Shares",
            [
                "The high and low sales prices were as follows.",
                "First Quarter\t$24.10\t$21.95",
                "Second Quarter\t$23.80\t$22.05",
            ],
        ),
    ]
    revised: Spec = [
        (
            "7. Price Range of Shares",
            [
                "The high and low sales prices were as follows.",
                "First Quarter\t$24.15\t$21.95",
                "Second Quarter\t$23.80\t$22.05",
            ],
        ),
    ]
    items = draft_items(doc(spec), doc(revised)).items
    assert [(i.kind, i.locator.row_caption) for i in items] == [
        (ItemKind.REPLACE_ROW, "First Quarter")
    ]
    assert filing_text(items[0], "(a)(1)").startswith(
        'The row entitled "First Quarter" in the table in "Section 7. Price Range of Shares" '
        "on page 2 of Exhibit (a)(1)"
    )


def test_a_table_restated_over_two_pages_is_cited_on_both() -> None:
    """Each row keeps its page; a table printed on pages 2 and 3, most of its rows changed,
    is restated and cited on both."""
    rows = ["First Quarter\t$24.10\t$21.95", "Second Quarter\t$23.80\t$22.05"]
    spec: Spec = [("7. Price Range of Shares", ["The high and low prices were:", *rows])]
    changed_rows = [rows[0][:-1] + "6", rows[1][:-1] + "6"]
    revised: Spec = [("7. Price Range of Shares", ["The high and low prices were:", *changed_rows])]
    items = draft_items(doc(spec), doc(revised)).items
    assert [i.kind for i in items] == [ItemKind.REPLACE_TABLE]
    assert (items[0].page, items[0].last_page) == ("2", "3")
    text = filing_text(items[0], "(a)(1)")
    assert 'The table in "Section 7. Price Range of Shares" on pages 2 and 3 of' in text, text
    three = [*rows, "Third Quarter\t$22.10\t$20.05"]
    spec = [("7. Price Range of Shares", ["The high and low prices were:", *three])]
    changed = [three[0].replace("$24.10", "$24.15"), three[1], three[2].replace("$20", "$19")]
    revised = [("7. Price Range of Shares", ["The high and low prices were:", *changed])]
    items = draft_items(doc(spec), doc(revised)).items
    assert "on pages 2 through 4 of" in filing_text(items[0], "(a)(1)")
