"""Rows added or taken out are named as the table names them: a row put in just under the
column headings is cited before the table's first row (a heading is no row), and the
notice says which row came or went."""

from __future__ import annotations

from amendtool.core.items import ItemKind
from amendtool.core.plain_summary import summarise
from amendtool.core.wording import filing_text, house_wording
from tests.core.test_table_rows import ROWS, draft

ADDED = "January 5, 2007\t$22.00\t100,000"


def test_a_row_put_in_under_the_headings_is_cited_before_the_first_row() -> None:
    items = draft([ROWS[0], ADDED, *ROWS[1:]])
    assert [i.kind for i in items] == [ItemKind.INSERT_ROW]
    text = filing_text(items[0], "(a)(1)")
    assert "Grant date" not in text, text  # a column heading, not a row
    assert 'before the row entitled "March 1, 2007"' in text, text


def test_the_notice_names_the_row_added_or_taken_out() -> None:
    wording = house_wording()
    [added] = draft([*ROWS[:3], ADDED, ROWS[3]])
    assert '"January 5, 2007"' in summarise(added, wording).text
    [removed] = draft([ROWS[0], ROWS[1], ROWS[3]])
    assert '"August 15, 2007"' in summarise(removed, wording).text
