"""How much text amendtool drafts from: limits counted in the units the work grows with.

Comparing, citing and writing grow with paragraphs, table cells, items and the length of the
longest paragraph (two long paragraphs are compared word by word). A document or a project
past these limits is no offer: a generated page, a schedule pasted in, a file edited by hand.
It is refused by count, before the slow part starts, so a file is read or refused the same
way on every machine, whatever its speed. The same limits hold for a document read from disk
(io/work_budget.py) and for the documents and items of a saved project (io/project_file.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain, repeat

from amendtool.core.model import CELL_BREAK, Document, ParagraphKind

# Sized by the longest offer counsel files: 3,000 dense pages (annexes included) hold about
# 72,000 paragraphs and table cells (24 a page) and 12,000,000 characters (4,000 a page).
# Such an offer must draft as it is; twice that is no offer. A 150-page offer has about
# 3,000 paragraphs and a few hundred cells, and 600,000 characters.
MAX_UNITS = 100_000  # paragraphs and table cells of one document, together
MAX_CHARACTERS = 20_000_000  # of text
# the longest paragraph of an offer (a definition, a risk factor) has a few thousand
MAX_PARAGRAPH_CHARACTERS = 50_000
# runs of formatting (Word) or tags (HTML) within one paragraph: the longest paragraph with
# each of its words set apart has a fifth of this; past it the paragraph is generated
MAX_PARAGRAPH_PIECES = 100_000
# elements of one document's markup: an offer of 3,000 dense pages has about a million;
# counted as the file is read, so memory stays bounded before any tree is built
MAX_ELEMENTS = 3_000_000
# lines of an EDGAR text: an offer of 3,000 pages has about 180,000
MAX_TEXT_LINES = 400_000
# counsel's plain paragraph on one change for the employee notice: a few hundred words at most
MAX_PLAIN_PARAGRAPH_CHARACTERS = 4_000
# one table: a list of grants or holders in an offer runs to a few hundred rows; past this it
# is a data file pasted in. Sized by the table that costs most within it, both versions with
# every row's figure changed: each changed row is aligned, proposed, told in the notice and
# redlined alone, 3 to 4.5 ms of CPU a row (a holdings list whose new figures are other rows'
# old ones costs most), so 2,000 rows of two columns, or 1,660 of three, draft in about 7 s
# (1,990 rows of three took 9.1 s; 5,000 rows of two, 25 s)
MAX_TABLE_ROWS = 2_000
# and its cells: each is read for its figures, quoted in the filing and the notice and set in
# four Word files
MAX_TABLE_CELLS = 5_000
MAX_ITEMS = 2_000  # of one amendment: an amendment restating the whole offer has a few hundred
MAX_AMENDMENTS = 200  # of one offer: a live offer is amended a handful of times
# typed on the command line: a name (a revision's author) and a paragraph (--text, --reason)
MAX_NAME_CHARACTERS = 200


def text_excess(pieces: Iterable[tuple[str, bool]]) -> str | None:
    """What is past the limits in `pieces` (each a paragraph's text and whether it is a table
    row, its cells apart by CELL_BREAK), or None. Counted in one pass that stops at the first
    limit passed, so a runaway costs no more than reading it."""
    units = characters = 0
    for text, row in pieces:
        units += text.count(CELL_BREAK) + 1 if row else 1
        characters += len(text)
        if len(text) > MAX_PARAGRAPH_CHARACTERS:
            return paragraph_too_long(f"{len(text):,} characters", text)
    if units > MAX_UNITS:
        return too_much(f"{units:,} paragraphs and table cells")
    if characters > MAX_CHARACTERS:
        return too_much(f"{characters:,} characters of text")
    return None


def paragraph_too_long(what: str, text: str) -> str:
    """A paragraph past the limit, named by its first words; `what` is its size in the unit
    that crossed a limit ("57,000 characters", "more than 100,000 tags")."""
    words = " ".join(text[:200].split()[:6])[:60]
    limit = (
        f"{MAX_PARAGRAPH_CHARACTERS:,} characters; the longest paragraph of an offer has a few "
        "thousand"
        if what.endswith("characters")
        else f"{MAX_PARAGRAPH_PIECES:,}; the longest paragraph of an offer has a few hundred"
    )
    return (
        f'holds a paragraph of {what} ("{words}…"), more than amendtool drafts from in one '
        f"paragraph ({limit})"
    )


def too_many_lines(count: int) -> str:
    return (
        f"holds {count:,} lines of text, more than amendtool reads from one document "
        f"({MAX_TEXT_LINES:,}; an offer of 3,000 pages has about 180,000)"
    )


def markup_too_large() -> str:
    return (
        f"holds more than {MAX_ELEMENTS:,} pieces of markup, more than amendtool reads from one "
        "document (an offer of 3,000 pages has about a million)"
    )


def document_excess(document: Document) -> str | None:
    """text_excess over a document already built (a saved project's original or draft)."""

    def pieces() -> Iterable[tuple[str, bool]]:
        for section in document.sections:
            yield section.heading, False
            for paragraph in section.paragraphs:
                yield paragraph.text, paragraph.kind is ParagraphKind.TABLE_ROW

    def tables() -> Iterable[str | None]:
        for section in document.sections:
            yield NOT_A_ROW  # a heading between
            for paragraph in section.paragraphs:
                row = paragraph.kind is ParagraphKind.TABLE_ROW
                yield paragraph.table if row else NOT_A_ROW

    def cells() -> Iterable[int]:
        for section in document.sections:
            yield 0
            yield from (
                cells_of(p.text, p.kind is ParagraphKind.TABLE_ROW) for p in section.paragraphs
            )

    return text_excess(pieces()) or table_excess(tables(), cells())


# what `table_excess` is given for a block that is no table row: rows of no known table on
# either side of it are two tables (a Word file's two tables with text between them)
NOT_A_ROW = "\x00not a row"


def cells_of(text: str, row: bool) -> int:
    """The cells of a block: a row's, apart by CELL_BREAK; none for a block that is no row."""
    return text.count(CELL_BREAK) + 1 if row else 0


def table_excess(rows: Iterable[str | None], cells: Iterable[int] = ()) -> str | None:
    """A table longer than any offer's, or None: `rows` holds each block's table id in
    reading order (None: a row of no known table, counted with the rows next to it;
    NOT_A_ROW: a block that is no row), `cells` each block's cells, in the same order (one
    a row when not given)."""
    counts: dict[str | None, int] = {}
    in_cells: dict[str | None, int] = {}
    previous: str | None = NOT_A_ROW
    for table, row_cells in zip(rows, chain(cells, repeat(1)), strict=False):
        if table == NOT_A_ROW:
            previous = table
            continue
        if table is None and previous is not None:
            counts[None] = in_cells[None] = 0  # an unnamed run of rows starts again
        counts[table] = counts.get(table, 0) + 1
        in_cells[table] = in_cells.get(table, 0) + row_cells
        previous = table
        if counts[table] > MAX_TABLE_ROWS:
            return table_too_long(f"more than {MAX_TABLE_ROWS:,} rows")
        if in_cells[table] > MAX_TABLE_CELLS:
            return table_too_long(f"more than {MAX_TABLE_CELLS:,} cells")
    return None


def table_too_long(what: str) -> str:
    return (
        f"holds a table of {what}, more than amendtool drafts from in one table "
        f"({MAX_TABLE_ROWS:,} rows or {MAX_TABLE_CELLS:,} cells; the longest table of an offer "
        "has a few hundred rows)"
    )


def items_excess(count: int) -> str | None:
    if count > MAX_ITEMS:
        return (
            f"holds {count:,} amendment items, more than amendtool drafts in one amendment "
            f"({MAX_ITEMS:,})"
        )
    return None


def amendments_excess(count: int) -> str | None:
    if count > MAX_AMENDMENTS:
        return f"holds {count:,} amendments, more than one offer has ({MAX_AMENDMENTS:,})"
    return None


def shown_count(number: int) -> str:
    """A number for a message: a runaway one is said by its length, not printed whole."""
    if abs(number) >= 10**1000:
        return "a number of more than 1,000 digits"
    digits = len(str(abs(number)))
    return f"{number:,}" if digits <= 12 else f"a number of {digits:,} digits"


def too_much(what: str) -> str:
    return (
        f"holds {what}, more than amendtool drafts from in one document "
        f"({MAX_UNITS:,} paragraphs and cells, {MAX_CHARACTERS:,} characters; the longest "
        "offer has about two thirds of that)"
    )


def refuse_too_many_items(count: int, revised: Document) -> None:
    """More items than a project may hold is refused before anything is written: a project
    saved with them would be refused by every command that opens it."""
    from amendtool.core.errors import InputError

    if count > MAX_ITEMS:
        raise InputError(
            revised.source or "the revised offer",
            f"differs from the original in {count:,} places, more than amendtool drafts as one "
            f"amendment ({MAX_ITEMS:,} items): check that it is the revision of this original, "
            "or amend it in steps",
        )
