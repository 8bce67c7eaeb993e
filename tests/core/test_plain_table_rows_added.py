"""A table restated with a row added and figures changed in the rows kept: the notice says
each figure and the row added, and says "We also changed other words here." only where
words the facts do not tell changed in a row kept; the offer's defined terms ("New RSUs")
keep their capitals in what the notice says of a column."""

from __future__ import annotations

import re
from pathlib import Path

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

HEAD = "Exercise price range\tEligible Options outstanding\tMaximum New RSUs"
OLD_ROWS = ["$15.00 to $19.99\t1,200,000\t600,000", "$20.00 and above\t800,000\t400,000"]
NEW_ROWS = [
    "$12.00 to $14.99\t900,000\t300,000",
    "$15.00 to $19.99\t1,200,000\t400,000",
    "$20.00 and above\t800,000\t266,666",
]


def _table(example_filing_toml: Path, new_rows: list[str]) -> Amendment:
    filing = plain_filing(
        example_filing_toml, consideration="New RSUs", tendered="Eligible Options"
    )

    def offer(rows: list[str]) -> Spec:
        return [
            ("", ["Kestrel is offering to exchange Eligible Options for New RSUs."]),
            ("5. Source and Amount of Consideration", ["The table below sets out:", HEAD, *rows]),
        ]

    return draft_amendment(doc(offer(OLD_ROWS)), doc(offer(new_rows)), filing)


def _said(amendment: Amendment) -> str:
    [paragraph] = [p for p in plain_paragraphs(amendment) if "266,666" in p.text]
    return " ".join(paragraph.text.split())


def test_no_other_words_are_said_to_change_where_none_did(example_filing_toml: Path) -> None:
    said = _said(_table(example_filing_toml, NEW_ROWS))
    assert "$12.00 to $14.99" in said  # the row added is said
    assert "other words" not in said


def test_other_words_changed_in_a_row_kept_are_still_said(example_filing_toml: Path) -> None:
    rows = [*NEW_ROWS[:2], "$20.00 and above\tabout 800,000\t266,666"]
    assert "other words" in _said(_table(example_filing_toml, rows))


def test_a_defined_term_keeps_its_capitals(example_filing_toml: Path) -> None:
    said = _said(_table(example_filing_toml, NEW_ROWS))
    assert re.findall(r"\bnew RSUs\b", said, re.I) and not re.search(r"\bnew RSUs\b", said)
