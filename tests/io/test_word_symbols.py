"""A symbol put in with Word's Insert > Symbol in a symbol font (w:sym: "≥" in Symbol, a
check mark in Wingdings) is no text amendtool reads, so a paragraph quoting one was filed
without it and nothing said so. The load says it, naming the paragraph."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from amendtool.io.load import load_document


def _offer(path: Path, symbol: bool) -> Path:
    document = docx.Document()
    document.add_paragraph("Acme is offering to exchange Eligible Options for New Options.")
    heading = document.add_paragraph()
    heading.add_run("1. Eligibility").bold = True
    paragraph = document.add_paragraph("Options must be held in good standing ")
    if symbol:
        paragraph._p.append(
            parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Symbol" w:char="F0B3"/></w:r>')
        )
    paragraph.add_run(" 12 months before the offer.")
    document.save(str(path))
    return path


def test_a_symbol_of_a_symbol_font_is_said_with_its_paragraph(tmp_path: Path) -> None:
    document = load_document(_offer(tmp_path / "offer.docx", symbol=True))
    said = [n for n in document.notices if "Insert > Symbol" in n]
    assert len(said) == 1, document.notices
    assert '"Options must be held in good…"' in said[0], said
    assert said[0].startswith("offer.docx: holds a symbol"), said


def test_an_offer_without_one_says_nothing_of_symbols(tmp_path: Path) -> None:
    document = load_document(_offer(tmp_path / "offer.docx", symbol=False))
    assert not any("Symbol" in n for n in document.notices), document.notices
