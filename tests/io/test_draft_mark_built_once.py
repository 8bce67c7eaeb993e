"""A working draft's Word filing and notice carry the draft mark from the moment they are
built: each Word file is opened from the template, filled, zipped and saved once, never
opened again from its own bytes to be marked."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io import docx_writer, template_package
from amendtool.io.load import load_document
from amendtool.io.outputs import SCHEDULE_TO_DOCX, notice_file_name, write_outputs
from tests.conftest import SAMPLES

MARK = "NOT FOR FILING"


def test_a_drafts_word_files_are_built_and_saved_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = load_document(SAMPLES / "offer-to-exchange.docx")
    after = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    opened: list[object] = []
    saved: list[object] = []
    real_open, real_save = docx.Document, WordDocument.save
    real_template = template_package.open_template

    def opening(source: object = None) -> WordDocument:
        opened.append(source)
        return real_open(source)  # type: ignore[arg-type]

    def opening_template(source: Path) -> WordDocument:  # as io/word_paragraphs.py opens it
        opened.append(source)
        return real_template(source)

    def saving(self: WordDocument, target: object) -> None:
        saved.append(target)
        real_save(self, target)  # type: ignore[arg-type]

    def packing(document: WordDocument) -> bytes:  # how a Word file is saved (io/docx_package)
        saved.append(document)
        return real_pack(document)

    real_pack = docx_writer.docx_bytes
    monkeypatch.setattr(docx, "Document", opening)
    monkeypatch.setattr(template_package, "open_template", opening_template)
    monkeypatch.setattr(WordDocument, "save", saving)
    monkeypatch.setattr(docx_writer, "docx_bytes", packing)
    names = [SCHEDULE_TO_DOCX, notice_file_name(amendment)]
    write_outputs(amendment, tmp_path / "out", names)

    assert len(opened) == len(saved) == 2, (opened, saved)  # the template, once for each
    assert not any(isinstance(source, io.BytesIO) for source in opened)
    for name in names:
        written = real_open(io.BytesIO((tmp_path / "out" / name).read_bytes()))
        assert MARK in written.paragraphs[0].text, name
        assert MARK in written.sections[0].header.paragraphs[0].text, name
        assert (written.core_properties.title or "").startswith("DRAFT"), name
