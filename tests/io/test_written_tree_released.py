"""A Word file, once written, lets its tree go at once: python-docx's parts refer to each
other, so a long table's tree would otherwise stay in memory beside the next file's until
a collection. Sizes are counted (elements left), never memory measured."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument

from amendtool.core.layout import Block, Role
from amendtool.io import docx_writer, template_package


def test_the_tree_of_a_file_written_is_let_go(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[WordDocument] = []
    opened = docx.Document
    real_template = template_package.open_template

    def opening(path: Path) -> WordDocument:  # the document each file is built in
        made.append(real_template(path))
        return made[-1]

    monkeypatch.setattr(template_package, "open_template", opening)  # as word_paragraphs does
    rows = [Block(Role.TABLE_ROW, cells=(f"Grant {n}", f"{3 * n} shares")) for n in range(200)]
    blocks = [Block(Role.TEXT, "The grants are these."), *rows, Block(Role.TEXT, "The end.")]
    written = docx_writer.blocks_to_docx(blocks, "Schedule TO Amendment")
    table = opened(io.BytesIO(written)).tables[0]
    assert len(table.rows) == 200 and table.cell(199, 1).text == "597 shares"  # all written
    assert len(made) == 1
    assert len(made[0].element.body) == 0  # nothing of it is held once the bytes are made
