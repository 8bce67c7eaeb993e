"""The history's Word file is opened from the house template as the filing and the notice
are (io/template_package.py): its zip read once for each version of the file, its 355 KB of
styles, which the history never reads, not parsed and written again for each history.
Counted, not timed; the file is the one `docx.Document` of the template wrote."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from amendtool.core.series import Series
from amendtool.io import history_docx as history_module
from amendtool.io import template_package
from amendtool.io.history_docx import history_docx
from tests.support.builders import doc
from tests.support.series import filing

OFFER = [
    ("", ["Halvorsen Corp. offers to exchange options for new options."]),
    ("1. Eligibility", ["Options priced at $20.00 or more are eligible."]),
]
# the moment the history is written, in its properties and its notes' revisions
_WHEN = re.compile(rb'(w:date="|<dcterms:(created|modified)[^>]*>)[^"<]*')


def _series() -> Series:
    series = Series(doc(OFFER))
    series.draft(
        doc([(h, [p.replace("$20.00", "$17.50") for p in ps]) for h, ps in OFFER]), filing(1)
    )
    return series


def _parts(data: bytes) -> list[tuple[str, bytes]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return [(n, _WHEN.sub(rb"\1", archive.read(n))) for n in archive.namelist()]


def test_the_history_is_the_file_docx_document_wrote(monkeypatch: pytest.MonkeyPatch) -> None:
    series = _series()
    ours = history_docx(series, through=1)
    monkeypatch.setattr(
        template_package, "open_template", lambda source: docx.Document(str(source))
    )
    theirs = history_docx(series, through=1)
    assert _parts(ours) == _parts(theirs)


def test_the_templates_styles_are_not_parsed_for_each_history(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    series = _series()
    history_docx(series, through=1)  # the template's version read, its styles written once
    parsed: list[int] = []
    opened: list[object] = []
    real_parse, real_open = template_package.parse_xml, docx.Document

    def parsing(blob: bytes) -> object:
        parsed.append(len(blob))
        return real_parse(blob)

    def opening(source: object = None) -> object:
        opened.append(source)
        return real_open(source)  # type: ignore[arg-type]

    monkeypatch.setattr(template_package, "parse_xml", parsing)
    monkeypatch.setattr(history_module.docx, "Document", opening)
    history_docx(series, through=1)
    assert parsed == [] and opened == []
    assert isinstance(history_module.house_template(), Path)
