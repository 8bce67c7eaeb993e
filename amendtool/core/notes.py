"""Footnotes set as text: '(1) Through July 26, 2002.' under a table whose cells carry '(1)'.

Word and HTML notes are found by their readers (a footnote reference, a superscript); the
notes a filer typed under a table are found here, the same way for every format.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from amendtool.core.headings import shift_pages
from amendtool.core.pattern_store import compiled

if TYPE_CHECKING:
    from collections.abc import Iterable

    from amendtool.core.model import Paragraph
    from amendtool.core.structure import RawBlock

# the paragraph style of a note where an offer's text is set in the house style (an EDGAR
# original's redline and conformed copy): such a paragraph opening with a mark is a note
HOUSE_NOTE_STYLE = "AT Note"
# "(1)", "(a)", "*", "**", "†", "‡" opening a note, then its text
_NOTE = compiled(r"^\s*(\(\d{1,2}\)|\([a-z]\)|\*{1,3}|[†‡])\s*(?=\S)")


def bare_note_marks(paragraphs: Iterable[Paragraph]) -> set[str]:
    """The marks the offer prints bare, as a superscript or a Word footnote reference
    ("eligible.¹"), kept apart from the text (`note_refs`): their notes do not open with
    "(1)", which is no word of theirs."""
    return {
        ref.split(":", 1)[1]
        for p in paragraphs
        for ref in (p.note_refs or "").split()
        if ":" in ref
    }


def printed_mark(mark: str) -> str:
    """'(1)' for a numbered or lettered note, the symbol itself for '*' or '†'."""
    return f"({mark})" if mark.isalnum() else mark


def note_mark(text: str) -> tuple[str, int] | None:
    """The mark a note opens with, as counsel cites it ("1", "a", "*"), and where its text
    starts; None when the text opens with no mark."""
    match = _NOTE.match(text)
    if not match:
        return None
    return match.group(1).strip("()"), match.end()


_BARE_NOTE = compiled(r"^\s*(\d{1,2}|\*{1,3}|[†‡])\s+(?=\S)")


def _bare_note_mark(text: str) -> tuple[str, int] | None:
    match = _BARE_NOTE.match(text)
    return (match.group(1), match.end()) if match else None


def mark_table_notes(blocks: list[RawBlock]) -> list[RawBlock]:
    """Paragraphs directly under a table that open with a mark the table carries, and
    paragraphs in the house style's note style that open with a mark."""
    out: list[RawBlock] = []
    rows: list[str] = []  # the rows of the table above, joined only when a note is met
    table_text = ""
    for block in blocks:
        if block.table_row:
            if not (out and out[-1].table_row):
                rows, table_text = [], ""
            rows.append(block.text)
            out.append(block)
            continue
        if rows and not table_text:
            table_text = "\n".join(rows)
        house = block.style == HOUSE_NOTE_STYLE and block.note is None
        found = note_mark(block.text) if (table_text or house) and block.note is None else None
        if house and found is None:
            found = _bare_note_mark(block.text)  # "¹ Holders …": a mark printed bare
        printed = block.text[: found[1]].strip() if found else ""
        if found and (house or _refers(table_text, printed)):
            out.append(
                replace(
                    block,
                    text=block.text[found[1] :],
                    note=found[0],
                    pages=shift_pages(block.pages, found[1]),
                )
            )
            continue  # the next block may be the table's next note
        if block.note is None:
            rows, table_text = [], ""
        out.append(block)
    return out


def _refers(text: str, printed: str) -> bool:
    """The table carries the mark as a note's mark: "Declared(1)", "2002)(1)", "$6.42 (1)",
    not as part of a citation such as "Rule 13e-4(f)(1)" or "Exhibit (a)(1)"."""
    return bool(marks_at(text, printed))


def marks_at(text: str, printed: str) -> list[int]:
    """Where `text` prints `printed` ("(1)", "*") as a note's mark: every place but those
    in a citation, whose "(1)" is a subdivision cited ("(a)(1)", "Rule 13e-4(f)(1)",
    "Section 4(1)", "Exhibit (a)") and no mark, so no note's item may move or drop it."""
    found = re.finditer(re.escape(printed), text)
    if not printed.strip().startswith("("):  # "*", "†": no citation prints them
        return [match.start() for match in found]
    return [
        match.start()
        for match in found
        if not cites_subdivision(text[: match.start()], text[match.end() :])
    ]


def cites_subdivision(before: str, after: str) -> bool:
    """What looks like a mark, between `before` and `after`, is part of a citation."""
    if after.startswith("(") or re.search(r"\([a-z0-9]{1,4}\)$", before):
        return True  # "(a)(1)", "(f)(1)": a subdivision cited
    # "Exhibit (a)", "Rule 13e-4(f)"
    return bool(
        re.search(r"(?:Rule|Section|Sections|Item|Exhibit|Schedule|§)\s*[\w.-]*\s*$", before)
    )


def put_printed_mark(paragraphs: list[str], before: int, words: str, printed: str) -> bool:
    """Print a note's mark right after `words` in the nearest paragraph before index
    `before` that holds them once (the paragraph the note belongs to; notes between are
    passed over); False when none does."""
    for index in range(min(before, len(paragraphs)) - 1, -1, -1):
        text = paragraphs[index]
        if text.count(words) == 1:
            at = text.index(words) + len(words)
            paragraphs[index] = text[:at] + printed + text[at:]
            return True
    return False
