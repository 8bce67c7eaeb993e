"""How much of a document amendtool drafts from: a budget of work, not of time.

A file within the byte limit can still hold more paragraphs and table cells than any offer
(a schedule of 70,000 rows pasted in, a generated page): reading, comparing and writing it
would run for minutes. The budget is counted in the units the work grows with, so a file
is read or refused the same way on every machine, and refused before the slow part starts.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from amendtool.core import text_limits
from amendtool.core.errors import InputError
from amendtool.core.structure import RawBlock

# before reading, units are estimated from the markup (spacer cells, nested divisions):
# only an estimate far past the budget is refused there, the rest is counted exactly after
ESTIMATE_FACTOR = 2

_HTML_UNITS = re.compile(rb"<(?:t[dh]|p|li|h[1-6])\b", re.IGNORECASE)
_HTML_TABLE = re.compile(rb"<table\b", re.IGNORECASE)
_HTML_ROW = re.compile(rb"<tr\b", re.IGNORECASE)
DOCUMENT_PART = "word/document.xml"
_WORD_UNITS = re.compile(rb"<w:(?:p|tc)[\s/>]")


def check_before_reading(path: Path, kind: str, data: bytes) -> None:
    """Refuse, before the reader runs, a file whose markup alone is far past the budget."""
    if kind == "zip":
        estimate = _word_units(data)
    elif kind == "html":
        estimate = len(_HTML_UNITS.findall(data))
    else:
        estimate = data.count(b"\n\n") + data.count(b"\r\n\r\n")
    if estimate > text_limits.MAX_UNITS * ESTIMATE_FACTOR:
        what = f"about {estimate:,} paragraphs and table cells"
        raise InputError(path, _what_to_do(text_limits.too_much(what)))
    if kind == "html" and (rows := _longest_html_table(data)) > text_limits.MAX_TABLE_ROWS * (
        ESTIMATE_FACTOR
    ):
        what = f"about {rows:,} rows"
        raise InputError(path, _what_to_do(text_limits.table_too_long(what)))


def check_blocks(path: Path, blocks: Sequence[RawBlock]) -> None:
    """The exact count, once the blocks are read and before anything is compared."""
    problem = text_limits.text_excess((b.text, b.table_row) for b in blocks)
    rows = (b.table if b.table_row else text_limits.NOT_A_ROW for b in blocks)
    cells = (text_limits.cells_of(b.text, b.table_row) for b in blocks)
    problem = problem or text_limits.table_excess(rows, cells)
    if problem:
        raise InputError(path, _what_to_do(problem))


class OverBudget(ValueError):
    """A reader found, while building the blocks, more than the budget allows."""


def check_table_rows(count: int, cells: int = 0) -> None:
    """One table's rows as the reader builds them (rows with words, whether they become
    table rows or, in a table that lays out the page, paragraphs), and its cells with words
    (no more than the cells its rows are given), against the limits: refused before its
    cells are laid out and read."""
    if count > text_limits.MAX_TABLE_ROWS:
        raise OverBudget(
            text_limits.table_too_long(f"more than {text_limits.MAX_TABLE_ROWS:,} rows")
        )
    if cells > text_limits.MAX_TABLE_CELLS:
        raise OverBudget(
            text_limits.table_too_long(f"more than {text_limits.MAX_TABLE_CELLS:,} cells")
        )


def over_budget(path: Path, error: OverBudget) -> InputError:
    return InputError(path, _what_to_do(str(error)))


def _longest_html_table(data: bytes) -> int:
    """Row tags after each table tag, the most of any (a nested table counts with its outer
    one's rest; spacer rows count too: an estimate)."""
    starts = [match.start() for match in _HTML_TABLE.finditer(data)] + [len(data)]
    return max(
        (len(_HTML_ROW.findall(data, start, end)) for start, end in pairwise(starts)),
        default=0,
    )


def _what_to_do(problem: str) -> str:
    return f"{problem}: check that it is the right file, or leave out the schedules"


def _word_units(data: bytes) -> int:
    """Paragraphs and cells in the main part, counted in its XML without parsing it (the
    package was checked for size and ratio at the gate)."""
    try:
        from amendtool.io.safe_zip import main_part

        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(main_part(archive)) as part:
            count, tail = 0, b""
            while chunk := part.read(1 << 20):
                window = tail + chunk
                count += len(_WORD_UNITS.findall(window))
                # a tag cut at the chunk's end is counted with the next chunk
                cut = window.rfind(b"<", max(0, len(window) - 8))
                tail = window[cut:] if cut >= 0 else b""
                if cut >= 0:
                    count -= len(_WORD_UNITS.findall(tail))
            return count
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
        return 0  # the reader says what is wrong with the package
    except (RuntimeError, NotImplementedError):
        return 0  # encrypted or compressed in a way zipfile cannot read: the same
