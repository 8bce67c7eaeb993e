"""The tables an item changes, read as counsel reads them: which rows changed (each paired
with the row that is still that row), a caption merged down the column carried to
each row, the column headings that say what the figures are, and whether a changed cell
sits under the price the offer pays (materiality.py weighs each row by these)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from amendtool.core.items import TABLE_KINDS, AmendmentItem, ItemKind
from amendtool.core.materiality_clarifying import K, M, Proposal, lower_first
from amendtool.core.materiality_rules import Rules
from amendtool.core.model import row_cells
from amendtool.core.numbered_rows import numbers_rows, without_numbers
from amendtool.core.ratio_headings import RowRatio, column_ratio_reason, row_ratio
from amendtool.core.row_pairing import row_steps
from amendtool.core.table_headings import column_title, heading_rows, without_unit
from amendtool.core.text_cache import bounded_cache
from amendtool.core.typography import fold_typography

# one row of a table, read as a paragraph, with the table's headings and whether it is priced
RowProposer = Callable[[AmendmentItem, Rules, str, bool], Proposal]


def section_words(item: AmendmentItem) -> str:
    return re.sub(r"^Section\s+\d+[A-Z]?\.\s*", "", item.locator.section_name)


def own_title(item: AmendmentItem) -> str:
    """The title the offer prints for the item's section, without its number ("Acceptance
    of Rights"): counsel and holders look for the part by that title, not by a subject."""
    title = re.sub(r"^(?:Section\s+)?\d+[A-Z]?\.\s*", "", item.locator.section_name.strip())
    return title.strip()


def changed_rows(item: AmendmentItem) -> list[tuple[str, str, str]]:
    """A table's changed rows as (caption, old row, new row): each row paired with the row
    that is still that row (`row_steps`: by its words, else its name, by place only where
    no name says otherwise), a row taken out or put in with "" (a row put in at the top
    is no change to the rows below it)."""
    if item.kind not in TABLE_KINDS:
        return []
    return list(_rows_changed(item.old_text, item.new_text))


@bounded_cache(256)
def _rows_changed(old_text: str, new_text: str) -> tuple[tuple[str, str, str], ...]:
    """Kept for the pair of texts: the proposal and each check of the figures an item
    changes (`row_facts`) read the same table's rows."""
    old = [r for r in old_text.split("\n") if r.strip()]
    new = [r for r in new_text.split("\n") if r.strip()]
    old, new = captions_carried(old), captions_carried(new)
    # rows numbered 1, 2, 3 … are told by what follows the number: a row put in renumbers
    # the rows below it, which is no change of theirs
    numbered = numbers_rows(old) and numbers_rows(new)
    named_old = without_numbers(old) if numbered else old
    named_new = without_numbers(new) if numbered else new
    out = []
    for i, j in row_steps(named_old, named_new):
        was, now = named_old[i] if i is not None else "", named_new[j] if j is not None else ""
        if fold_typography(was) != fold_typography(now):
            caption = (was or now).split("\t")[0].strip()
            out.append((caption, old[i] if i is not None else "", new[j] if j is not None else ""))
    return tuple(out)


def captions_carried(rows: list[str]) -> list[str]:
    """Rows whose first cell is empty under a caption merged down the column (a Word
    vertical merge, an HTML rowspan read as one cell): each carries the caption above."""
    out, above = [], ""
    for row in rows:
        cells = row.split("\t")
        if len(cells) > 1 and not cells[0].strip() and above:
            row = "\t".join([above, *cells[1:]])
        above = row.split("\t")[0].strip()
        out.append(row)
    return out


def priced_cells(item: AmendmentItem, old: str, new: str, rules: Rules) -> bool:
    """A changed cell of the row sits under a column whose heading names the price the
    offer pays ("Price", "Total Consideration"): its amount is a term of the offer."""
    if item.kind is ItemKind.REPLACE_ROW:
        heading = item.locator.row_headings or ""
    else:
        heading = next((r for r in item.old_text.split("\n") if r.strip()), "")
    lines = heading.split("\n")
    width = max(len(line.split("\t")) for line in lines)
    titles = [" ".join(filter(None, column_title(lines, n))) for n in range(width)]
    before, after = old.split("\t"), new.split("\t")
    changed = [
        n
        for n in range(max(len(before), len(after)))
        if fold_typography(before[n] if n < len(before) else "")
        != fold_typography(after[n] if n < len(after) else "")
    ]
    return any(n < len(titles) and rules.price_columns.search(titles[n]) for n in changed)


def placed_apart_from_terms(item: AmendmentItem, rules: Rules) -> bool:
    """The table is printed under a section whose tables state what others hold or were
    paid (past prices, what insiders hold) or under general disclosure: a column headed by a
    price there gives the price of something else (an officer's own options)."""
    subject = rules.subject_of(section_words(item))
    if subject is None:
        return False
    return subject.historical or subject.holdings or subject.kind == "disclosure"


def heading_row(item: AmendmentItem) -> str:
    """The table's column headings ("Vesting date | Portion of New RSUs vesting"): a first row
    that is the same before and after and states no amount or percentage, as words."""
    if item.kind not in TABLE_KINDS:
        return ""
    if item.kind is ItemKind.REPLACE_ROW:  # rows of a table: their table's first row
        old = new = (item.locator.row_headings or "").replace("\n", "\t")
    else:
        old = next((r for r in item.old_text.split("\n") if r.strip()), "")
        new = next((r for r in item.new_text.split("\n") if r.strip()), "")
    cells = [c.strip() for c in old.split("\t") if c.strip()]
    if not cells or fold_typography(old) != fold_typography(new):
        return ""
    if re.search(r"[$%]", without_unit(old)):  # a row of figures, not headings
        return ""
    if any(len(c.split()) > 8 for c in cells):
        return ""  # a row of prose (a tabular term sheet), not headings
    return " ".join(cells)


def _ratio_said(item: AmendmentItem, old: str, new: str) -> str | None:
    """The reason for a row whose changed figure stands under a heading that states a
    ratio ("Eligible Options Exchanged for One New RSU"): both ratios whole, which way."""
    if not old or not new:
        return None
    return column_ratio_reason(heading_lines(item), old, new)


def _by_column(item: AmendmentItem, old: str, new: str, chosen: Proposal, rules: Rules) -> Proposal:
    """A bare figure the reason can only call "a number" named by the column it stands in,
    as the table names it ("raises “Shares Held” from 1,500 to 7,777"), where the row changed
    that one cell and the reason states its own old and new figures. Under a column that
    counts a class of securities ("Maximum New RSUs") in the offer's terms, the figure is
    such a count, as "600,000 New RSUs" is in a sentence: a change in the consideration."""
    if not old or not new:
        return chosen
    before, after = row_cells(old), row_cells(new)
    cells = [n for n, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
    if len(cells) != 1 or len(before) != len(after) or cells[0] == 0:
        return chosen
    n = cells[0]
    title = " ".join(filter(None, column_title(heading_lines(item), n)))
    generic = f"a number from {before[n].strip()} to {after[n].strip()}"
    if not title or generic not in chosen.reason:
        return chosen
    reason = chosen.reason.replace(generic, f"“{title}”{generic.removeprefix('a number')}")
    unit = title.split()[-1].casefold()
    counted = unit in rules.units or f"{unit}s" in rules.units
    if chosen.materiality is M and counted and not placed_apart_from_terms(item, rules):
        return dataclasses.replace(chosen, materiality=K, reason=reason)
    return dataclasses.replace(chosen, reason=reason)


def _row_read(row: str) -> str:
    """A row read as a sentence of its own: its cells, then a stop, so that the words after
    its last figure are not the next row's or the headings read again ("1,000 Grant Date
    Holder Shares" would count "Shares" the offer seeks)."""
    text = " ".join(row.replace("\t", " ").split())
    return text if text.endswith((".", ":", ";", "?", "!")) else text + "."


def heading_lines(item: AmendmentItem) -> list[str]:
    """The rows of column headings over the item's table (a row's: its table's)."""
    if item.kind is ItemKind.REPLACE_ROW:
        lines = (item.locator.row_headings or "").split("\n")
    else:
        lines = [r for r in item.old_text.split("\n") if r.strip()]
        lines = lines[: heading_rows(lines)] or lines[:1]
    return [line for line in lines if line.strip()]


def row_ratios(item: AmendmentItem) -> list[tuple[str, RowRatio, str]]:
    """(row's caption, its changed ratio, the heading over the captions: "Exercise Price per
    Share") for each changed row of the table whose figure a ratio heading names."""
    lines = heading_lines(item)
    rows = [r for r in changed_rows(item) if r[1] and r[2] and r[1] not in lines]
    said = [(caption, row_ratio(lines, old, new)) for caption, old, new in rows]
    first = column_title(lines, 0)
    return [(caption, ratio, first[1] or first[0]) for caption, ratio in said if ratio]


def weightiest_row(
    item: AmendmentItem,
    rows: list[tuple[str, str, str]],
    rules: Rules,
    propose_row: RowProposer,
    headings: str = "",
) -> Proposal:
    """A table with several changed rows is classed by its weightiest row; each row is read
    under its own caption, as counsel reads a tabular summary term sheet, and under the
    table's column headings (which say what its figures are: "Portion of New RSUs vesting").
    `propose_row`: how one row, read as a paragraph, is proposed (materiality.py)."""
    proposals = []
    prefix = f"{headings}: " if headings else ""
    for caption, old, new in rows:
        row = AmendmentItem(
            ItemKind.REPLACE_PARAGRAPH,
            dataclasses.replace(item.locator, question=caption or None),
            old_text=prefix + _row_read(old) if old else "",
            new_text=prefix + _row_read(new) if new else "",
        )
        priced = bool(old and new) and priced_cells(item, old, new, rules)
        proposals.append((caption, propose_row(row, rules, headings, priced)))
    at = max(range(len(proposals)), key=lambda n: rules.days(proposals[n][1].materiality))
    caption, chosen = proposals[at]
    if chosen.materiality is K and (said := _ratio_said(item, *rows[at][1:])):
        chosen = dataclasses.replace(chosen, reason=said)  # "one New RSU for every 2.5 …"
    chosen = _by_column(item, *rows[at][1:], chosen, rules)
    said = re.sub(r"\b(adds|takes out) a paragraph\b", r"\1 a row", chosen.reason)
    chosen = dataclasses.replace(chosen, reason=said)  # read as a paragraph; it is a row
    loc = item.locator
    if item.kind is ItemKind.REPLACE_ROW and len(rows) == 1 and loc.row_group and loc.row_caption:
        caption = f"{loc.row_caption}” under “{loc.row_group}"  # as the filing cites the row
    reason = f"Row “{caption}”: {lower_first(chosen.reason)}" if caption else chosen.reason
    extension = next((p for _, p in proposals if p.expiration), None)
    if extension is not None and extension is not chosen:
        reason += f"; also {lower_first(extension.reason)}"
    return Proposal(chosen.materiality, reason, extension is not None, chosen.change)
