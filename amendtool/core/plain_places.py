"""Where a change is, as the plain notice tells the reader: the text it is about and the page its
table rows print on.

How the plain notice names the text a change is about, in everyday words: "the last
paragraph", "footnote 3", "the title", "the answer to "When …?"", and where new text goes
("after the second paragraph").

A changed table as the reader of the original sees it: on which page each changed row
prints (a table runs on over a page break), and in what scale its amounts are stated
("(in millions)" over the table or in the sentence that introduces it)."""

from __future__ import annotations

import dataclasses
import re

from amendtool.core.cited_boxes import box_named, whole_box
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import WHOLE_DOCUMENT, Document, Paragraph, ParagraphKind, SectionKind
from amendtool.core.ordinals import ordinal_word, paragraph_ordinal, position_word
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_facts import FactChange
from amendtool.core.templates import fill


def paragraph_named(item: AmendmentItem, kinds: dict[str, str] | None = None) -> str:
    """'the last paragraph', 'the answer to "When …?"': the text an item is about (a text
    box's paragraph as the box, in the wording of `kinds`, [plain_notice.kinds])."""
    loc = item.locator
    if loc.note:
        return f"footnote {loc.note}" if loc.note.isdigit() else f'the footnote marked "{loc.note}"'
    if loc.box is not None:
        return box_named(kinds or {}, loc, whole_box(item))
    if loc.title_line:
        return "the title"
    if loc.row_caption:  # a table's rows are not paragraphs: the filing cites the row
        row = f'{loc.row_caption}" under "{loc.row_group}' if loc.row_group else loc.row_caption
        return _in_row(row, loc.cell, loc.cell_paragraph, loc.cell_paragraph_count)
    if loc.question:
        if loc.answer_paragraph == 0:
            return f'the question "{loc.question}"'
        if loc.answer_count > 1:
            place = position_word(loc.answer_paragraph, loc.answer_count)
            return f'the {place} paragraph of the answer to "{loc.question}"'
        return f'the answer to "{loc.question}"'
    first = loc.printed or loc.paragraph or 1
    if item.kind in _WHOLE_PARAGRAPHS and "\n\n" in item.old_text:
        # paragraphs run together or taken out one after the other, as the filing cites them
        last = first + item.old_text.count("\n\n")
        joiner = " and " if last == first + 1 else " through "
        return f"the {ordinal_word(first)}{joiner}{ordinal_word(last)} paragraphs"
    count = loc.paragraph_count if loc.printed_count is None else loc.printed_count
    ordinal = paragraph_ordinal(first, count, loc.title_count > 0)
    return f"the {ordinal} paragraph" if ordinal else "the paragraph"


_WHOLE_PARAGRAPHS = frozenset({ItemKind.REPLACE_PARAGRAPH, ItemKind.DELETE_PARAGRAPH})


def place_after(item: AmendmentItem) -> str:
    """Where an insertion goes: 'after the second paragraph', 'after the table'."""
    loc = item.locator
    if loc.row_caption and loc.cell is not None:
        if not loc.cell_paragraph:
            return f'at the start of the row for "{loc.row_caption}"'
        count = max(loc.cell_paragraph_count, loc.cell_paragraph)
        return f"after {_in_row(loc.row_caption, loc.cell, loc.cell_paragraph, count)}"
    if loc.after_table:
        return "after the table"
    if not loc.paragraph or loc.paragraph_count == 0:
        return "at the start of this section"
    count = loc.paragraph_count if loc.printed_count is None else loc.printed_count
    ordinal = paragraph_ordinal(loc.printed or loc.paragraph, count, loc.title_count > 0)
    # after a section's only paragraph: "after the paragraph" names no paragraph to a reader
    return f"after the {ordinal} paragraph" if ordinal else "at the end of this section"


def _in_row(caption: str, cell: int | None, paragraph: int | None, count: int) -> str:
    """'the row for "Withdrawal Rights"', 'the last paragraph in the row for "…"'."""
    row = f'the row for "{caption}"'
    if cell is None:
        return row
    if count <= 1:
        return f"the paragraph in {row}"
    return f"the {position_word(paragraph or 1, count)} paragraph in {row}"


_SCALE = compiled(r"\bin (thousands|millions|billions)\b", re.IGNORECASE)
_BARE_FIGURE = compiled(r"\d[\d,]*(?:\.\d+)?")


def _dollar_column(rows: list[Paragraph], change: FactChange) -> bool:
    """Whether the column of the change's figure, in the table as the original prints it,
    opens with a figure in dollars."""
    cells = change.sentence.split("\t")
    column = next((i for i, c in enumerate(cells) if c.strip() == change.new), None)
    if column is None or not _BARE_FIGURE.fullmatch(change.old):
        return False
    for row in rows:
        held = row.text.split("\t")
        if column < len(held) and re.search(r"\d", held[column]):
            return held[column].strip().startswith("$")
    return False


def table_rows(document: Document, item: AmendmentItem) -> tuple[list[Paragraph], str]:
    """The rows of the item's table in the original, and the paragraph just before it."""
    section = document.section_by_id(item.locator.section_id)
    if section is None:
        return [], ""
    tables: list[tuple[list[Paragraph], str]] = []
    before, in_table, current = "", False, None
    for paragraph in section.paragraphs:
        if paragraph.kind is ParagraphKind.TABLE_ROW:
            if not in_table or paragraph.table != current:
                tables.append(([], before))
            in_table, current = True, paragraph.table
            tables[-1][0].append(paragraph)
        elif paragraph.kind is not ParagraphKind.FOOTNOTE:
            before, in_table = paragraph.text, False
    first = item.old_text.split("\n", 1)[0]
    for rows, intro in tables:
        if rows and rows[0].text == first:
            return rows, intro
    index = (item.locator.table or 1) - 1
    return tables[index] if 0 <= index < len(tables) else ([], "")


def read_in_table(
    item: AmendmentItem, changes: list[FactChange], document: Document
) -> tuple[list[FactChange], tuple[str, ...]]:
    """The changes with their amounts in the table's scale, and the pages of the changed
    rows (in the order they print)."""
    rows, intro = table_rows(document, item)
    if not rows:
        return changes, ()
    scale = _SCALE.search(rows[0].text) or _SCALE.search(intro)
    word = {"thousands": "thousand", "millions": "million", "billions": "billion"}
    out = []
    for change in changes:
        if change.row and _dollar_column(rows, change) and _BARE_FIGURE.fullmatch(change.new):
            # a row restated alone: its column's first figure, in a row not restated,
            # carries the "$" for every figure under it
            change = dataclasses.replace(change, old=f"${change.old}", new=f"${change.new}")
        if scale and change.row and change.new.startswith("$") and change.old.startswith("$"):
            unit = word[scale.group(1).lower()]
            if unit not in change.new:
                change = dataclasses.replace(
                    change, old=f"{change.old} {unit}", new=f"{change.new} {unit}"
                )
        out.append(change)
    pages: list[str] = []
    for change in changes:
        printed = next(
            (r.page for r in rows if change.row and r.cells[0].strip() == change.row), None
        )
        if printed and printed not in pages:
            pages.append(printed)
    return out, tuple(pages)


def cells_changed(old: str, new: str) -> list[FactChange] | None:
    """Each changed cell of a table restated row for row whose rows' own names (their first
    cells: a band "$20.00 to $29.99") changed: named by its column's heading and the row's
    name as the original prints it, so that a band's limits are never called a price and a
    changed ratio is never left out. None when no row's name changed (its figures are read
    as figures) or the table's shape changed (rows added or taken out)."""
    before, after = ([r.split("\t") for r in t.split("\n") if r.strip()] for t in (old, new))
    widths = {len(r) for r in [*before, *after]}
    if len(before) != len(after) or len(before) < 2 or len(widths) != 1 or widths == {1}:
        return None
    tidy = [[[" ".join(c.split()) for c in r] for r in rows] for rows in (before, after)]
    headings, rows_before, rows_after = tidy[0][0], tidy[0][1:], tidy[1][1:]
    if headings != tidy[1][0]:
        return None
    if all(was[0] == now[0] for was, now in zip(rows_before, rows_after, strict=True)):
        return None
    out: list[FactChange] = []
    for was, now in zip(rows_before, rows_after, strict=True):
        for column, (a, b) in zip(headings, zip(was, now, strict=True), strict=True):
            if a != b and column:
                row = "\t".join(now)
                out.append(FactChange("cell", a, b, column, True, 0, row, was[0], column=column))
    return out


def rows_said(changes: list[FactChange], most: int) -> tuple[list[FactChange], int]:
    """The changes of the first `most` changed rows of a table (and every change outside a
    row), and how many other rows changed: a table restated whole is quoted once under the
    exact changes, so its plain paragraph says a few rows and counts the rest."""
    rows = list(dict.fromkeys(c.row for c in changes if c.row))
    if most <= 0 or len(rows) <= most:
        return changes, 0
    kept = set(rows[:most])
    return [c for c in changes if not c.row or c.row in kept], len(rows) - most


def page_ranges(pages: list[str]) -> list[str]:
    """Printed pages with each run of three or more consecutive numbers as one range ("3 to
    62"): a long table's rows print on every page of it."""
    out: list[str] = []
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            out.append(f"{run[0]} to {run[-1]}")
        else:
            out.extend(str(n) for n in run)
        run.clear()

    for page in pages:
        if page.isdigit() and run and int(page) == run[-1] + 1:
            run.append(int(page))
            continue
        close()
        if page.isdigit():
            run.append(int(page))
        else:
            out.append(page)
    close()
    return out


def short_place(item: AmendmentItem) -> str:
    """'on the cover page', 'in Section 2', 'in the Summary Term Sheet'."""
    if (
        item.locator.section_kind == SectionKind.FRONT
        and item.locator.section_name == WHOLE_DOCUMENT
    ):
        return "in the offer"  # an offer with no headings: no cover to name
    if item.locator.section_kind == SectionKind.FRONT:
        return "on the cover page"
    if item.locator.section_kind == SectionKind.CLOSING:
        return "in the signature block"
    name = item.locator.section_name
    if item.locator.section_kind == SectionKind.NUMBERED and ". " in name:
        return "in " + name.split(". ")[0]  # "in Section 2"
    if re.match(r"^(?:[A-Z]|[IVXLC]+|\d+)\. ", name):
        return f"in {name}"  # a part printed with its letter: "in A. Terms of the Offer"
    return f"in the {name}"


def places_said(items: list[AmendmentItem], w: dict[str, str], rows: tuple[str, ...] = ()) -> str:
    """'on the cover page, in the Summary Term Sheet (pages 1 and 3) and in Section 2 (page
    5)'. `rows`: where the changed rows of one item's table print, when the tool knows."""
    pages: dict[str, list[str]] = {}
    for item in items:
        listed = pages.setdefault(short_place(item), [])
        if item.locator.section_kind == SectionKind.FRONT:
            continue  # the cover is named, never paged ("on the cover page")
        for page in page_ranges(list(rows)) if rows else (item.page, item.last_page):
            if page and page not in listed:
                listed.append(page)
    if len(items) > int(w["most_listed"]):
        return fill(w["counted_places"], count=str(len(items)), exact_heading=w["exact_heading"])
    parts = []
    for place, numbers in pages.items():
        if not numbers:
            parts.append(place)
        else:
            word = "page" if len(numbers) == 1 else "pages"
            parts.append(f"{place} ({word} {_joined(numbers)})")
    return _joined(parts)


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
