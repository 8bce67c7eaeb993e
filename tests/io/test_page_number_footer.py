"""The page number goes in the first section's footer without python-docx's searches through
the whole document (the list of sections, then a footer to share before the first): the
writer knows which w:sectPr ends the first section. Counted, not timed; each file is the
one `document.sections[0].footer` wrote."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

import pytest
from docx.oxml.xmlchemy import BaseOxmlElement

from amendtool.core.layout import Block, Role
from amendtool.io import docx_writer
from amendtool.io.docx_writer import add_page_field, blocks_to_docx

_WHEN = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
_FILING = [Block(Role.HEADING, "Item 1."), Block(Role.ITEM, "Amended.", label="(a)")]
_EXHIBIT = [
    Block(Role.CENTER_BOLD, "Notice", document="exhibit"),
    Block(Role.BODY, "The offer is amended.", document="exhibit"),
    Block(Role.CENTER_BOLD, "Memo", document="memo"),
]


def _members(data: bytes) -> list[tuple[str, bytes]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return [(name, archive.read(name)) for name in archive.namelist()]


def _as_python_docx_finds_it(document: Any, first: object, cover_page: bool) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = cover_page
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = 1
    add_page_field(paragraph)


@pytest.mark.parametrize("blocks", [[], _FILING, _EXHIBIT, _FILING + _EXHIBIT])
@pytest.mark.parametrize("cover_page", [True, False])
@pytest.mark.parametrize("mark", ["", "DRAFT"])
def test_the_file_is_the_one_python_docx_wrote(
    blocks: list[Block], cover_page: bool, mark: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = blocks_to_docx(blocks, "Filing", cover_page=cover_page, when=_WHEN, mark=mark)
    monkeypatch.setattr(docx_writer, "_page_numbers", _as_python_docx_finds_it)
    theirs = blocks_to_docx(blocks, "Filing", cover_page=cover_page, when=_WHEN, mark=mark)
    assert _members(ours) == _members(theirs)


def test_no_search_for_the_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []
    real = BaseOxmlElement.xpath

    def xpath(self: BaseOxmlElement, expression: str) -> Any:
        searched.append(expression)
        return real(self, expression)

    monkeypatch.setattr(BaseOxmlElement, "xpath", xpath)
    blocks_to_docx(_FILING + _EXHIBIT, "Filing", when=_WHEN)
    assert [e for e in searched if "sectPr" in e] == []
