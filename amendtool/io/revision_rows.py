"""New table rows marked inserted, shaped like a row of the table.

A table the revision adds or restates is written row after row, each shaped like the row
before it. That row's shape (the row emptied of its words and marks, and the run whose
formatting each cell's words take) is worked out once and kept for the rows made from it:
copied whole and emptied again, a 20,000-row table's rows were each copied with their words,
walked for their runs and stripped (two of the checks' seconds).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from amendtool.core.model import CELL_PARAGRAPH_BREAK
from amendtool.io.oxml_element import OxmlElement
from amendtool.io.revision_text import W_DEL, W_INS, W_P, W_PPR, W_TC, W_TRPR, _visible_runs
from amendtool.io.word_paragraphs import copied
from amendtool.io.word_xml import grid_cells


@dataclass(frozen=True)
class RowShape:
    """A table row's shape, for adding a row like it: an empty copy, where each cell starts
    and the run its words are set like."""

    blank: etree._Element  # the row without words or marks: each cell one empty paragraph
    starts: tuple[bool, ...]  # for each column of the grid, whether a cell starts there
    runs: tuple[etree._Element | None, ...]  # for each cell, the run its words are set like


def shape_of(like: etree._Element) -> RowShape:
    """The shape of `like` (a row): its marks taken off its properties, each cell left with
    its first paragraph's properties only."""
    row = copied(like)
    for properties in row.iter(W_TRPR):
        for mark in properties.findall(W_INS) + properties.findall(W_DEL):
            properties.remove(mark)
    runs: list[etree._Element | None] = []
    for cell in row.iterchildren(W_TC):
        paragraphs = list(cell.iterchildren(W_P))
        visible = _visible_runs(paragraphs[0]) if paragraphs else []
        runs.append(visible[0] if visible else None)
        for paragraph in paragraphs[1:]:
            cell.remove(paragraph)
        if not paragraphs:
            paragraphs = [OxmlElement("w:p")]
            cell.append(paragraphs[0])
        _empty(paragraphs[0])
    starts = tuple(cell is not None for cell in grid_cells(row))
    return RowShape(row, starts, tuple(runs))


def fitted(cells: list[str], shape: RowShape) -> list[str]:
    """The texts of `cells` one to a cell of the shape: the texts of columns a cell spans
    joined in it; more texts than cells, the rest in the last."""
    count = len(shape.runs)
    if len(cells) == len(shape.starts) != count:  # cells spanning columns: one text each
        texts: list[str] = []
        for starts, text in zip(shape.starts, cells, strict=True):
            if starts or not texts:
                texts.append(text)
            elif text.strip():
                texts[-1] = f"{texts[-1]} {text}".strip()
        cells = texts
    if len(cells) > count > 0:  # more cells than the row has: the rest go last
        cells = [*cells[: count - 1], " ".join(cells[count - 1 :])]
    return cells


def filled(
    shape: RowShape,
    cells: list[str],
    inserted: Callable[[str, etree._Element | None], etree._Element],
) -> tuple[etree._Element, RowShape]:
    """A new row of `shape` holding `cells` (`inserted` makes the marked run of each cell's
    words), and the shape of the row made: the same, its cells' words set like its runs."""
    row = copied(shape.blank)
    cells = fitted(cells, shape)
    runs: list[etree._Element | None] = []
    for index, cell in enumerate(row.iterchildren(W_TC)):
        first = next(cell.iterchildren(W_P))
        text = cells[index] if index < len(cells) else ""
        paragraph, run = first, None
        for number, words in enumerate(text.split(CELL_PARAGRAPH_BREAK)):
            if number:  # a cell's next paragraph, shaped like its first
                paragraph = copied(first)
                _empty(paragraph)
                cell.append(paragraph)
            if words.strip():
                like = shape.runs[index]
                wrapper = inserted(words.strip(), like)
                paragraph.append(wrapper)
                # the next row's words are set like this row's, whose run is set like `like`
                run = (wrapper[0] if like is None else like) if number == 0 else run
        runs.append(run)
    return row, RowShape(shape.blank, shape.starts, tuple(runs))


def _empty(paragraph: etree._Element) -> None:
    for child in list(paragraph):
        if child.tag != W_PPR:
            paragraph.remove(child)
