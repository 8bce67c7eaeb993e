"""A band of a table left behind by a lowered amount: an offer that lowers its threshold from
$20.00 to $17.50 but keeps a ratio table whose first band is "$20.00 - $29.99" gives options
priced from $17.50 up to $20.00 no ratio at all. The stale-term check says so, rather than
only "change it there too"."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from amendtool.core.stale_terms import ChangedTerm


def band_left_behind(row: str, term: ChangedTerm) -> str | None:
    """A table row's first cell when it is a band that starts at the old amount
    ("$20.00 - $29.99") and the amount was lowered: the band no longer meets the threshold."""
    if term.kind != "money" or "\t" not in row:
        return None
    first = row.split("\t", 1)[0].strip()
    starts = re.match(rf"{re.escape(term.old_text)}\s*(?:-|–|—|to|through)\s*\$?\d", first)
    old, new = (_amount(t) for t in (term.old_text, term.new_text))
    lowered = old is not None and new is not None and new < old
    return first if starts and lowered else None


def _amount(printed: str) -> Decimal | None:
    try:
        return Decimal(re.sub(r"[^\d.]", "", printed))
    except ArithmeticError:
        return None
