"""A unit spelled out beside a price that is one per unit by nature ("an exercise price of
$18.50 or more" → "… $18.50 or more per share"): the same price, so clarifying. Beside an
amount paid it is no such thing ($2,400,000 and $2,400,000 per share differ), so only a
sentence that names such a price counts. The units and the prices are the firm's
(rules.toml [clarifying] `per_unit`, `per_unit_prices`)."""

from __future__ import annotations

import re
from functools import cache

from amendtool.core.changes import Change
from amendtool.core.materiality_rules import house_table
from amendtool.core.rule_words import Words
from amendtool.core.typography import fold_typography

# a figure, then its bounds ("or more", "or less"), then the unit put in
_AFTER_FIGURE = r"\$\s?[\d,]+(?:\.\d+)?(?:\s+or\s+(?:more|less|greater|higher|lower))?\s+"


@cache
def _lists() -> tuple[Words, Words]:
    table = house_table("clarifying") or {}
    return Words(table.get("per_unit", [])), Words(table.get("per_unit_prices", []))


def unit_spelled_out(change: Change) -> str | None:
    """The unit put in ("per share"), when it is all the change puts in, nothing is taken
    out, it follows a price in the new text and the sentence names a price per unit."""
    units, prices = _lists()
    if change.facts or change.removed_words or not change.added_words or units.pattern is None:
        return None
    old, new = fold_typography(change.old), fold_typography(change.new)
    unit = units.search(new)
    if unit is None:
        return None
    beside = re.search(_AFTER_FIGURE + re.escape(unit), new, re.IGNORECASE)
    if beside is None or not prices.search(new):
        return None
    without = new[: beside.end() - len(unit)].rstrip() + new[beside.end() :]
    if " ".join(without.split()) != " ".join(old.split()):
        return None
    return unit
