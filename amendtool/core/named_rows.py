"""A table's row as counsel names it in a sentence of the notice (row_names.py: as drafting
cites it). A holders' table prints "Haddad, Omar"; counsel writes "Omar Haddad", "Omar
Haddad's" or, where no other holder has the name, "Haddad". Read by the printed caption
alone, a paragraph giving Omar Haddad another holder's change named no row, was read
against every row, and passed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from amendtool.core.fact_patterns import _MONTH
from amendtool.core.items import AmendmentItem
from amendtool.core.materiality_tables import heading_lines
from amendtool.core.model import CELL_BREAK, is_year, row_caption
from amendtool.core.pattern_store import compiled

_SURNAME_FIRST = compiled(r"([^,]+),\s*([^,]+)")


def _person(caption: str) -> tuple[str, str] | None:
    """(surname, given names) of a caption printed "Surname, Given Names", each word
    capitalised as a name is; None for any other caption ("Tier 2", "Directors, officers")."""
    found = _SURNAME_FIRST.fullmatch(caption)
    if not found:
        return None
    last, first = found.group(1).strip(), found.group(2).strip()
    words = [*last.split(), *first.split()]
    if len(words) > 5 or not all(w[:1].isupper() for w in words):
        return None
    return last, first


def _forms(caption: str, surnames: Counter[str]) -> list[tuple[str, int]]:
    """The ways a sentence names the row, each with its regular-expression flags: a person's
    surname alone only capitalised ("Park", not "park") and only when no other row has it."""
    name = " ".join(caption.split())
    forms: list[tuple[str, int]] = [(name, int(re.I))]
    person = _person(name)
    if person is not None:
        last, first = person
        forms.append((f"{first} {last}", int(re.I)))
        if surnames[last] == 1 and len(last) > 2:
            forms.append((last, 0))
    return forms


def rows_named(words: str, captions: Sequence[str]) -> list[str]:
    """The captions (of `captions`, in their order) of the rows `words` names."""
    text = " ".join(words.split())
    people = [_person(" ".join(c.split())) for c in captions]
    surnames = Counter(p[0] for p in dict.fromkeys(p for p in people if p))
    out = []
    for caption in dict.fromkeys(c for c in captions if c.strip()):
        for form, flags in _forms(caption, surnames):
            found = re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text, flags)
            if any(not (is_year(form) and _DATED.search(text[: m.start()])) for m in found):
                out.append(caption)
                break
    return out


# a year in a date ("May 29, 2024", "December 2024") is no row's name
_DATED = compiled(rf"(?:\d,?|\b{_MONTH})\s*$")


def table_captions(item: AmendmentItem, offer: Sequence[str] = ()) -> list[str]:
    """The caption of each row of the item's table, before and after (a row the change
    leaves alone or only moves is a row counsel may name too), and of the rows around the
    item's in the revised offer's table (`offer`: its paragraphs' texts), which an item
    restating two rows of a price table leaves out ("2024" beside the rows "2025", "2026")."""
    lines = set(heading_lines(item))
    out: list[str] = []
    for text in (item.old_text or "", item.new_text or "", *_around(item, offer)):
        for row in text.split("\n"):
            caption = row_caption(row) if row.strip() and row not in lines else None
            if caption:
                out.append(caption)
    return list(dict.fromkeys(out))


def _around(item: AmendmentItem, offer: Sequence[str]) -> list[str]:
    """The rows of the offer's table that holds the item's first new row."""
    first = next((r for r in (item.new_text or "").split("\n") if CELL_BREAK in r), None)
    if first is None or first not in offer:
        return []
    at = list(offer).index(first)
    start, end = at, at
    while start > 0 and CELL_BREAK in offer[start - 1]:
        start -= 1
    while end < len(offer) and CELL_BREAK in offer[end]:
        end += 1
    return list(offer[start:end])


def new_row(item: AmendmentItem, caption: str, offer: Sequence[str] = ()) -> str | None:
    """The row of the revised table the caption names (None for a row taken out): the
    item's own, or a row of its table in `offer` the change leaves alone."""
    lines = set(heading_lines(item))
    for row in [*(item.new_text or "").split("\n"), *_around(item, offer)]:
        if row.strip() and row not in lines and row_caption(row) == caption:
            return row
    return None
