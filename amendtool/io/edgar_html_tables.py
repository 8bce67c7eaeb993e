"""HTML tables as EDGAR filing agents set them: rows of cells laid on a grid (colspan),
spacer columns left out, a "$" set in a cell of its own joined to its figure, and each
cell's paragraphs kept apart."""

from __future__ import annotations

from lxml import etree

from amendtool.core.model import CELL_BREAK, CELL_PARAGRAPH_BREAK
from amendtool.core.pattern_store import compiled
from amendtool.io.merged_cells import join_captioned_rows

_CELL_TAGS = ("td", "th")
_PARAGRAPH_TAGS = frozenset("p div li h1 h2 h3 h4 h5 h6 blockquote dd dt center".split())
# a bare note mark set as a superscript ("1", "a", "*"); "(1)" prints as it reads
_BARE_MARK = compiled(r"^\s*(?:\d{1,2}|[a-z]|\*{1,3}|[†‡§])\s*$")
_ANY_MARK = compiled(r"^\s*\(?(\d{1,2}|[a-z]|\*{1,3}|[†‡§])\)?\s*$")
_LEADS = ("$", "(", "$(")  # set in a cell of their own before the figure
_TRAILS = (")", "%", ")%", "%)")  # and after it


def row_cells(row: etree._Element) -> list[etree._Element]:
    """The cells of a table row."""
    return [c for c in row if isinstance(c.tag, str) and c.tag in _CELL_TAGS]


def cell_paragraphs(cell: etree._Element) -> list[str]:
    """The paragraphs of a cell, white space collapsed; a bare superscript mark left out;
    each line of a <pre> block a paragraph (an address set line by line)."""
    paragraphs: list[str] = [""]

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "style"):
            return
        if tag == "pre":  # its lines are set as printed: each a paragraph of the cell
            if paragraphs[-1].strip():
                paragraphs.append("")
            lines = element_text(element).replace("\r\n", "\n").split("\n")
            paragraphs.extend(line for line in lines if line.strip())
            paragraphs.append("")
            return
        if tag in _PARAGRAPH_TAGS and paragraphs[-1].strip():
            paragraphs.append("")
        if tag == "br":
            paragraphs[-1] += " "
        if tag == "sup" and bare_mark(element):
            pass  # a note mark: the note is read as a paragraph of its own
        elif element.text:
            paragraphs[-1] += element.text
        for child in element:
            walk(child)
            if child.tail:
                paragraphs[-1] += child.tail
        if tag in _PARAGRAPH_TAGS and paragraphs[-1].strip():
            paragraphs.append("")

    walk(cell)
    return [t for p in paragraphs if (t := " ".join(p.replace("\u00a0", " ").split()))]


def element_text(element: etree._Element) -> str:
    return "".join(str(piece) for piece in element.itertext())


def bare_mark(sup: etree._Element) -> str | None:
    """The mark of a superscript that refers to a note ("1", "*"), not printed as "(1)"."""
    text = element_text(sup)
    return text.strip() if _BARE_MARK.match(text) else None


def leading_note_mark(element: etree._Element) -> str | None:
    """ "<sup>1</sup> Excludes …" or "<sup>(1)</sup> Dividends …": the mark of the note the
    paragraph is (without its parentheses), when a superscript mark opens it."""
    if (element.text or "").strip():
        return None
    for node in element.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "sup":
            match = _ANY_MARK.match(element_text(node))
            return match.group(1) if match else None
        if (node.text or "").strip():
            return None
        if (node.tail or "").strip():
            return None
    return None


def cell_text(cell: etree._Element) -> str:
    return CELL_PARAGRAPH_BREAK.join(cell_paragraphs(cell))


def grid_rows(rows: list[list[etree._Element]]) -> list[list[str]]:
    """Each row's cells on the table's grid: one text a column, spacer columns dropped and
    "$" / "%" columns joined to their figures, so every row has as many cells."""
    return grid_layout(rows)[0]


def grid_layout(
    rows: list[list[etree._Element]],
) -> tuple[list[list[str]], list[tuple[int, ...] | None]]:
    """`grid_rows`, and each row's spans (model.Paragraph) over the columns kept."""
    laid, owners = _laid(rows)
    width = max((len(text_row) for text_row, _ in laid), default=0)
    texts: list[list[str]] = []
    spans: list[list[int]] = []  # 0: covered by a cell spanning from the left
    for text_row, span_row in laid:
        texts.append(text_row + [""] * (width - len(text_row)))
        spans.append(span_row + [1] * (width - len(span_row)))
    columns = [c for c in range(width) if any(t[c] for t in texts)]  # spacers dropped
    position = 0
    while position + 1 < len(columns):  # "$" | "21.35": the sign joins its figure
        column, following = columns[position], columns[position + 1]
        lone = [r for r in range(len(rows)) if spans[r][column] == 1 and texts[r][column]]
        if not lone or any(texts[r][column] not in _LEADS for r in lone):
            position += 1
            continue
        for r in range(len(rows)):
            if spans[r][column] == 1 and texts[r][column]:
                texts[r][following] = texts[r][column] + texts[r][following]
            elif spans[r][column] > following - column:  # a heading spanning both
                texts[r][following] = texts[r][column]
                spans[r][following] = spans[r][column] - (following - column)
        columns.pop(position)
    position = len(columns) - 1
    while position > 0:  # "12.5" | "%": the sign joins its figure
        column = columns[position]
        lone = [r for r in range(len(rows)) if spans[r][column] == 1 and texts[r][column]]
        if lone and all(texts[r][column] in _TRAILS for r in lone):
            for r in lone:
                start = max(c for c in columns[:position] if spans[r][c] > 0)
                texts[r][start] += texts[r][column]
            columns.pop(position)
        position -= 1
    out = [[texts[r][c] if spans[r][c] else "" for c in columns] for r in range(len(rows))]
    kept = {column: place for place, column in enumerate(columns)}
    # caption | text: the rows one caption spans are one row
    joined = join_captioned_rows(
        out, [{kept[c]: r for c, r in owner.items() if c in kept} for owner in owners]
    )
    return joined, [_kept_spans(spans[r], columns) for r in range(len(rows))]


def _kept_spans(spans: list[int], columns: list[int]) -> tuple[int, ...] | None:
    """A row's spans over the columns kept: a cell spans the kept columns its columns
    hold; a kept column whose cell starts in a dropped one stands alone."""
    out: list[int] = []
    end = 0  # the column after the last one the cell passed spans
    for column in columns:
        if spans[column] == 0 and column < end and out:
            out.append(0)
            start = max(i for i, s in enumerate(out) if s)
            out[start] += 1
            continue
        out.append(1)
        end = column + max(spans[column], 1)
    return tuple(out) if any(s > 1 for s in out) else None


_Laid = list[tuple[list[str], list[int]]]
_Carried = dict[int, tuple[int, str, int, int]]  # column: (rows left, text, span, its row)


def _laid(rows: list[list[etree._Element]]) -> tuple[_Laid, list[dict[int, int]]]:
    """Each row's texts and spans, column by column, and for each row the columns a cell
    from a row above spans down into (rowspan), with that row. The cell is carried down:
    a caption set once beside several rows titles every one of them, and the cells after
    it keep their columns."""
    carried: _Carried = {}
    out: _Laid = []
    owners: list[dict[int, int]] = []
    for index, row in enumerate(rows):
        texts: list[str] = []
        spans: list[int] = []
        owner: dict[int, int] = {}
        for cell in row:
            _carry_down(carried, texts, spans, owner)
            span, down, text = _span(cell), _span(cell, "rowspan"), cell_text(cell)
            if down > 1:
                carried[len(texts)] = (down - 1, text, span, index)
            texts.extend([text] + [""] * (span - 1))
            spans.extend([span] + [0] * (span - 1))
        _carry_down(carried, texts, spans, owner)
        out.append((texts, spans))
        owners.append(owner)
    return out, owners


def _carry_down(
    carried: _Carried, texts: list[str], spans: list[int], owner: dict[int, int]
) -> None:
    """The cells spanning down from above into the row's next columns, laid in it."""
    while (column := len(texts)) in carried:
        left, text, span, first = carried.pop(column)
        texts.extend([text] + [""] * (span - 1))
        spans.extend([span] + [0] * (span - 1))
        owner[column] = first
        if left > 1:
            carried[column] = (left - 1, text, span, first)


def row_text(cells: list[str]) -> str:
    return CELL_BREAK.join(cells)


def _span(cell: etree._Element, attribute: str = "colspan") -> int:
    value = (cell.get(attribute) or "1").strip()
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1
