"""The redline `draft` writes names counsel's firm as each revision's author when no --author
is given (the firm the filing details send copies to), else the issuer by its name: never the
login name, never a label Word would show as the reviewer's name ("… (Amendment No. 1)"),
the same name the file gives as its author, and the same rule the app offers in its export
dialog."""

from __future__ import annotations

import getpass
import io
import zipfile
from pathlib import Path

import pytest

from amendtool.cli import main
from tests.conftest import SAMPLES


def _authors(redline: Path) -> set[str]:
    """Who Word names as the reviewer of each revision, and as the file's author."""
    import docx
    from lxml import etree

    xml = zipfile.ZipFile(redline).read("word/document.xml")
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = etree.parse(io.BytesIO(xml)).getroot()
    authors = {e.get(w + "author") for e in root.iter(w + "ins", w + "del")}
    core = docx.Document(str(redline)).core_properties
    assert authors == {core.author} == {core.last_modified_by}
    return authors


def _draft(filing: Path, out: Path) -> set[str]:
    status = main(
        [
            "draft",
            str(SAMPLES / "offer-to-exchange.docx"),
            str(SAMPLES / "offer-to-exchange-revised.docx"),
            "--filing",
            str(filing),
            "--out",
            str(out),
        ]
    )
    assert status == 0
    return _authors(out / "redline.docx")


def test_without_author_the_redline_names_counsels_firm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    authors = _draft(SAMPLES / "filing.toml", tmp_path / "out")
    assert authors == {"Ashby & Kettering LLP"}
    assert not any(getpass.getuser() in a for a in authors)


def test_without_author_or_firm_the_redline_names_the_issuer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (SAMPLES / "filing.toml").read_text(encoding="utf-8")
    no_firm = tmp_path / "filing.toml"
    no_firm.write_text(text.replace('firm = "Ashby & Kettering LLP"', 'firm = ""'), "utf-8")
    assert _draft(no_firm, tmp_path / "out") == {"Halvorsen Networks, Inc."}
