"""Tables written straight into a Word body: each row, and each plain paragraph of a cell,
copied whole from one made for its shape, since through python-docx (or element by element)
a table of 20,000 rows costs seconds."""

from __future__ import annotations

import copy
import re
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
from amendtool.io.word_paragraphs import W_R, W_T, ParagraphStyles, add_run


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
    tbl.append(copy.deepcopy(_row_shape(columns, cant_split)))
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
            p = copy.deepcopy(_paragraph_shape(style_id, whole))  # one run of one w:t: copied
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


_PLAIN_WORDS = re.compile(r"[^\t\r\n]+")  # no tab or break: add_run makes one w:t of it


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


def column_widths(count: int) -> list[Inches]:
    """A caption column and a text column (an index of exhibits, a term sheet), or a
    label column and equal columns of figures."""
    if count <= 2:
        return [Inches(1.5), Inches(5.0)][:count]
    return [Inches(2.5)] + [Inches(4.0 / (count - 1))] * (count - 1)
