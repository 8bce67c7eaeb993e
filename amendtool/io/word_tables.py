"""Tables written straight into a Word body: each row, and each plain paragraph of a cell,
copied whole from one made for its shape, since through python-docx (or element by element)
a table of 20,000 rows costs seconds."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import cast

from docx.oxml.ns import qn
from docx.oxml.table import CT_Row, CT_Tc
from docx.shared import Inches
from docx.table import Table, _Cell
from lxml import etree

from amendtool.core.clean_text import safe_for_output
from amendtool.core.model import cell_paragraphs
from amendtool.core.pattern_store import compiled
from amendtool.io.word_paragraphs import W_R, W_T, ParagraphStyles, add_run, copied


def append_row(table: Table, cant_split: bool = False) -> tuple[CT_Row, list[_Cell]]:
    """A row added at the foot of `table`, a cell for each column of its grid at the width
    `column_widths` gives, and its cells, each to be filled with `fill_cell`. Made directly:
    python-docx looks the grid up among all the rows for each row added, and a cell's parts
    up among its parts, which is quadratic on a table of 20,000 rows; and copied whole from
    one made for the table's shape, since each element made apart costs as much as the row.
    `cant_split`: the row is kept on one page."""
    tbl = table._tbl
    grid = next(child for child in tbl.iterchildren() if child.tag == _W_TBLGRID)
    columns = sum(1 for _ in grid.iterchildren(_W_GRIDCOL))
    tbl.append(copied(_row_shape(columns, cant_split)))
    tr = cast(CT_Row, tbl[-1])  # as the table's own element, not the shape's copy
    return tr, [_Cell(cast(CT_Tc, tc), table) for tc in tr.iterchildren(_W_TC)]


_SHAPES = threading.local()  # lxml elements belong to the thread that made them


def _row_shape(columns: int, cant_split: bool) -> etree._Element:
    """An empty row of `columns` cells at their widths, made once a thread for each shape."""
    shapes: dict[tuple[int, bool], etree._Element] = _SHAPES.__dict__.setdefault("rows", {})
    key = (columns, cant_split)
    if key not in shapes:
        tr = etree.Element(_W_TR, nsmap={"w": _W_NS})
        if cant_split:
            etree.SubElement(etree.SubElement(tr, _W_TRPR), _W_CANTSPLIT)
        for width in _twips(columns):
            tc = etree.SubElement(tr, _W_TC)
            tc_width = etree.SubElement(etree.SubElement(tc, _W_TCPR), _W_TCW)
            tc_width.set(_W_W, width)
            tc_width.set(_W_TYPE, "dxa")
        shapes[key] = tr
    return shapes[key]


@lru_cache(maxsize=64)
def _twips(count: int) -> tuple[str, ...]:
    return tuple(str(width.twips) for width in column_widths(count))


_W_TBLGRID, _W_GRIDCOL, _W_TR, _W_TC = qn("w:tblGrid"), qn("w:gridCol"), qn("w:tr"), qn("w:tc")
_W_TCPR, _W_TCW, _W_P, _W_W, _W_TYPE = qn("w:tcPr"), qn("w:tcW"), qn("w:p"), qn("w:w"), qn("w:type")
_W_PPR, _W_PSTYLE, _W_RPR, _W_B, _W_VAL = (
    qn("w:pPr"), qn("w:pStyle"), qn("w:rPr"), qn("w:b"), qn("w:val"),
)  # fmt: skip
_W_TRPR, _W_CANTSPLIT, _W_GRIDSPAN = qn("w:trPr"), qn("w:cantSplit"), qn("w:gridSpan")
_W_TBLHEADER, _W_TBLPREX = qn("w:tblHeader"), qn("w:tblPrEx")
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def merge_across(tr: etree._Element, spans: tuple[int, ...] | None) -> None:
    """A row's cells merged across the columns each spans (model.Paragraph.spans), as Word
    merges them: the first cell widened over them (w:gridSpan), the others taken out."""
    cells = list(tr.iterchildren(_W_TC))
    if spans is None or len(spans) != len(cells):
        return
    for start, span in enumerate(spans):
        if span < 2:
            continue
        first = cells[start]
        properties = first.find(_W_TCPR)
        if properties is None:
            properties = etree.SubElement(first, _W_TCPR)
            first.insert(0, properties)
        width = properties.find(_W_TCW)
        covered = cells[start + 1 : start + span]
        if width is not None:
            widths = [c.find(f"{_W_TCPR}/{_W_TCW}") for c in [first, *covered]]
            total = sum(int(w.get(_W_W, "0")) for w in widths if w is not None)
            width.set(_W_W, str(total))
        grid_span = etree.Element(_W_GRIDSPAN)
        grid_span.set(_W_VAL, str(span))
        properties.insert(1 if width is not None else 0, grid_span)
        for cell in covered:
            tr.remove(cell)


def fill_cell(
    cell: _Cell, text: str, styles: ParagraphStyles, bold: bool = False, lead: str = ""
) -> None:
    """A cell's text, each of its paragraphs a Word paragraph of its own (made directly:
    through python-docx each costs a search of the cell for every element added); `bold`:
    all of it bold; `lead`: the bold words it opens with (model.RowLook), over as many of
    its paragraphs as they run."""
    tc = cell._tc
    for old in tc.findall(_W_P):  # none in a row append_row made
        tc.remove(old)
    style_id = styles.ids.get("AT Table Text")
    paragraphs = cell_paragraphs(safe_for_output(text)) or [""]
    for words, emphasis in zip(paragraphs, _bold_counts(paragraphs, lead), strict=True):
        whole = bold or (emphasis == len(words) > 0)
        if words and _PLAIN_WORDS.fullmatch(words) and (whole or not emphasis):
            p = copied(_paragraph_shape(style_id, whole))  # one run of one w:t: copied
            p[-1][-1].text = words
            tc.append(p)
            continue
        p = etree.SubElement(tc, _W_P)
        if style_id is not None:
            etree.SubElement(etree.SubElement(p, _W_PPR), _W_PSTYLE).set(_W_VAL, style_id)
        pieces = (
            [(words, whole)]
            if whole or not emphasis
            else [(words[:emphasis], True), (words[emphasis:], False)]
        )
        for piece, strong in pieces:
            run = add_run(p, piece)
            if strong:
                properties = etree.Element(_W_RPR)
                etree.SubElement(properties, _W_B)
                run.insert(0, properties)


def repeat_as_heading(tr: etree._Element) -> None:
    """The row is printed again at the top of each page the table runs on to (Word's
    "Repeat as header row"): a quoted table broken across pages keeps its column headings.
    Only a table's first rows may be so marked."""
    props = tr.find(_W_TRPR)
    if props is None:
        props = etree.Element(_W_TRPR)
        first = tr[0] if len(tr) and tr[0].tag == _W_TBLPREX else None
        tr.insert(1 if first is not None else 0, props)
    if props.find(_W_TBLHEADER) is None:
        props.append(etree.Element(_W_TBLHEADER))  # after cantSplit, as the schema orders


def append_plain_row(
    table: Table, texts: list[str], styles: ParagraphStyles, bold: bool, room: int | None
) -> etree._Element | None:
    """A row of one-line cells (a grant list's "Holder 12", "85 options") added at the foot
    of `table`, filled and set in (`room`, as `set_in_row`), copied whole from one made for
    its shape: as `append_row`, `fill_cell` and `set_in_row` make it, in one step rather
    than a step for each cell. None, and nothing added, for a row with other cells (several
    paragraphs, a tab, bold words leading), which those make."""
    words = [cell_paragraphs(safe_for_output(text)) for text in texts]
    if not all(len(cell) <= 1 and all(map(_PLAIN_WORDS.fullmatch, cell)) for cell in words):
        return None
    tbl = table._tbl
    grid = next(child for child in tbl.iterchildren() if child.tag == _W_TBLGRID)
    if sum(1 for _ in grid.iterchildren(_W_GRIDCOL)) != len(texts):
        return None  # as `append_row` and `fill_cell` fail on it
    tbl.append(copied(_filled_shape(len(texts), styles.ids.get("AT Table Text"), bold, room)))
    tr = tbl[-1]
    for tc, cell in zip(tr.iterchildren(_W_TC), words, strict=True):
        run = tc[-1][-1]
        if cell:
            run[-1].text = cell[0]
        else:
            run.remove(run[-1])  # an empty cell: a run with no text, as add_run makes it
    return tr


def _filled_shape(
    columns: int, style_id: str | None, bold: bool, room: int | None
) -> etree._Element:
    """A row kept on one page, its cells set in and each holding a paragraph in the table's
    style with one run of one (empty) w:t; made once a thread for each shape."""
    shapes: dict[tuple[int, str | None, bool, int | None], etree._Element] = (
        _SHAPES.__dict__.setdefault("filled", {})
    )
    key = (columns, style_id, bold, room)
    if key not in shapes:
        tr = copied(_row_shape(columns, True))
        if room is not None:
            set_in_row(tr, room)
        for tc in tr.iterchildren(_W_TC):
            tc.append(copied(_paragraph_shape(style_id, bold)))
        shapes[key] = tr
    return shapes[key]


def _bold_counts(paragraphs: list[str], lead: str) -> list[int]:
    """How many characters of each paragraph the bold words `lead` cover, from its start."""
    left = " ".join(lead.split())
    counts = []
    for words in paragraphs:
        if left and left.startswith(words):
            counts.append(len(words))
            left = left[len(words) :].lstrip()
        elif left and words.startswith(left):
            counts.append(len(left))
            left = ""
        else:
            counts.append(0)
            left = ""
    return counts


_W_BORDERS = qn("w:tcBorders")


def rule_cells(tr: etree._Element, ruled: tuple[str, ...]) -> None:
    """Each cell of a row ruled on the sides the offer rules it ("top left", model.RowLook),
    a single black line, as an HTML table's thin borders print."""
    for tc, sides in zip(tr.iterchildren(_W_TC), ruled, strict=False):
        if not sides.split():
            continue
        properties = tc.find(_W_TCPR)
        if properties is None:
            properties = etree.Element(_W_TCPR)
            tc.insert(0, properties)
        borders = etree.SubElement(properties, _W_BORDERS)
        for side in ("top", "left", "bottom", "right"):
            if side in sides.split():
                line = etree.SubElement(borders, qn(f"w:{side}"))
                for name, value in (("val", "single"), ("sz", "4"), ("space", "0")):
                    line.set(qn(f"w:{name}"), value)
                line.set(qn("w:color"), "000000")


_PLAIN_WORDS = compiled(r"[^\t\r\n]+")  # no tab or break: add_run makes one w:t of it


def _paragraph_shape(style_id: str | None, bold: bool) -> etree._Element:
    """A cell's paragraph in its style with one run of one (empty) w:t, as `fill_cell` makes
    it element by element; made once a thread for each style."""
    shapes: dict[tuple[str | None, bool], etree._Element] = _SHAPES.__dict__.setdefault(
        "paragraphs", {}
    )
    if (style_id, bold) not in shapes:
        p = etree.Element(_W_P, nsmap={"w": _W_NS})
        if style_id is not None:
            etree.SubElement(etree.SubElement(p, _W_PPR), _W_PSTYLE).set(_W_VAL, style_id)
        run = etree.SubElement(p, W_R)
        if bold:
            etree.SubElement(etree.SubElement(run, _W_RPR), _W_B)
        etree.SubElement(run, W_T)
        shapes[(style_id, bold)] = p
    return shapes[(style_id, bold)]


def set_in(table: Table, left: int, right: int, width: int) -> None:
    """A quoted table set in from the margins as a quoted paragraph is (twips: `left`,
    `right`, of a text `width`): indented, its columns narrowed to fit between them."""
    properties = table._tbl.tblPr
    indent = etree.SubElement(properties, qn("w:tblInd"))
    indent.set(_W_W, str(left))
    indent.set(_W_TYPE, "dxa")
    _reorder(properties)
    columns = list(table._tbl.iter(_W_GRIDCOL))
    for column, twips in zip(
        columns, _set_in_twips(len(columns), width - left - right), strict=True
    ):
        column.set(_W_W, str(twips))


def set_in_row(tr: etree._Element, room: int) -> None:
    """A row of a table `set_in`: its cells as narrow as its columns (`room` twips wide)."""
    cells = list(tr.iterchildren(_W_TC))
    for tc, twips in zip(cells, _set_in_twips(len(cells), room), strict=True):
        width = tc.find(f"{_W_TCPR}/{_W_TCW}")
        if width is not None:
            width.set(_W_W, str(twips))


def _set_in_twips(count: int, room: int) -> list[int]:
    widths = [int(w) for w in _twips(count)] if count else []
    total = sum(widths) or 1
    return [w * room // total if total > room else w for w in widths]


# the order Word requires of a table's properties (those this module and python-docx write)
_TBLPR_ORDER = [
    qn(f"w:{n}")
    for n in """
    tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc
    tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook
    """.split()
]


def _reorder(properties: etree._Element) -> None:
    known = [c for c in properties if c.tag in _TBLPR_ORDER]
    for child in sorted(known, key=lambda c: _TBLPR_ORDER.index(c.tag)):
        properties.append(child)


def column_widths(count: int) -> list[Inches]:
    """A caption column and a text column (an index of exhibits, a term sheet), or a
    label column and equal columns of figures."""
    if count <= 2:
        return [Inches(1.5), Inches(5.0)][:count]
    return [Inches(2.5)] + [Inches(4.0 / (count - 1))] * (count - 1)
