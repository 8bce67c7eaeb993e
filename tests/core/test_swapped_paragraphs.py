"""Two neighbouring paragraphs that change places are one moved paragraph, however short,
as counsel would cite the swap; a short paragraph repeated far away is no move."""

from __future__ import annotations

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.wording import filing_text
from tests.support.builders import Spec, doc

TAXED = "You will be taxed when your RSUs vest."
WITHHOLD = "We will withhold taxes by selling shares."
CONSULT = "Please consult your own tax advisor."
BASE: Spec = [
    ("", ["Everhaven offers to exchange eligible options for restricted stock units."]),
    ("1. Eligibility", ["You must be an employee on the grant date.", "Directors may not."]),
    ("2. Tax Consequences", ["The exchange should not be taxable.", TAXED, WITHHOLD, CONSULT]),
]


def draft(new: Spec, old: Spec = BASE) -> list[AmendmentItem]:
    original, revised = doc(old), doc(new)
    items = draft_items(original, revised).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    return items


def test_two_short_neighbours_swapped_are_one_clarifying_move() -> None:
    new = [*BASE[:2], ("2. Tax Consequences", [BASE[2][1][0], TAXED, CONSULT, WITHHOLD])]
    items = draft(new)
    assert [i.kind for i in items] == [ItemKind.MOVE_PARAGRAPH]
    assert items[0].materiality is Materiality.CLARIFYING
    assert "moved" in filing_text(items[0], "(a)(1)")


def test_a_short_paragraph_moved_over_two_neighbours_is_a_move() -> None:
    new = [*BASE[:2], ("2. Tax Consequences", [BASE[2][1][0], CONSULT, TAXED, WITHHOLD])]
    assert [i.kind for i in draft(new)] == [ItemKind.MOVE_PARAGRAPH]


def test_a_short_paragraph_taken_to_another_section_is_taken_out_and_put_in() -> None:
    new = [
        ("", BASE[0][1]),
        ("1. Eligibility", [*BASE[1][1], CONSULT]),
        ("2. Tax Consequences", [BASE[2][1][0], TAXED, WITHHOLD]),
    ]
    kinds = sorted(i.kind.value for i in draft(new))
    assert kinds == ["delete_paragraph", "insert_paragraph"]


def test_a_short_line_moved_across_a_table_goes_with_the_table() -> None:
    """The note under a table put above it: no move past the table's rows (the table is
    restated with the rows it changes)."""
    rows = ["Fiscal 2001\t$31.25\t$22.10", "Fiscal 2000\t$45.00\t$30.00"]
    note = "(a) As reported by Nasdaq."
    original: Spec = [*BASE[:2], ("2. Tax Consequences", [TAXED, *rows, note])]
    revised: Spec = [*BASE[:2], ("2. Tax Consequences", [TAXED, note, *rows])]
    assert ItemKind.MOVE_PARAGRAPH not in [i.kind for i in draft(revised, original)]
