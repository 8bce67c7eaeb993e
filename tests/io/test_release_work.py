"""The Word tree of a file just written is let go in work that grows with its size: lxml's
work to detach an element grows with the square of what hangs under it, so a long table
detached whole took seconds (6 s at 8,000 rows, most of a 49,000-row run). Only small
elements (a row, a paragraph) are detached whole, each in one step."""

from __future__ import annotations

import io

import docx
import pytest
from lxml import etree

from amendtool.core.layout import Block, Role
from amendtool.io import docx_writer

ROWS = 300


def _blocks() -> list[Block]:
    rows = [
        Block(Role.TABLE_ROW, cells=(f"Holder {n}", f"{7 * n + 1} options")) for n in range(ROWS)
    ]
    return [Block(Role.TEXT, "The holders listed below."), *rows, Block(Role.TEXT, "After.")]


def test_each_element_is_detached_with_little_under_it(monkeypatch: pytest.MonkeyPatch) -> None:
    detached: list[int] = []
    levels: list[etree._Element] = []
    original = docx_writer.detach_all

    def counting(root: etree._Element) -> None:
        levels.append(root)
        detached.extend(sum(1 for _ in element.iterdescendants()) for element in root)
        original(root)

    monkeypatch.setattr(docx_writer, "detach_all", counting)
    written = docx_writer.blocks_to_docx(_blocks(), "Holders")
    assert max(detached) <= 64
    # each row was detached whole: not its cells, paragraphs and runs apart
    assert ROWS <= len(detached) <= ROWS + 10
    assert len(levels) <= 3  # the body's children, and the table's, each level in one step
    table = docx.Document(io.BytesIO(written)).tables[0]
    assert len(table.rows) == ROWS
    assert table.rows[-1].cells[1].text == f"{7 * (ROWS - 1) + 1} options"


def test_release_empties_the_tree() -> None:
    root = etree.fromstring("<a><b><c><d/>text</c><e/></b><f>tail</f></a>")
    docx_writer.release(root)
    assert len(root) == 0 and etree.tostring(root) == b"<a/>"


def test_the_large_elements_are_found_once_for_each_one_released(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Which elements are large is asked of a whole level at once (a search has a set cost
    of its own, more than the detaching, for each of a long filing's paragraphs)."""
    searched: list[etree._Element] = []
    original = docx_writer._LARGE

    def counting(element: etree._Element) -> object:
        searched.append(element)
        return original(element)

    monkeypatch.setattr(docx_writer, "_LARGE", counting)
    paragraphs = [Block(Role.TEXT, f"Paragraph {n}.") for n in range(ROWS)]
    written = docx_writer.blocks_to_docx([*paragraphs, *_blocks()], "Holders")
    assert len(searched) <= 3  # the body, and the table
    assert len(docx.Document(io.BytesIO(written)).paragraphs) >= ROWS
