"""A row an item restates is quoted whole in the EDGAR .txt (the filing and the notice): when
a cell wraps, the quotation still closes after everything the row says, never after the last
figure with the rest of a wrapped label under it; the figures stand on the row's last line,
beside the end of its label, so a reader sees one row; and a label that fits in the room the
figures leave is not wrapped at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.filing_document import quoted_rows
from amendtool.core.layout import Block, Role
from amendtool.io.edgar_ascii import edgar_texts
from amendtool.io.edgar_writer import blocks_to_ascii
from tests.support.html_offer import drafted, offer

LONG = "Second Quarter (through May 8, 2026), as reported on the New York Stock Exchange"


def _set(rows: list[tuple[str, ...]], heads: tuple[str, ...] | None = None) -> list[str]:
    """The quoted rows' lines as the .txt prints them, blank lines left out."""
    header = [Block(Role.TABLE_HEADER, cells=heads, quoted=True)] if heads else []
    quoted = quoted_rows([Block(Role.TABLE_ROW, cells=r) for r in rows])
    text = blocks_to_ascii([*header, *quoted])
    return [line for line in text.splitlines() if line.strip() and line != "<PAGE>"]


def _closes_last(lines: list[str]) -> None:
    """The closing mark is the last thing the quotation prints, and there is only one."""
    body = "\n".join(lines)
    assert body.rstrip().endswith('"'), body
    assert body.count('"') == 2, body


@pytest.mark.parametrize(
    "rows",
    [
        [(LONG, "$24.15", "$22.95")],  # the label wraps, figures after it
        [("First Quarter 2026", "$23.80", "$22.10"), (LONG, "$24.15", "$22.95")],
        [(LONG, "$24.15", "")],  # the last column empty: the mark closes the figure
        # words in the last column, shorter than the label
        [(LONG, "$25.25 per Preferred Share")],
        # a long text in the middle column, a figure last
        [("Purchase Price", f"{LONG} and more words of the middle cell", "$1,055")],
    ],
)
def test_a_wrapped_row_is_quoted_whole(rows: list[tuple[str, ...]]) -> None:
    lines = _set(rows, ("Period", "High", "Low")[: len(rows[0])])
    assert any(len(line.strip().split("   ")) == 1 for line in lines[2:]), "the case must wrap"
    _closes_last(lines)


def test_figures_stand_beside_the_end_of_the_wrapped_label() -> None:
    lines = _set([(LONG, "$24.15", "$22.95")], ("Period", "High", "Low"))
    row = lines[2:]
    assert len(row) > 1
    last = row[-1]
    assert "$24.15" in last and '$22.95"' in last
    assert "Exchange" in last  # the label's last words, on the figures' line
    assert not any("$" in line for line in row[:-1])
    # the label's lines all start in its column; nothing else is set under the figures
    assert {len(line) - len(line.lstrip()) for line in row} == {18}


def test_a_label_that_fits_beside_the_figures_is_not_wrapped() -> None:
    lines = _set(
        [("Second Quarter (through May 8, 2026)", "$24.15", "$22.95")], ("Period", "High", "Low")
    )
    assert len(lines) == 3
    assert lines[2].split() == [
        '"Second',
        "Quarter",
        "(through",
        "May",
        "8,",
        "2026)",
        "$24.15",
        '$22.95"',
    ]


ROWS = (
    '<table border="1"><caption>Quarterly Sales Prices</caption>'
    "<tr><th>Period</th><th>High</th><th>Low</th></tr>"
    "<tr><td>First Quarter 2026</td><td>$23.80</td><td>$22.10</td></tr>"
    "<tr><td>{label}</td><td>{high}</td><td>$22.95</td></tr></table>"
)


def test_both_text_documents_quote_the_wrapped_row_whole(tmp_path: Path) -> None:
    def section(high: str) -> str:
        table = ROWS.format(label=LONG, high=high)
        return f"<p>The table below gives the high and low sales prices.</p>{table}"

    amendment = drafted(tmp_path, offer(section("$24.05")), offer(section("$24.15")))
    texts = edgar_texts(amendment)
    assert len(texts) == 2
    for text in texts:
        assert isinstance(text, str)
        lines = text.splitlines()
        start = next(n for n, line in enumerate(lines) if line.startswith(" " * 18 + '"Second'))
        end = next(n for n, line in enumerate(lines) if n >= start and not line.strip())
        row = lines[start:end]
        assert row[-1].rstrip().endswith('$22.95"'), "\n".join(row)
        assert "Exchange" in row[-1] and "$24.15" in row[-1]
