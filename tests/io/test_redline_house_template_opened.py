"""An original that is not the project's own Word file is set in the house style on the
house template opened as the filing's is (io/template_package.py): the template's zip is
read once for each version of the file, not for each redline. Counted, not timed; the file
is the one `docx.Document` of the template wrote."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from amendtool.io import redline_base, template_package
from amendtool.io.docx_package import docx_bytes
from tests.support.builders import doc

OFFER = [
    ("", ["Halvorsen Corp. offers to exchange options for new options."]),
    ("1. Eligibility", ["Options priced at $20.00 or more are eligible.", "Grant\t$20.00"]),
    ("2. Notes", ["Eligible options[fn 1] are listed.", "[fn 1] As of the offer's start."]),
]


def _parts(data: bytes) -> list[tuple[str, bytes]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return [(n, archive.read(n)) for n in archive.namelist()]


def test_the_setting_is_the_file_docx_document_wrote(monkeypatch: pytest.MonkeyPatch) -> None:
    ours, _, _ = redline_base.base_document(doc(OFFER))
    monkeypatch.setattr(redline_base, "open_template", lambda s: docx.Document(str(s)))
    theirs, _, _ = redline_base.base_document(doc(OFFER))
    assert _parts(docx_bytes(ours)) == _parts(docx_bytes(theirs))


def test_the_templates_zip_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    redline_base.base_document(doc(OFFER))  # this version of the template, read
    read: list[object] = []
    real = template_package.PackageReader.from_file

    def reading(source: object) -> object:
        read.append(source)
        return real(source)  # type: ignore[arg-type]

    monkeypatch.setattr(template_package.PackageReader, "from_file", staticmethod(reading))
    monkeypatch.setattr(docx, "Document", reading)
    word, _, _ = redline_base.base_document(doc(OFFER))
    assert read == []
    assert word.element.body.find(docx.oxml.ns.qn("w:p")) is not None
