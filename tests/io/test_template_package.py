"""The house template is opened for each Word file drawn on it (the filing and the notice):
its zip is read once, and its styles (355 KB of XML) are parsed only when read, written as
python-docx writes them untouched. Counted, not timed; every file is what
`docx.Document(template)` made, member by member."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Pt

from amendtool.core.layout import Block, Role
from amendtool.io import docx_writer, template_package, word_paragraphs
from amendtool.io.docx_writer import blocks_to_docx, house_template
from amendtool.io.template_package import open_template

_WHEN = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)


def _members(data: bytes) -> list[tuple[str, bytes]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return [(name, archive.read(name)) for name in archive.namelist()]


def _saved(document: Any) -> list[tuple[str, bytes]]:
    buffer = io.BytesIO()
    document.save(buffer)
    return _members(buffer.getvalue())


_EDITS: list[Callable[[Any], object]] = [
    lambda d: None,
    lambda d: [s.name for s in d.styles],  # read, not changed
    lambda d: setattr(d.styles["AT Body"].font, "size", Pt(9)),  # a style changed
    lambda d: d.add_table(rows=1, cols=2),
    lambda d: d.add_paragraph("words", style="AT Heading"),
]


@pytest.mark.parametrize("edit", _EDITS)
def test_the_document_is_the_one_docx_document_makes(edit: Callable[[Any], object]) -> None:
    for _ in range(2):  # the first opens the file, the second the version read before
        ours, theirs = open_template(house_template()), docx.Document(str(house_template()))
        edit(ours)
        edit(theirs)
        assert _saved(ours) == _saved(theirs)


def test_a_file_is_the_one_drawn_on_a_template_opened_by_python_docx(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocks = [
        Block(Role.HEADING, "Item 1."),
        Block(Role.ITEM, "The offer is amended.", label="(a)"),
        Block(Role.TABLE_HEADER, cells=("Name", "Price"), quoted=True),
        Block(Role.TABLE_ROW, cells=("Options", "$1.00"), quoted=True),
        Block(Role.TEXT, "After the table [name]."),
        Block(Role.TABLE_ROW, cells=("Plain", "row")),
    ]
    opened = word_paragraphs.ParagraphStyles

    def of_file(source: Path) -> Any:
        document = docx.Document(str(source))
        return document, opened(document)

    for cut in (0, 2, len(blocks)):  # with a quoted table (its styles read) and without
        ours = blocks_to_docx(blocks[:cut], "Filing", when=_WHEN, mark="DRAFT")
        with monkeypatch.context() as patch:
            patch.setattr(opened, "of_file", staticmethod(of_file))
            add_table = lambda d, n: d.add_table(rows=0, cols=n)  # noqa: E731
            patch.setattr(docx_writer, "_add_table", add_table)
            theirs = blocks_to_docx(blocks[:cut], "Filing", when=_WHEN, mark="DRAFT")
        assert _members(ours) == _members(theirs)


def test_the_styles_are_parsed_and_written_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not for each file: the filing and the notice read none of them (no quoted table)."""
    blocks = [Block(Role.HEADING, "Item 1."), Block(Role.ITEM, "Amended.", label="(a)")]
    blocks_to_docx(blocks, "Filing", when=_WHEN)  # the template read, its styles written
    parsed: list[int] = []
    written: list[int] = []
    real_parse, real_write = template_package.parse_xml, template_package.serialize_part_xml

    def parse(blob: bytes) -> Any:
        parsed.append(len(blob))
        return real_parse(blob)

    def write(element: Any) -> bytes:
        made = real_write(element)
        written.append(len(made))
        return made

    monkeypatch.setattr(template_package, "parse_xml", parse)
    monkeypatch.setattr(template_package, "serialize_part_xml", write)
    monkeypatch.setattr("docx.opc.part.parse_xml", parse)
    monkeypatch.setattr("docx.opc.part.serialize_part_xml", write)
    for _ in range(3):
        blocks_to_docx(blocks, "Filing", when=_WHEN)
        blocks_to_docx(blocks, "Notice", cover_page=False, when=_WHEN)
    assert max(parsed) < 100_000
    assert max(written) < 100_000
