"""A row added to a table or taken out of it is its own item, as counsel write it ("The
following row has been inserted immediately after the row entitled "…"", "The row entitled
"…" … has been deleted"), not a restatement of the whole table; also a row put in at the
top of a table. The items apply to the revised text, and the redline accepts to it."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.filing import load_filing
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.wording import filing_text
from tests.conftest import SAMPLES
from tests.io.test_redline_property import flat, text_of
from tests.support.builders import Spec, doc

LEAD = "The following table shows the eligible options by grant date."
AFTER = "Options not listed in the table are not eligible options."
HEAD = "Grant date\tExercise price\tOptions outstanding"
ROWS = [
    HEAD,
    "March 1, 2007\t$24.10\t412,500",
    "August 15, 2007\t$27.35\t1,003,200",
    "February 20, 2008\t$19.80\t655,000",
]
SPEC: Spec = [
    ("1. Eligible Options", [LEAD, *ROWS, AFTER]),
    ("2. Conditions of the Offer", ["We will not accept options if a suit is brought."]),
]


def draft(rows: list[str]) -> list[AmendmentItem]:
    revised: Spec = [(SPEC[0][0], [LEAD, *rows, AFTER]), *SPEC[1:]]
    original, changed = doc(SPEC), doc(revised)
    items = draft_items(original, changed).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(changed).comparable()
    review = _review(original, changed, items)
    assert text_of(review, accept=True) == flat(TextDocument.from_document(changed).comparable())
    assert text_of(review, accept=False) == flat(TextDocument.from_document(original).comparable())
    return items


def _review(original, changed, items) -> bytes:  # type: ignore[no-untyped-def]
    from amendtool.io.redline_docx import build_review_documents

    filing = load_filing(SAMPLES / "filing.toml")
    return build_review_documents(Amendment(original, changed, items, filing)).redline


def test_a_row_added_is_inserted_after_the_row_it_follows() -> None:
    added = "November 3, 2007\t$25.60\t220,000"
    items = draft([*ROWS[:3], added, ROWS[3]])
    assert [i.kind for i in items] == [ItemKind.INSERT_ROW]
    assert items[0].new_paragraphs == [added]
    assert items[0].locator.row_caption == "August 15, 2007"
    assert filing_text(items[0], "(a)(1)") == (
        'The following row has been inserted immediately after the row entitled "August 15, '
        '2007" in the table in "Section 1. Eligible Options" on page 4 of Exhibit (a)(1) to '
        "the Tender Offer Statement:"
    )


def test_a_row_taken_out_is_deleted_by_its_caption() -> None:
    items = draft([ROWS[0], ROWS[1], ROWS[3]])
    assert [i.kind for i in items] == [ItemKind.DELETE_ROW]
    assert items[0].old_text == ROWS[2]
    assert filing_text(items[0], "(a)(1)") == (
        'The row entitled "August 15, 2007" in the table in "Section 1. Eligible Options" on '
        "page 4 of Exhibit (a)(1) to the Tender Offer Statement has been deleted in its "
        "entirety."
    )


def test_a_row_put_in_at_the_top_goes_before_the_first_row() -> None:
    added = "Eligible option\tExercise price\tOptions outstanding"
    items = draft([added, *ROWS])
    assert [i.kind for i in items] == [ItemKind.INSERT_ROW]
    assert filing_text(items[0], "(a)(1)").startswith(
        'The following row has been inserted immediately before the row entitled "Grant date" '
        'in the table in "Section 1. Eligible Options" on page 2'
    )


def test_rows_added_and_taken_out_are_one_item_each() -> None:
    added = "November 3, 2007\t$25.60\t220,000"
    items = draft([ROWS[0], ROWS[2], added, ROWS[3]])
    assert [i.kind for i in items] == [ItemKind.DELETE_ROW, ItemKind.INSERT_ROW]
    assert items[1].locator.row_caption == "August 15, 2007"


def test_a_row_changed_with_one_added_is_two_row_items() -> None:
    """A row changed in place is restated by itself, the row added beside it put in after the
    row it follows: neither makes the whole table restated."""
    added = "November 3, 2007\t$25.60\t220,000"
    changed = ROWS[1].replace("$24.10", "$24.35")
    items = draft([ROWS[0], changed, added, *ROWS[2:]])
    assert [(i.kind, i.locator.row_caption) for i in items] == [
        (ItemKind.REPLACE_ROW, "March 1, 2007"),
        (ItemKind.INSERT_ROW, "March 1, 2007"),
    ]
    assert filing_text(items[0], "(a)(1)").startswith(
        'The row entitled "March 1, 2007" in the table in "Section 1. Eligible Options"'
    )
    assert items[0].new_paragraphs == [changed]


def test_a_table_most_of_whose_rows_change_is_restated() -> None:
    rows = [ROWS[0], *(r.replace("$", "US$") for r in ROWS[1:])]
    items = draft(rows)
    assert [i.kind for i in items] == [ItemKind.REPLACE_TABLE]


def test_two_rows_changed_side_by_side_are_restated_together() -> None:
    first, second = ROWS[1].replace("412,500", "412,000"), ROWS[2].replace("$27.35", "$27.30")
    items = draft([ROWS[0], first, second, ROWS[3]])
    assert [i.kind for i in items] == [ItemKind.REPLACE_ROW]
    assert items[0].new_paragraphs == [first, second]
    assert filing_text(items[0], "(a)(1)").startswith(
        'The row entitled "March 1, 2007" and the row after it in the table in "Section 1. '
        'Eligible Options" on page 3 of Exhibit (a)(1) to the Tender Offer Statement have been '
        "amended and restated in their entirety to read as follows:"
    )


def test_a_house_wording_without_row_restatements_restates_the_row_as_a_table_would() -> None:
    from dataclasses import replace

    from amendtool.core.wording import house_wording

    changed = ROWS[1].replace("$24.10", "$24.35")
    [item] = draft([ROWS[0], changed, *ROWS[2:]])
    wording = house_wording()
    older = {k: v for k, v in wording.filing.items() if not k.startswith("replace_row")}
    text = filing_text(item, "(a)(1)", replace(wording, filing=older))
    assert text.startswith(
        'The row entitled "March 1, 2007" in the table in "Section 1. Eligible Options"'
    )
    assert text.endswith("has been amended and restated in its entirety to read as follows:")
