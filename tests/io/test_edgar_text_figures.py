"""Figures in the tables of the EDGAR .txt are right-aligned, as a filer's typesetter sets
them: the units under the units and the decimal points under each other, whatever the
width of each figure; the words of a table keep to the left."""

from __future__ import annotations

from amendtool.core.layout import Block, Role
from amendtool.io.edgar_writer import blocks_to_ascii

ROWS = [
    ("", "HIGH", "LOW"),
    ("FISCAL YEAR 2002", "", ""),
    ("First Quarter", "$124.50", "$15.10"),
    ("Second Quarter (1)", "17.35", "9.80"),
]


def _lines(rows: list[tuple[str, ...]], header: bool = False) -> list[str]:
    blocks = [
        Block(Role.TABLE_HEADER if header and n == 0 else Role.TABLE_ROW, cells=row)
        for n, row in enumerate(rows)
    ]
    text = blocks_to_ascii(blocks)
    return [line for line in text.splitlines() if line.strip() and line != "<PAGE>"]


def test_figures_end_in_one_column_in_each_column_of_figures() -> None:
    for header in (False, True):
        lines = _lines(ROWS, header)
        figures = [line for line in lines if "Quarter" in line]
        for figure in ("$124.50", "$15.10"):
            assert figure in figures[0]
        ends_high = {
            line.index(h) + len(h) for line, h in zip(figures, ("$124.50", "17.35"), strict=True)
        }
        ends_low = {
            line.index(lo) + len(lo) for line, lo in zip(figures, ("$15.10", "9.80"), strict=True)
        }
        assert len(ends_high) == 1 and len(ends_low) == 1
        # the heading over the figures ends where they end
        title = next(line for line in lines if "HIGH" in line)
        assert title.index("HIGH") + 4 in ends_high
        assert title.index("LOW") + 3 in ends_low


def test_words_stay_left_aligned() -> None:
    lines = _lines([("Grant date", "Exercise price"), ("May 1, 2001", "$12.00")])
    starts = {
        line.index(text) for line, text in zip(lines, ("Grant date", "May 1, 2001"), strict=True)
    }
    assert starts == {0}
    rows = [("Vesting", "Twelve quarterly installments"), ("Price", "$1,055")]
    lines = _lines(rows)
    assert {lines[0].index("Twelve"), lines[1].index("$1,055")} == {lines[0].index("Twelve")}
