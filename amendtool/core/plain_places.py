"""How the plain notice names the text a change is about, in everyday words: "the last
paragraph", "footnote 3", "the title", "the answer to "When …?"", and where new text goes
("after the second paragraph")."""

from __future__ import annotations

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.ordinals import ordinal_word, paragraph_ordinal, position_word


def paragraph_named(item: AmendmentItem) -> str:
    """'the last paragraph', 'the answer to "When …?"': the text an item is about."""
    loc = item.locator
    if loc.note:
        return f"footnote {loc.note}" if loc.note.isdigit() else f'the footnote marked "{loc.note}"'
    if loc.title_line:
        return "the title"
    if loc.row_caption:  # a table's rows are not paragraphs: the filing cites the row
        return _in_row(loc.row_caption, loc.cell, loc.cell_paragraph, loc.cell_paragraph_count)
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
    return f"after the {ordinal} paragraph" if ordinal else "after the paragraph"


def _in_row(caption: str, cell: int | None, paragraph: int | None, count: int) -> str:
    """'the row for "Withdrawal Rights"', 'the last paragraph in the row for "…"'."""
    row = f'the row for "{caption}"'
    if cell is None:
        return row
    if count <= 1:
        return f"the paragraph in {row}"
    return f"the {position_word(paragraph or 1, count)} paragraph in {row}"
