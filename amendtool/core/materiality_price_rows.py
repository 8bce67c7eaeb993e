"""Rows of the table of the shares' past market prices: a later quarter added, a row's
figures restated, the oldest quarter taken out, or the table restated with several of
these. It updates Item 2 information (the market for the securities) and is no term of the
offer, so it is proposed as the wording file's [price_rows] says (clarifying), not as a
change of financial information with its five business days. Only rows of a table printed
under a section on market prices ([market_notes] sections), whose cells after their caption
are prices and nothing else, are read so: a table of the offer's own prices is not. Each
row is read beside the row it still is (`changed_rows`): a quarter put in at the top of a
table restated whole restates none of the quarters below it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.materiality_clarifying import Proposal
from amendtool.core.materiality_rules import Words, house_table
from amendtool.core.materiality_tables import changed_rows
from amendtool.core.pattern_store import compiled

# a cell of a price-history row: a price, or a dash or "N/A" where none was reported
_PRICE_CELL = compiled(r"\$\s?\d[\d,]*(?:\.\d+)?|[-—–]+|n/?a", re.IGNORECASE)
_KINDS = (ItemKind.INSERT_ROW, ItemKind.REPLACE_ROW, ItemKind.DELETE_ROW, ItemKind.REPLACE_TABLE)


@dataclass(frozen=True)
class _Wording:
    """The wording file's [price_rows]: the class, and a reason for each way a table of
    past prices changes (`updated` for more than one, from its `*_part`s)."""

    sections: Words
    materiality: Materiality
    reasons: dict[str, str]


@cache
def _price_rows() -> _Wording | None:
    notes, rows = house_table("market_notes"), house_table("price_rows")
    if not notes or not rows:
        return None
    reasons = {k: str(v) for k, v in rows.items() if k != "class"}
    return _Wording(Words(notes["sections"]), Materiality(rows["class"]), reasons)


def price_history_row(item: AmendmentItem) -> Proposal | None:
    """The proposal for rows added to, restated in or taken out of the table of past
    market prices, each read beside the row it still is (a quarter put in at the top is
    no restatement of the quarters below it); None for any other item."""
    known = _price_rows()
    if known is None or item.kind not in _KINDS:
        return None
    if not known.sections.search(item.locator.section_name):
        return None
    rows = changed_rows(item)
    if not rows or not all(_priced_row(r) for _, old, new in rows for r in (old, new) if r):
        return None
    said = {
        way: ", ".join(f"“{caption}”" for caption, old, new in rows if _way(old, new) == way)
        for way in ("added", "restated", "taken_out")
    }
    figures = "; ".join(
        f"{a} → {b}"
        for _, before, after in rows
        if before and after
        for a, b in zip(before.split("\t")[1:], after.split("\t")[1:], strict=False)
        if a.strip() != b.strip()
    )
    ways = [way for way, captions in said.items() if captions]
    words = known.reasons
    if len(ways) == 1:
        return Proposal(
            known.materiality, words[ways[0]].format(rows=said[ways[0]], figures=figures)
        )
    changes = "; ".join(
        words[f"{way}_part"].format(rows=said[way], figures=figures) for way in ways
    )
    return Proposal(known.materiality, words["updated"].format(changes=changes))


def _way(old: str, new: str) -> str:
    return "added" if not old else "taken_out" if not new else "restated"


def _priced_row(row: str) -> bool:
    """A caption, then prices only (at least one)."""
    cells = [c.strip() for c in row.split("\t")]
    figures = [c for c in cells[1:] if c]
    return bool(cells[0]) and bool(figures) and all(_PRICE_CELL.fullmatch(c) for c in figures)
