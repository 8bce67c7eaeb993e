"""The tables of an EDGAR HTML page as the page reader walks them: a layout table (the page
set in cells) read as the page, numbered paragraphs set as hanging-indent tables read as
paragraphs, a table of rows and cells read row by row, and the words that stand in a table
outside any cell (a caption, a paragraph set in it by mistake, every paragraph after a table
never closed) read in their places, as a browser shows them."""

from __future__ import annotations

import itertools
import re

from lxml import etree

from amendtool.core.model import CAPTION_STYLE
from amendtool.core.pattern_store import compiled
from amendtool.core.structure import RawBlock
from amendtool.io.edgar_html_tables import element_text, grid_layout, row_cells, row_text
from amendtool.io.edgar_html_text import SKIP_TAGS, bold_lead, plain, text_pieces
from amendtool.io.html_table_looks import row_looks
from amendtool.io.work_budget import check_table_rows

BLOCK_TAGS = frozenset(
    """
    p div h1 h2 h3 h4 h5 h6 li tr table center blockquote pre ul ol dl dt dd body section
    article address tbody thead
    """.split()
)
# what ends the words of a block that holds blocks, besides the blocks themselves
INLINE_BREAKS = BLOCK_TAGS | {"hr", "pre", "table"}
# the mark of a numbered or bulleted paragraph set in a cell of its own
_LIST_MARK = compiled(
    r"^(?:(?:section\s+)?\d{1,3}\.?|\(?[a-zA-Z]{1,2}[.)]|\(?[ivxlc]{1,6}[.)]|\(\d{1,3}\)|"
    r"[•·●▪■◦○\-–—*§])$",
    re.IGNORECASE,
)


_ROW_GROUPS = frozenset(("tbody", "thead", "tfoot"))
_CELL_TAGS = frozenset(("td", "th"))


def _table_parts(table: etree._Element) -> list[etree._Element | str]:
    """The table's rows, whatever else stands in it, and the text between them, in the
    order written (the rows of its row groups among them); what stands in a row outside
    its cells comes just before the row, as a browser sets it out of the table."""
    parts: list[etree._Element | str] = [table.text or ""]
    for child in table:
        if isinstance(child.tag, str) and child.tag in _ROW_GROUPS:
            parts.append(child.text or "")
            for grouped in child:
                parts += [*_row_parts(grouped), grouped.tail or ""]
        else:
            parts += _row_parts(child)
        parts.append(child.tail or "")
    return parts


def _row_parts(element: etree._Element) -> list[etree._Element | str]:
    """A row as what stands in it outside its cells, then the row; anything else as is."""
    if element.tag != "tr":
        return [element]
    parts: list[etree._Element | str] = [element.text or ""]
    for child in element:
        if not (isinstance(child.tag, str) and child.tag in _CELL_TAGS):
            parts.append(child)
        parts.append(child.tail or "")
    return [*parts, element]


# more blocks than a cell of figures or words holds: the cell sets out part of the page
_PAGE_BLOCKS = 6


def _holds_pages(cells: list[etree._Element]) -> bool:
    """Whether a cell of the row sets out pages (a page break, or paragraphs and headings
    beyond what a table's cell holds), as a table opened and never closed makes it. A cell
    of words alone (no element in it: most cells of a long list) is not walked for them."""
    return any(len(cell) and _blocks_beyond(cell, _PAGE_BLOCKS) for cell in cells)


def _blocks_beyond(element: etree._Element, most: int) -> bool:
    """Whether `element` holds more than `most` blocks (a page break among them)."""
    blocks = element.iter(*BLOCK_TAGS, "hr")
    if element.tag in BLOCK_TAGS:
        next(blocks, None)  # the element itself
    return next(itertools.islice(blocks, most, None), None) is not None


class TableWalk:
    """The page walker's reading of tables; the walker supplies the rest."""

    tables: int
    current: list[RawBlock]
    holders: set[etree._Element]

    def visit(self, element: etree._Element, bold: bool, centred: bool, depth: int = 0) -> None:
        raise NotImplementedError

    def leaf(self, element: etree._Element, bold: bool, centred: bool, tag: str) -> None:
        raise NotImplementedError

    def add_words(self, words: list[tuple[str, bool]], centred: bool) -> None:
        raise NotImplementedError

    def add(self, text: str, bold: bool, centred: bool, level: int | None) -> RawBlock:
        raise NotImplementedError

    def table(self, table: etree._Element, bold: bool, centred: bool, depth: int) -> None:
        """The table's rows, and what stands in it outside any row (its caption, or the
        paragraphs after a table never closed) read in their places, as a browser shows
        them: no words of a table are lost for standing outside a cell."""
        rows: list[etree._Element] = []
        words: list[tuple[str, bool]] = []
        for part in _table_parts(table):
            if isinstance(part, str):
                if part.strip():
                    self.table_rows(rows, bold, centred, depth)
                    words.append((part, bold))
                continue
            tag = part.tag if isinstance(part.tag, str) else ""
            if tag == "tr":
                self.add_words(words, centred)
                rows.append(part)
            elif tag == "caption" and not _blocks_beyond(part, 1):
                self.table_rows(rows, bold, centred, depth)
                self.add_words(words, centred)
                self.caption(part, bold)  # one holding paragraphs (left open) is read as them
            elif tag in SKIP_TAGS or not tag:
                continue
            elif tag not in INLINE_BREAKS and part not in self.holders:
                self.table_rows(rows, bold, centred, depth)
                words += text_pieces(part, bold)
            else:
                self.table_rows(rows, bold, centred, depth)
                self.add_words(words, centred)
                self.visit(part, bold, centred, depth + 1)
        self.add_words(words, centred)
        self.table_rows(rows, bold, centred, depth)

    def caption(self, caption: etree._Element, bold: bool) -> None:
        """A table's <caption>: a line of its own above the rows (never run into the first
        row or the paragraph before), in the caption style, so the table is cited by it."""
        pieces = [b for t, b in text_pieces(caption, bold) if t.strip()]
        block = self.add(plain(caption), bool(pieces) and all(pieces), True, None)
        block.style = CAPTION_STYLE

    def table_rows(
        self, elements: list[etree._Element], bold: bool, centred: bool, depth: int
    ) -> None:
        """A run of rows: a layout table (the page set in cells), numbered paragraphs set as
        hanging-indent tables, or a table of rows and cells. The run is emptied."""
        if not elements:
            return
        rows = [row_cells(row) for row in elements]
        elements.clear()
        filled = [[c for c in row if element_text(c).strip()] for row in rows]
        check_table_rows(sum(1 for cells in filled if cells), sum(map(len, filled)))
        if all(len(cells) <= 1 for cells in filled) or any(map(_holds_pages, filled)):
            for cells in filled:  # a layout table: read its cells as the page
                for cell in cells:
                    self.visit_cell(cell, bold, centred, depth + 1)
            return
        if all(len(cells) == 2 and _LIST_MARK.match(plain(cells[0])) for cells in filled if cells):
            for cells in filled:
                if cells:
                    self.hanging(cells, bold, centred)
            return
        self.tables += 1
        grid, spans = grid_layout(rows)
        spanned = {id(row): s for row, s in zip(rows, spans, strict=True)}
        looks = {id(row): s for row, s in zip(rows, row_looks(rows, grid, bold), strict=True)}
        laid = [(row, texts) for row, texts in zip(rows, grid, strict=True) if any(texts)]
        if _title_row(laid):  # the table's title in its first row: its caption
            title = laid.pop(0)[0]
            self.caption(next(c for c in title if element_text(c).strip()), bold)
        for row, texts in laid:
            pieces = [b for cell in row for t, b in text_pieces(cell, bold) if t.strip()]
            block = RawBlock(
                text=row_text(texts),
                bold=bool(pieces) and all(pieces),
                centred=centred,
                table_row=True,
                table=f"html-{self.tables}",
                spans=spanned[id(row)],
                look=looks[id(row)],
            )
            self.current.append(block)

    def hanging(self, cells: list[etree._Element], bold: bool, centred: bool) -> None:
        """ "7." | "Conditions of the Offer", or "7." | "<b>Conditions.</b> Notwithstanding …":
        a numbered paragraph or heading set as a table, read as one paragraph."""
        pieces = list(text_pieces(cells[1], bold))
        visible = [b for t, b in pieces if t.strip()]
        first_pieces = [b for t, b in text_pieces(cells[0], bold) if t.strip()]
        all_bold = bool(visible) and all(visible) and all(first_pieces)
        text_bold = all_bold or (bool(visible) and all(visible))
        mark = plain(cells[0])
        block = self.add(f"{mark} {plain(cells[1])}", text_bold, centred, None)
        if lead := bold_lead(pieces):
            block.bold_prefix = f"{mark} {' '.join(lead.split())}"

    def visit_cell(self, cell: etree._Element, bold: bool, centred: bool, depth: int) -> None:
        if cell in self.holders:
            if cell.text and cell.text.strip():
                self.add(cell.text, bold, centred, None)
            for child in cell:
                self.visit(child, bold, centred, depth + 1)
                if child.tail and child.tail.strip():
                    self.add(child.tail, bold, centred, None)
        else:
            self.leaf(cell, bold, centred, "td")


def _title_row(laid: list[tuple[list[etree._Element], list[str]]]) -> bool:
    """A table's first row set as its title: one cell spanning the table from its first
    column, words without figures, over a row of column headings (no figures either) and
    rows below them. A cell spanning columns after a blank first one ("" | "Sales Price"
    over High and Low) heads those columns: a row of column headings, not the title."""
    if len(laid) < 3:
        return False
    (first, texts), (_, headings) = laid[0], laid[1]
    filled = [t for t in texts if t.strip()]
    cells = [c for c in first if element_text(c).strip()]
    if len(filled) != 1 or len(cells) != 1 or (cells[0].get("colspan") or "1").strip() == "1":
        return False
    if not texts[0].strip():
        return False  # the first column left blank: the cell heads the columns it spans
    spoken = [t for t in headings if t.strip()]
    return not any(ch.isdigit() for ch in filled[0] + "".join(spoken)) and len(spoken) >= 2
