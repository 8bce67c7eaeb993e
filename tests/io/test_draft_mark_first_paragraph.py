"""The draft mark is put before the body's first paragraph without python-docx building a
Paragraph for each of the filing's thousands of paragraphs only to take the first. Counted,
not timed; each file is the one `document.paragraphs[0]` wrote."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import docx
import pytest
from docx.text.paragraph import Paragraph

from amendtool.io import draft_marks
from amendtool.io.draft_marks import mark_word

MARK = "DRAFT — NOT FOR FILING: 1 placeholder for counsel remains"


def _document(paragraphs: int, table_first: bool) -> Any:
    document = docx.Document()
    if table_first:
        document.add_table(rows=1, cols=2).cell(0, 0).text = "Exercise price"
    for n in range(paragraphs):
        document.add_paragraph(f"Paragraph {n}.")
    document.core_properties.title = "Schedule TO"
    return document


def _parts(document: Any) -> list[tuple[str, bytes]]:
    out = io.BytesIO()
    document.save(out)
    archive = zipfile.ZipFile(out)
    return [(i.filename, archive.read(i)) for i in archive.infolist() if "core" not in i.filename]


def _first_as_python_docx_finds_it(document: Any) -> Any:
    body = document.paragraphs
    return body[0].insert_paragraph_before() if body else document.add_paragraph()


@pytest.mark.parametrize("paragraphs", [0, 1, 5])
@pytest.mark.parametrize("table_first", [False, True])
def test_the_marked_file_is_the_one_python_docx_wrote(
    paragraphs: int, table_first: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = _document(paragraphs, table_first)
    mark_word(ours, MARK)
    monkeypatch.setattr(draft_marks, "_first_line", _first_as_python_docx_finds_it)
    theirs = _document(paragraphs, table_first)
    mark_word(theirs, MARK)
    assert _parts(ours) == _parts(theirs)
    assert ours.core_properties.title == theirs.core_properties.title == "DRAFT: Schedule TO"


def test_no_paragraph_built_for_each_of_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    document = _document(2000, table_first=False)
    built: list[object] = []
    real = Paragraph.__init__

    def counted(self: Paragraph, p: Any, parent: Any) -> None:
        built.append(p)
        real(self, p, parent)

    monkeypatch.setattr(Paragraph, "__init__", counted)
    mark_word(document, MARK)
    assert len(built) < 10, len(built)
