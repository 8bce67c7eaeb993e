"""EDGAR text set in two columns without <TABLE> tags: a caption at the margin and its text
wrapped in a column to the right (a summary term sheet), each row apart by a blank line.

    Source and Amount of      We will need approximately $96.4 million. We
    Funds                     will use borrowings under our credit facility.

Such rows are a table's rows (caption | text), as the HTML reader reads the same term
sheet: a sentence added to a row is cited in "the row entitled ...", and the conformed
copy keeps the caption beside its text. They are handed on as a tagged table, one line a
row, so the table reader takes them as it takes any other."""

from __future__ import annotations

from dataclasses import dataclass

from amendtool.core.pattern_store import compiled
from amendtool.io.edgar_text_tables import TABLE_END, TABLE_START

# the first line of a row: a caption at the margin, a column's gap, the text
_FIRST = compiled(r"^(?P<lead> {0,8})(?P<caption>\S(?:.*?\S)?)(?P<gap> {3,})(?P<text>\S.*?)\s*$")
_LEADER = compiled(r"\.{3,}")
_WIDE_GAP = compiled(r"\S {3,}\S")  # a second gap: a row of figures, not of prose
_MIN_TEXT_COLUMN = 12  # the text column starts past a caption's few words
_MIN_ROWS = 2  # one caption beside text is a run-in heading, not a table
_MIN_WORDS = 6  # the text column holds prose
# "(a)", "1.", "Q:", "*": a list's or a note's mark hanging before its text is no caption
_MARK = compiled(r"^(?:\(?[a-zA-Z0-9]{1,5}[.):]|[*†‡•·-]{1,3})$")


@dataclass
class _Row:
    """A row of an EDGAR text table: the caption's lines and the text's."""

    caption: list[str]
    text: list[str]


def caption_rows(lines: list[str], tagged: bool) -> list[str]:
    """The page's lines with each run of caption | text rows put between <TABLE> and
    </TABLE>, one line a row, the text starting at the column the <C> mark names.
    `tagged`: the page opens inside a <TABLE>, whose lines are left as they are."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        if TABLE_START.match(lines[index]) or TABLE_END.match(lines[index]):
            tagged = bool(TABLE_START.match(lines[index]))
        found = None if tagged else _run(lines, index)
        if found is None:
            out.append(lines[index])
            index += 1
            continue
        rows, end = found
        column = max(len(" ".join(r.caption)) for r in rows) + 4
        out += ["<TABLE>", "<S>".ljust(column) + "<C>"]
        out += [" ".join(r.caption).ljust(column) + " ".join(r.text) for r in rows]
        out.append("</TABLE>")
        index = end
    return out


def _run(lines: list[str], start: int) -> tuple[list[_Row], int] | None:
    """The rows from lines[start] on, and the index after them, when they make a table:
    two or more rows sharing one text column, their text prose."""
    rows: list[_Row] = []
    column: int | None = None
    index = start
    end = start
    while index < len(lines):
        read = _row(lines, index, column)
        if read is None:
            break
        row, after, column = read
        rows.append(row)
        end = after
        index = after
        blanks = 0
        while index < len(lines) and not lines[index].strip() and blanks <= 2:
            index, blanks = index + 1, blanks + 1
        if blanks == 0 or blanks > 2:
            break
    if len(rows) < _MIN_ROWS:
        return None
    if not any(len(" ".join(r.text).split()) >= _MIN_WORDS for r in rows):
        return None
    return rows, end


def _row(lines: list[str], index: int, column: int | None) -> tuple[_Row, int, int] | None:
    """One row from lines[index]: its caption lines, its text lines, the index after it and
    the text column (the one given, when the rows before it set it)."""
    line = lines[index].rstrip()
    match = _FIRST.match(line)
    if match is None or _LEADER.search(line) or _WIDE_GAP.search(match.group("text")):
        return None
    if _MARK.match(match.group("caption")):
        return None
    at = match.start("text")
    if at < _MIN_TEXT_COLUMN or (column is not None and abs(at - column) > 1):
        return None
    if index > 0 and lines[index - 1].strip() and column is None:
        return None  # the row starts a block: a line of prose before it is no caption
    row = _Row([match.group("caption")], [match.group("text")])
    index += 1
    while index < len(lines) and lines[index].strip():
        part = _part(lines[index].rstrip(), at)
        if part is None:
            return None  # a line that is neither caption nor text: no row
        caption, text = part
        if caption:
            row.caption.append(caption)
        if text:
            row.text.append(text)
        index += 1
    return row, index, at


def _part(line: str, column: int) -> tuple[str, str] | None:
    """A following line of a row: (caption, text), either empty. Text starts at the text
    column; a caption's further words stand left of it, at the margin."""
    lead = len(line) - len(line.lstrip())
    if abs(lead - column) <= 1:
        return "", line.strip()
    match = _FIRST.match(line)
    if match is not None and abs(match.start("text") - column) <= 1:
        if _WIDE_GAP.search(match.group("text")):
            return None
        return match.group("caption"), match.group("text")
    if lead <= 8 and len(line) < column - 2:
        return line.strip(), ""  # the caption's last words, the text already ended
    return None
