"""A row of the table of the shares' past market prices: a later quarter added, or a row's
figures restated. It updates Item 2 information (the market for the securities) and is no
term of the offer, so it is proposed as the wording file's [price_rows] says (clarifying),
not as a change of financial information with its five business days. Only a row of a table
printed under a section on market prices ([market_notes] sections), whose cells after its
caption are prices and nothing else, is read so: a table of the offer's own prices is not."""

from __future__ import annotations

import re
from functools import cache

from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.materiality_clarifying import Proposal
from amendtool.core.materiality_rules import Words, house_table
from amendtool.core.pattern_store import compiled

# a cell of a price-history row: a price, or a dash or "N/A" where none was reported
_PRICE_CELL = compiled(r"\$\s?\d[\d,]*(?:\.\d+)?|[-—–]+|n/?a", re.IGNORECASE)


@cache
def _price_rows() -> tuple[Words, Materiality, str, str] | None:
    notes, rows = house_table("market_notes"), house_table("price_rows")
    if not notes or not rows:
        return None
    return (
        Words(notes["sections"]),
        Materiality(rows["class"]),
        str(rows["added"]),
        str(rows["restated"]),
    )


def price_history_row(item: AmendmentItem) -> Proposal | None:
    """The proposal for a row added to, or restated in, the table of past market prices;
    None for any other item."""
    known = _price_rows()
    if known is None or item.kind not in (ItemKind.INSERT_ROW, ItemKind.REPLACE_ROW):
        return None
    sections, materiality, added, restated = known
    if not sections.search(item.locator.section_name):
        return None
    new = [r for r in item.new_paragraphs or item.new_text.split("\n") if r.strip()]
    old = (
        [r for r in item.old_text.split("\n") if r.strip()]
        if item.kind is ItemKind.REPLACE_ROW
        else []
    )
    if not new or not all(_priced_row(r) for r in new + old):
        return None
    captions = ", ".join(f"“{r.split(chr(9))[0].strip()}”" for r in new)
    if item.kind is ItemKind.INSERT_ROW:
        return Proposal(materiality, added.format(rows=captions))
    pairs = "; ".join(
        f"{a} → {b}"
        for before, after in zip(old, new, strict=False)
        for a, b in zip(before.split("\t")[1:], after.split("\t")[1:], strict=False)
        if a.strip() != b.strip()
    )
    return Proposal(materiality, restated.format(rows=captions, figures=pairs))


def _priced_row(row: str) -> bool:
    """A caption, then prices only (at least one)."""
    cells = [c.strip() for c in row.split("\t")]
    figures = [c for c in cells[1:] if c]
    return bool(cells[0]) and bool(figures) and all(_PRICE_CELL.fullmatch(c) for c in figures)
