"""A row an earlier amendment put in a table of the offer as filed is cited by its caption
as the row that amendment inserted, in the table as the offer prints it: the table is no
table that amendment inserted. It is still cited so after a later amendment restates it."""

from __future__ import annotations

from tests.core.test_series_citing import EXHIBIT, last_instructions

SECTION = "3. Price Range of Shares"
HEAD = "The table below sets forth the high and low sales prices."
Q1 = "2025 First Quarter\t$20.00\t$18.00"
Q2 = "2025 Second Quarter\t$21.00\t$19.00"
Q3 = "2025 Third Quarter\t$22.00\t$20.00"
Q3_AGAIN = "2025 Third Quarter\t$22.50\t$20.00"
Q3_THIRD = "2025 Third Quarter\t$22.50\t$20.25"
Q4 = "2026 First Quarter\t$23.00\t$21.00"
TAIL = "We have not paid dividends on the shares."


def offer(*rows: str) -> list[tuple[str, list[str]]]:
    return [("", ["Offer to Purchase."]), (SECTION, [HEAD, *rows, TAIL])]


ROW = '"2025 Third Quarter" inserted by Amendment No. 1 in the table in "Section 3. Price'


def test_a_row_an_earlier_amendment_put_in_a_filed_table_is_cited_as_inserted_by_it() -> None:
    (text,) = last_instructions(
        offer(Q1, Q2, Q4), offer(Q1, Q2, Q3, Q4), offer(Q1, Q2, Q3_AGAIN, Q4)
    )
    assert text.startswith(f'The row entitled {ROW} Range of Shares" on page'), text
    assert "table inserted by" not in text, text
    assert "as amended by" not in text, text
    assert EXHIBIT in text


def test_a_row_inserted_then_restated_is_cited_as_inserted_and_as_amended() -> None:
    (text,) = last_instructions(
        offer(Q1, Q2, Q4),
        offer(Q1, Q2, Q3, Q4),
        offer(Q1, Q2, Q3_AGAIN, Q4),
        offer(Q1, Q2, Q3_THIRD, Q4),
    )
    assert text.startswith(f'The row entitled {ROW} Range of Shares" on page'), text
    assert ", as amended by Amendment No. 2," in text, text
    assert "Amendment No. 1," not in text, text
