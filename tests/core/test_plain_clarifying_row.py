"""A row of past market prices brought up to date is a clarifying change: its notice
paragraph says what it did with no placeholder for counsel (a placeholder blocks export),
although the table's "High" and "Low" say no more of what they measure than their names."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.materiality import Materiality
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing


def _offer(row: str) -> Spec:
    return [
        ("", ["Kerrow Corp. offers to buy up to 4,000,000 Shares at $25.00 per Share."]),
        (
            "7. Price Range of Shares",
            [
                "The high and low sales prices of the Shares were:",
                "\tSales Price\t",
                "Period\tHigh\tLow",
                "2026\t\t",
                "First Quarter\t$21.50\t$19.75",
                row,
            ],
        ),
    ]


def test_a_price_row_brought_up_to_date_has_no_placeholder(example_filing_toml: Path) -> None:
    amendment = draft_amendment(
        doc(_offer("Second Quarter (through April 14, 2026)\t$23.00\t$22.60")),
        doc(_offer("Second Quarter (through May 12, 2026)\t$24.90\t$22.60")),
        plain_filing(example_filing_toml),
    )
    [item] = amendment.change_items
    assert item.materiality is Materiality.CLARIFYING
    said = " ".join(p.text for p in plain_paragraphs(amendment) if 0 in p.items)
    assert "$24.90" in said and "[" not in said, said
