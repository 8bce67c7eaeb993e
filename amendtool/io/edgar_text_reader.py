"""EDGAR plain text: <PAGE> ends a page, the folio at its foot is its printed number."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from amendtool.core.pattern_store import compiled
from amendtool.core.structure import RawBlock
from amendtool.io.edgar_submission import SGML_LINE, text_of_submission
from amendtool.io.edgar_text_caption_rows import caption_rows
from amendtool.io.edgar_text_lines import (
    join_wrapped_heading,
    make_block,
    split_heading_line,
    split_short_lines,
    split_tabular,
)
from amendtool.io.edgar_text_tables import (
    TABLE_END,
    TABLE_START,
    parse_table,
    table_closed,
    table_ends_at,
    trailing_folio,
)
from amendtool.io.edgar_text_untagged import untagged_tables
from amendtool.io.edgar_text_width import (
    UNWRAPPED,
    WIDEST,
    body_margin,
    display_axis,
    line_lengths_width,
    one_line_paragraphs,
    wrap_width,
)
from amendtool.io.note_marks import place_notes, split_page_notes
from amendtool.io.pagination import assemble_pages, split_at_folios

_COLUMN_LINE = compiled(r"^\s*<S>", re.IGNORECASE)

_FORM_FEED = compiled(r"[ \t]*\f[ \t]*")
_PAGE_BREAK = compiled(r"^[ \t]*<PAGE>[ \t]*$", re.IGNORECASE | re.MULTILINE)
_STRAY_TAG = compiled(r"^\s*</?(?:S|C|CAPTION|TABLE|FN|F\d+)>.*$", re.IGNORECASE)
_RULE = compiled(r"^[\s\-=_*]+$")


def edgar_text_blocks(text: str, unsure: list[str] | None = None) -> list[RawBlock]:
    """Blocks of one EDGAR document; in a full submission the largest <TEXT> is taken.
    `unsure` is given each line the reader could not tell a table's names from text by."""
    text = text_of_submission(text)
    return assemble_pages(edgar_text_pages(SGML_LINE.sub("", text), unsure))


def edgar_text_pages(text: str, unsure: list[str] | None = None) -> list[list[RawBlock]]:
    """The blocks of each page of hard-wrapped text (also the text of an HTML <pre>)."""
    # a form feed ends a page as <PAGE> does (text printed to a file, older filings)
    text = _FORM_FEED.sub("\n<PAGE>\n", text.expandtabs(8))
    if line_lengths_width(text) > UNWRAPPED or one_line_paragraphs(text):
        # not hard-wrapped at all (a Word document saved as plain text): a long line is a
        # paragraph, whether or not a blank line follows it
        text = _unwrapped_paragraphs(text)
    width = wrap_width(text)
    pages = [page.split("\n") for page in _PAGE_BREAK.split(text)]
    if len(pages) == 1:
        pages = split_at_folios(pages[0])
    reading = _Reading(width, pages=pages, margin=body_margin(text), axis=display_axis(text))
    reading.unsure = unsure
    out = []
    for number, page in enumerate(pages):
        reading.page = number
        out.append(_page_blocks(page, reading))
    return out


def _unwrapped_paragraphs(text: str) -> str:
    """A blank line after each line that is a paragraph of its own: a long line, or one set
    at the margin; lines set in (centred display lines, a signature) keep their blocks."""
    lines = text.split("\n")
    out: list[str] = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        out.append(line)
        set_in = line[:1] == " " and following[:1] == " "
        if line.strip() and following.strip() and (len(line) > WIDEST or not set_in):
            out.append("")
    return "\n".join(out)


@dataclass
class _Reading:
    """What one page hands the next: the width, and a <TABLE> the page break cut."""

    width: int
    margin: int = 0  # the column wrapped prose goes on from
    axis: float | None = None  # the column display lines are centred on, when known
    tables: int = 0
    open_table: str | None = None  # the key of a table still open at the foot of the page
    column_line: str = ""  # its <S> <C> line, for the part on the next page
    pages: list[list[str]] = field(default_factory=list)  # every page's lines, as written
    page: int = 0  # the page being read
    unclosed: set[str] = field(default_factory=set)  # tables with no </TABLE>
    unsure: list[str] | None = None  # lines over a table that may or may not name its columns


# what every row of a table set without tags has on its line: a gap of two spaces or more
# between words, dots leading to a value, or a rule of dashes or equal signs
_MAY_HOLD_ROWS = compiled(r"\S[^\S\n]{2,}\S|\.{3}|[-=]{3}")


def _may_hold_rows(lines: str) -> bool:
    """A line of `lines` (stripped, one a line) has what a row needs (`_MAY_HOLD_ROWS`, which
    never reads across a line's end): told by a look for two spaces or three dots first; the
    pattern is tried only when a dash, an equal sign or a space other than the plain one is
    there. The page is asked at once, not line by line."""
    if "  " in lines or "..." in lines:
        return True
    if lines.isascii() and not any(mark in lines for mark in "-=\t\r\x0b\x0c"):
        return False  # a single space between each word, no rule: no column's gap
    return _MAY_HOLD_ROWS.search(lines) is not None


def _page_blocks(lines: list[str], reading: _Reading) -> list[RawBlock]:
    """Blank lines separate blocks; a table or contents listing gives one block a line."""
    width = reading.width
    lines, notes, foot = split_page_notes(lines)
    if _may_hold_rows("\n".join(line.strip() for line in lines)):
        # a table set without tags, or a caption beside its text: columns apart by spaces
        # (or a rule under their names, or dots leading to a value); a page with none is
        # all prose, and most pages of an offer are
        lines = caption_rows(lines, tagged=reading.open_table is not None)
        lines = untagged_tables(lines, reading.open_table is not None, reading.unsure)
    out: list[RawBlock] = []
    current: list[str] = []
    table: list[str] | None = [reading.column_line] if reading.open_table else None
    key = reading.open_table or ""
    reading.open_table = None
    lines = [*lines, ""]
    for index, line in enumerate(lines):
        if table is not None:
            if key in reading.unclosed and table_ends_at(lines, index, width):
                out += _table_blocks(table, key)  # the line is read as what it is
                table = None
            elif TABLE_END.match(line):
                out += _table_blocks(table, key)
                table = None
                continue
            else:
                table.append(line)
                continue
        if TABLE_START.match(line) or _STRAY_TAG.match(line):
            if TABLE_START.match(line):
                reading.tables += 1
                key, table = f"text-{reading.tables}", []
                later = itertools.chain(lines[index + 1 :], *reading.pages[reading.page + 1 :])
                if not table_closed(later):
                    reading.unclosed.add(key)
            line = ""
        if line.strip() and not _RULE.match(line):
            current.append(line.rstrip())
            continue
        if current:
            current = join_wrapped_heading(current)
            for part in split_heading_line(current, width):
                for lines_of_one in split_short_lines(part, width, reading.axis):
                    out += split_tabular(lines_of_one, width, reading.margin, reading.axis)
            current = []
    if table is not None:  # cut by the page break: it goes on at the top of the next page
        folio = trailing_folio(table)
        out += _table_blocks(table, key)
        reading.open_table = key
        reading.column_line = next((x for x in table if _COLUMN_LINE.match(x)), "")
        foot = folio + foot
    place_notes(out, notes)
    return out + _page_blocks_plain(foot, width)


def _page_blocks_plain(lines: list[str], width: int) -> list[RawBlock]:
    return [make_block([line.rstrip()], width, tabular=False) for line in lines if line.strip()]


def _table_blocks(lines: list[str], key: str) -> list[RawBlock]:
    """A <TABLE>'s rows as table-row blocks, and notes set inside it as paragraphs."""
    parsed = parse_table(lines)
    rows = [
        RawBlock(
            text="\t".join(cells),
            table_row=True,
            table=key,
            single_line=True,
            indent=0,
            spans=parsed.spans.get(number),
        )
        for number, cells in enumerate(parsed.rows)
        if any(cells)
    ]
    return rows + [RawBlock(text=note, line_count=1) for note in parsed.notes]
