"""What counsel's paragraph says one row of a restated table now holds, named alone ("Aiko
Fujimoto now holds 20,000", "We added Quinn Hartley, who holds 9,000"), read against that
row of the revised table; and the words and numbers the readers of a paragraph's figure
pairs share (plain_row_pairs.py): "He held …" after "now", a stop after a row's initial.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from amendtool.core.facts import extract_placed
from amendtool.core.items import AmendmentItem
from amendtool.core.model import row_cells
from amendtool.core.named_rows import new_row, rows_named, table_captions
from amendtool.core.plain_row_changes import is_table_item
from amendtool.core.segment import sentences

# what a row named alone holds: "now holds 20,000", "who holds 9,000" (a row put in)
_NOW_HOLDS = re.compile(r"\b(?:now|holds)\b", re.I)
# the sentence after "now" that gives the old figures: "It was 1,000.", "He held 8,100 (0.7%)."
WAS = re.compile(r"^\W*(?:it|they|he|she)\s+(?:was|were|held)\b", re.I)
_FROM_WORD = re.compile(r"\bfrom\b", re.I)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# "… in Tier A. It was …": a stop after a row's letter the sentence reader reads as an initial
IT_WAS = re.compile(r"(?<=[.;])\s+(?=(?:It|They|He|She)\s+(?:was|were|held)\b)")
NUMERIC = frozenset({"money", "percent", "ratio", "count", "number"})


def figures_held(
    text: str, item: AmendmentItem | None, offer: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """(figure as printed, what is wrong: "" for nothing) of each figure a sentence naming
    one row of the table alone says the row now holds ("Aiko Fujimoto now holds 20,000",
    "We added Quinn Hartley, who holds 9,000"), read against that row of the revised
    table (`offer`: the revised offer's paragraphs, whose rows of the table the change
    leaves alone are rows a holder named holds too); a sentence that pairs an old figure
    with it is read as a pair instead."""
    if item is None or not is_table_item(item):
        return []
    captions = table_captions(item, offer)
    said = [part for s in sentences(text) for part in IT_WAS.split(s)]
    out = []
    for n, sentence in enumerate(said):
        now = _NOW_HOLDS.search(sentence)
        following = said[n + 1] if n + 1 < len(said) else ""
        names = rows_named(sentence, captions)
        if not now or len(names) != 1 or WAS.search(following) or _FROM_WORD.search(sentence):
            continue
        _, placed = extract_placed(sentence)
        after = [f for span, f in placed if span[0] >= now.end() and f.kind in NUMERIC]
        row = new_row(item, names[0], offer)
        if not after or row is None:
            continue
        figure = after[0]
        cells = [" ".join(c.split()) for c in row_cells(row)]
        _, held = extract_placed("\t".join(cells[cells.index(names[0]) + 1 :]))
        values = [f for _, f in held if f.kind in NUMERIC]
        if last_number(figure.text) in {last_number(f.text) for f in values}:
            out.append((figure.text, ""))
        elif values:
            printed = " and ".join(dict.fromkeys(f.text for f in values))
            out.append(
                (
                    figure.text,
                    f"states {figure.text} for the row \u201c{names[0]}\u201d, which the "
                    f"revised table prints as {printed}",
                )
            )
    return out


def last_number(printed: str) -> Decimal | None:
    found = _NUMBER.findall(printed)
    return _number(found[-1]) if found else None


def _number(value: str) -> Decimal | None:
    found = _NUMBER.search(value)
    if not found:
        return None
    try:
        return Decimal(found.group(0).replace(",", "")).normalize()
    except InvalidOperation:
        return None
