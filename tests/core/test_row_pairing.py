"""Which row of a restated table is which: by its words, else by its name, and by its place
only where no row's name says otherwise."""

from __future__ import annotations

import pytest

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locator import Locator
from amendtool.core.materiality_tables import changed_rows
from amendtool.core.row_pairing import row_steps, same_rows

HEADER = "Exercise price\tOptions\tMaximum RSUs"
A, B, C = "$15.00 to $19.99\t1,200\t600", "$20.00 to $29.99\t800\t400", "$30.00 or more\t500\t250"


def less(row: str) -> str:
    return row.replace("00\t", "50\t")  # a figure changed, the row's name kept


@pytest.mark.parametrize(
    ("new", "pairs"),
    [
        # rows put in at the top, in the middle, at the bottom: the rest keep their names
        ([HEADER, "$12.00 to $14.99\t900\t300", less(A), less(B), less(C)], [2, 3, 4]),
        ([HEADER, less(A), "$25.00 to $29.99\t300\t100", less(B), less(C)], [1, 3, 4]),
        ([HEADER, less(A), less(B), less(C), "$40.00 or more\t90\t10"], [1, 2, 3]),
        # rows taken out
        ([HEADER, less(B), less(C)], [None, 1, 2]),
        ([HEADER, less(A), less(C)], [1, None, 2]),
        # a row changed and moved: taken out where it was, put in where it goes
        ([HEADER, less(C), less(A), less(B)], [2, 3, None]),
    ],
)
def test_rows_are_paired_by_their_names(new: list[str], pairs: list[int | None]) -> None:
    found = dict(same_rows([HEADER, A, B, C], new))
    assert found.get(0) == 0
    assert [found.get(i) for i in (1, 2, 3)] == pairs


def test_rows_renamed_where_they_stand_are_paired_by_their_place() -> None:
    new = [HEADER, "$15.00 to $24.99\t1,200\t600", "$25.00 to $34.99\t800\t400", C]
    assert same_rows([HEADER, A, B, C], new) == [(0, 0), (1, 1), (2, 2), (3, 3)]


def test_rows_renamed_among_rows_put_in_are_not_paired_by_place() -> None:
    """Two bands become three new ones: which old band each new one is, no name says."""
    new = [HEADER, "$15.00 to $17.99\t1\t1", "$18.00 to $24.99\t2\t2", "$25.00 or more\t3\t3"]
    steps = row_steps([HEADER, A, B], new)
    assert steps == [(0, 0), (1, None), (2, None), (None, 1), (None, 2), (None, 3)]


def test_headings_without_a_name_are_paired_by_their_place() -> None:
    old = ["\tHigh\tLow", "First Quarter\t$1.00\t$0.50"]
    new = ["\tHigh (unaudited)\tLow", "First Quarter\t$1.10\t$0.50"]
    assert same_rows(old, new) == [(0, 0), (1, 1)]


def test_rows_of_one_name_are_no_rows_of_that_name() -> None:
    """A name two rows bear tells neither row apart."""
    old = ["Total\t1\t2", "Total\t3\t4"]
    new = ["Total\t1\t5", "Subtotal\t0\t0", "Total\t3\t6"]
    assert same_rows(old, new) == []


def test_the_rows_a_table_item_changes_are_read_by_their_names() -> None:
    """A band put in at the top and the last taken out, the table as long as it was: the
    bands between are unchanged, not each rewritten into the band above it."""
    new = [HEADER, "$12.00 to $14.99\t900\t300", A, B]
    item = AmendmentItem(
        ItemKind.REPLACE_TABLE,
        Locator(section_id="s5", section_name="Section 5. Consideration"),
        old_text="\n".join([HEADER, A, B, C]),
        new_text="\n".join(new),
    )
    assert sorted(changed_rows(item)) == [
        ("$12.00 to $14.99", "", new[1]),
        ("$30.00 or more", C, ""),
    ]
