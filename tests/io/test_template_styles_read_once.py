"""The filing and the notice are both opened from the house template: its paragraph styles
are read once for each version of the file, not looked through again for each document.
Counted, not timed; each paragraph is in the style it was before."""

from __future__ import annotations

import io

import docx
import pytest

from amendtool.core.layout import Block, Role
from amendtool.io import word_paragraphs
from amendtool.io.docx_writer import blocks_to_docx

BLOCKS = [
    Block(Role.HEADING, text="Section 1. Eligibility"),
    Block(Role.BODY, text="Options granted before the offer are eligible."),
]


def test_the_templates_styles_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The filing and the notice are opened from one template: its styles' ids are the same."""
    monkeypatch.setattr(word_paragraphs, "_READ", {})
    read: list[object] = []
    real = word_paragraphs.ParagraphStyles.__init__

    def reading(self: word_paragraphs.ParagraphStyles, document: object) -> None:
        read.append(document)
        real(self, document)  # type: ignore[arg-type]

    monkeypatch.setattr(word_paragraphs.ParagraphStyles, "__init__", reading)
    filing = blocks_to_docx(BLOCKS, "Schedule TO")
    notice = blocks_to_docx(BLOCKS, "Notice", cover_page=False)
    assert len(read) == 1
    for written in (filing, notice):
        heading = docx.Document(io.BytesIO(written)).paragraphs[0]
        assert heading.style is not None and heading.style.name == "AT Heading"
