"""A table's row of column headings ("", "HIGH", "LOW"): words or years over the columns,
told apart from a term sheet's first row, a term with its day and a party with its name, so
that a row restated alone is quoted under the headings that say what its figures are."""

from __future__ import annotations

import re

from amendtool.core.model import row_cells

# a figure a row of column headings never holds: an amount, a percentage, a decimal
_AMOUNT = re.compile(r"[$€£%]|\d\.\d")
# a column's name is never a sentence: words ending in a full stop
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){2,}[.!?]$")


_DATE_ALONE = re.compile(  # a day as a term sheet prints it, and nothing else
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
    r"\s+\d{1,2},?\s+\d{4}\.?",
    re.IGNORECASE,
)


_ENTITY_NAME = re.compile(  # a company's name as a value, never a column's name
    r"\b(?:Inc|Corp|Co|Ltd|L\.P|LLC|N\.A|plc)\.?$|\b(?:Corporation|Company|Trust|Bank|"
    r"Partners|Holdings|Incorporated|Limited)$"
)


def is_heading_row(row: str) -> bool:
    """A row of column headings: words or years over the columns ("", "HIGH", "LOW"; "",
    "2023", "2022"), no amount among them."""
    cells = row_cells(row)
    heads = [c.strip() for c in cells[1:] if c.strip()]
    if any(_SENTENCE.search(c.strip()) for c in cells):
        return False  # a term sheet's first row ("Securities Sought" | "Up to … Shares.")
    if cells[0].strip() and heads and all(_DATE_ALONE.fullmatch(c) for c in heads):
        return False  # a term with its day ("Record date" | "February 1, 2023")
    if cells[0].strip() and any(_ENTITY_NAME.search(c) for c in heads):
        return False  # a party with its name ("Offeror" | "Hollis Bay Marine Corporation")
    return len(cells) > 1 and bool(heads) and not any(_AMOUNT.search(c) for c in cells)
