"""A Word file is the package python-docx writes, byte for byte (its members, their order,
their headers and deflated bytes), and a part the same in two files of an export (the house
template's styles in the filing and the notice) is deflated once. Counted, not timed."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import docx
import pytest

from amendtool.core.layout import Block, Role
from amendtool.io import docx_package
from amendtool.io.docx_package import docx_bytes
from amendtool.io.docx_writer import blocks_to_docx, house_template

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "offer-to-exchange.docx"
BLOCKS = [
    Block(Role.HEADING, text="Section 1. Eligibility"),
    Block(Role.BODY, text="Options granted before the offer are eligible. \u201cQuoted\u201d."),
    Block(Role.TEXT, text="Counsel writes [the reason] here."),
]


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """One time of writing for python-docx's zip file and ours."""
    moment = time.mktime((2026, 3, 14, 15, 9, 27, 0, 0, -1))
    monkeypatch.setattr(time, "time", lambda: moment)


@pytest.fixture
def deflated(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of each part deflated, in a run that has deflated nothing yet."""
    monkeypatch.setattr(docx_package, "_deflated", type(docx_package._deflated)())
    sizes: list[int] = []
    real = docx_package._deflated_now

    def counted(blob: bytes) -> bytes:
        sizes.append(len(blob))
        return real(blob)

    monkeypatch.setattr(docx_package, "_deflated_now", counted)
    return sizes


def _python_docx(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("source", [house_template(), SAMPLE])
def test_the_bytes_are_python_docxs(source: Path, fixed_clock: None) -> None:
    document = docx.Document(str(source))
    document.add_paragraph("A paragraph added, so the document is not the one read.")
    expected = _python_docx(document)
    assert docx_bytes(document) == expected
    assert docx_bytes(document) == expected  # and again, its parts remembered deflated


def test_a_part_in_two_files_is_deflated_once(deflated: list[int], fixed_clock: None) -> None:
    styles = len(zipfile.ZipFile(house_template()).read("word/styles.xml"))
    filing = blocks_to_docx(BLOCKS, "Schedule TO")
    notice = blocks_to_docx(BLOCKS, "Notice", cover_page=False)
    largest = max(deflated)
    assert largest > styles // 2  # the styles, as python-docx writes them
    assert deflated.count(largest) == 1
    for written in (filing, notice):
        with zipfile.ZipFile(io.BytesIO(written)) as archive:
            assert archive.testzip() is None
        assert docx.Document(io.BytesIO(written)).paragraphs[0].text == "Section 1. Eligibility"


def test_the_documents_own_part_is_not_remembered(deflated: list[int]) -> None:
    blocks_to_docx(BLOCKS, "Schedule TO")
    blocks_to_docx(BLOCKS, "Schedule TO")
    remembered = list(docx_package._deflated)
    assert remembered and not any(b"<w:body>" in blob for blob in remembered)


def test_what_is_remembered_is_bounded(
    deflated: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_package, "_KEPT", 3000)
    for n in range(10):
        docx_package.zip_bytes([(f"part{n}.xml", bytes([n]) * 1000)], keep=lambda name: True)
    kept = docx_package._deflated
    assert 0 < sum(len(blob) + len(packed) for blob, (packed, _) in kept.items()) <= 3000
    assert bytes([9]) * 1000 in kept  # the latest kept, the oldest let go
