"""Footnotes at the foot of an EDGAR text page: a short rule, then '(1) …' lines, then the
folio. Each note is read as a paragraph of its own kind, after the paragraph that carries
its mark (the text goes on across the page break without it)."""

from __future__ import annotations

import re
from collections.abc import Callable

from amendtool.core.notes import note_mark
from amendtool.core.structure import RawBlock
from amendtool.io.pagination import folio_label

# a rule may be indented as far as the offer indents its paragraphs
_SHORT_RULE = re.compile(r"^ {0,8}[-_]{5,30}\s*$")


def split_page_notes(lines: list[str]) -> tuple[list[str], list[RawBlock], list[str]]:
    """(the page's lines above its notes and any text under them, the notes, the lines
    under them: the folio). A line with no mark after a blank line ends the notes: when the
    text above prints every note's mark, the notes sit under their paragraph and the text
    goes on below them; else it is prose under a rule, and there are no notes (a heading
    below is never read into a note)."""
    rules = [i for i, line in enumerate(lines) if _SHORT_RULE.match(line)]
    if not rules:
        return lines, [], []
    cut = rules[-1]
    tail = lines[cut + 1 :]
    foot: list[str] = []
    while tail and (not tail[-1].strip() or folio_label(tail[-1]) is not None):
        foot.insert(0, tail.pop())
    notes: list[RawBlock] = []
    after: list[str] = []  # the text under notes set right under their paragraph
    blank = False
    for position, line in enumerate(tail):
        if not line.strip():
            blank = True
            continue
        found = note_mark(line.strip())
        if found is not None:
            mark, start = found
            notes.append(RawBlock(text=line.strip()[start:], note=mark, line_count=1))
        elif notes and not blank:
            notes[-1].text += " " + line.strip()
        elif notes and all(_printed(note.note or "", lines[:cut]) for note in notes):
            after = ["", *tail[position:]]
            break
        else:
            return lines, [], []  # prose under a rule: no notes here
        blank = False
    if not notes:
        return lines, [], []
    return lines[:cut] + after, notes, foot


def _printed(mark: str, lines: list[str]) -> bool:
    """The mark printed after a word of the text ("eligible.(1)", "years*")."""
    printed = re.escape(f"({mark})" if mark.isalnum() else mark)
    return any(re.search(rf"\S{printed}", line) for line in lines)


def place_notes(
    blocks: list[RawBlock],
    notes: list[RawBlock],
    refers: Callable[[RawBlock, str], bool] | None = None,
) -> None:
    """Each note after the last paragraph on the page that prints its mark (after the whole
    table when a row does), else after the page's text."""
    for note in notes:
        mark = note.note or ""
        printed = f"({mark})" if mark.isalnum() else mark
        position = len(blocks)
        for index in range(len(blocks) - 1, -1, -1):
            block = blocks[index]
            if block.note is None and (
                refers(block, mark) if refers else bool(printed) and printed in block.text
            ):
                position = index + 1
                break
        while position < len(blocks) and (
            blocks[position].table_row or blocks[position].note is not None
        ):
            position += 1  # past the rest of the table and the notes already placed
        blocks.insert(position, note)
