"""Footnotes of an EDGAR offer: their marks in the house style, and the notes at the foot of a text
page.

Footnote marks where an EDGAR offer (text or HTML) is set in the house style: each note
led by its mark as EDGAR prints it ("(1) The conversion rate …"), in a character style the
redline leaves out of the note's text, and each reference to a note kept next to its word
as a superscript ("… principal amount of Notes.(1)").

Footnotes at the foot of an EDGAR text page: a short rule, then '(1) …' lines, then the
folio. Each note is read as a paragraph of its own kind, after the paragraph that carries
its mark (the text goes on across the page break without it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from amendtool.core.model import NOTE_KINDS, Paragraph, ParagraphKind
from amendtool.core.notes import (
    HOUSE_NOTE_STYLE,
    bare_note_marks,
    cites_subdivision,
    note_mark,
    printed_mark,
)
from amendtool.core.pattern_store import compiled
from amendtool.core.structure import RawBlock
from amendtool.io._oxml_revisions import NOTE_MARK_STYLE
from amendtool.io.pagination import folio_label

_STYLE_NAME = "AT Note Mark"  # its id is NOTE_MARK_STYLE


def note_styles(word: WordDocument) -> tuple[str, str]:
    """(the paragraph style of a note, the character style of the mark that leads it), each
    added to the file once: a note is set smaller, as at the foot of a page, and is read back
    as a note by its style and its mark."""
    styles = word.styles
    names = [s.name for s in styles]
    if HOUSE_NOTE_STYLE not in names:
        note = styles.add_style(HOUSE_NOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        if "AT Plain" in names:
            note.base_style = styles["AT Plain"]
        note.font.size = Pt(9)
    if _STYLE_NAME not in names:
        mark = styles.add_style(_STYLE_NAME, WD_STYLE_TYPE.CHARACTER)
        mark.element.set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId",
            NOTE_MARK_STYLE,
        )
    return HOUSE_NOTE_STYLE, _STYLE_NAME


def notes_after(paragraphs: Sequence[Paragraph], index: int) -> tuple[str, ...]:
    """The marks of the notes placed right after the paragraph at `index`: the notes it
    refers to (the readers put each note after the paragraph that prints its mark)."""
    if paragraphs[index].kind in NOTE_KINDS or paragraphs[index].kind is ParagraphKind.TABLE_ROW:
        return ()
    marks = []
    for following in range(index + 1, len(paragraphs)):  # no copy of the rest of the list
        if paragraphs[following].kind not in NOTE_KINDS:
            break
        marks.append(paragraphs[following].note or "")
    return tuple(m for m in marks if m)


def marked_pieces(text: str, marks: tuple[str, ...]) -> list[tuple[str, bool]]:
    """The text in pieces, each reference mark that follows its word ("Notes.(1)") a piece
    of its own to be set as a superscript; a citation's "(1)" is words."""
    if not marks:
        return [(text, False)]
    printed = "|".join(re.escape(printed_mark(m)) for m in marks)
    pieces: list[tuple[str, bool]] = []
    position = 0
    for found in re.finditer(rf"(?<=\S)(?:{printed})", text):
        if found.group(0).startswith("(") and cites_subdivision(
            text[: found.start()], text[found.end() :]
        ):
            continue  # "(a)(1)", "Rule 13e-4(f)(1)": words of a citation, no mark
        if found.start() > position:
            pieces.append((text[position : found.start()], False))
        pieces.append((found.group(0), True))
        position = found.end()
    if position < len(text) or not pieces:
        pieces.append((text[position:], False))
    return pieces


def bare_marks(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The marks the offer printed bare ("purposes.¹"): their notes are led by the bare
    mark too, not by "(1)"."""
    return bare_note_marks(paragraphs)


def with_bare_references(
    pieces: list[tuple[str, bool]], note_refs: str | None
) -> list[tuple[str, bool, bool]]:
    """(text, superscript, a bare reference) pieces: each bare mark the reader left out of
    the text put back after the non-space character it followed."""
    places = []
    for ref in (note_refs or "").split():
        count, _, mark = ref.partition(":")
        if count.isdigit() and mark:
            places.append((int(count), mark))
    if not places:  # most paragraphs: no bare mark to put back, no character to count
        return [(text, superscript, False) for text, superscript in pieces if text] or [
            ("", False, False)
        ]
    out: list[tuple[str, bool, bool]] = []
    seen = 0  # non-space characters passed
    for text, superscript in pieces:
        start = 0
        for index, char in enumerate(text):
            if char.isspace():
                continue
            seen += 1
            while places and places[0][0] == seen:
                out.append((text[start : index + 1], superscript, False))
                out.append((places.pop(0)[1], True, True))
                start = index + 1
        if start < len(text) or not text:
            out.append((text[start:], superscript, False))
    out += [(mark, True, True) for _, mark in places]  # past the end of an edited text
    return [piece for piece in out if piece[0]] or [("", False, False)]


# a rule may be indented as far as the offer indents its paragraphs
_SHORT_RULE = compiled(r"^ {0,8}[-_]{5,30}\s*$")


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
