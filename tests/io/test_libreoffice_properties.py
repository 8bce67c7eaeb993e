"""A Word original saved by LibreOffice relates docProps/core.xml by another spelling of the
relationship type; the redline and the conformed copy stamp that part, not a second one of
the same name (a ZIP with two entries of one name is a file Word calls damaged)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.outputs import OutputOptions, renderers
from tests.conftest import SAMPLES

WHEN = dt.datetime(2026, 5, 4, 15, 42, 7, tzinfo=dt.UTC)
STANDARD = b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
LIBREOFFICE = (
    b"http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
)


def _as_libreoffice_saves(source: Path, path: Path) -> Path:
    with zipfile.ZipFile(source) as package:
        entries = {n: package.read(n) for n in package.namelist()}
    entries["_rels/.rels"] = entries["_rels/.rels"].replace(STANDARD, LIBREOFFICE)
    with zipfile.ZipFile(path, "w") as copy:
        for entry, data in entries.items():
            copy.writestr(entry, data)
    return path


def test_an_original_saved_by_libreoffice_gives_one_set_of_properties(tmp_path: Path) -> None:
    original, revised = (
        load_document(_as_libreoffice_saves(SAMPLES / name, tmp_path / name))
        for name in ("offer-to-exchange.docx", "offer-to-exchange-revised.docx")
    )
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    made = renderers(amendment, OutputOptions(when=WHEN))
    for name in ("redline.docx", "conformed-offer.docx"):
        data = made[name](amendment)
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
        assert len(names) == len(set(names)), name
        core = docx.Document(io.BytesIO(data)).core_properties
        assert core.created == WHEN and core.title
