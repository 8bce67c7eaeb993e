"""A symbol put in with Word's Insert > Symbol in a symbol font (w:sym: "≥" in Symbol, a
check mark in Wingdings) is read as the character Word shows, by the table in
resources/wording/symbol-fonts.toml; read as nothing, a paragraph quoting one was filed
without it. A symbol no table reads is said at load, naming it and its paragraph."""

from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from amendtool.core.model import Document
from amendtool.io.load import load_document
from amendtool.resources import resource_path

Piece = str | tuple[str, str]  # words, or a symbol: (font, Word's code)
GOOD_STANDING: list[Piece] = [
    "Options must be held in good standing ",
    ("Symbol", "F0B3"),
    " 12 months before the offer, as required by Section 2",
    ("Wingdings", "F0FC"),
    ".",
]


def symbol_run(font: str, code: str, inserted: bool = False) -> object:
    run = f'<w:r {nsdecls("w")}><w:sym w:font="{font}" w:char="{code}"/></w:r>'
    if inserted:  # a tracked insertion not yet accepted: read by the full walk
        run = (
            f'<w:ins {nsdecls("w")} w:id="7" w:author="A" w:date="2026-05-01T00:00:00Z">'
            f"{run.replace(nsdecls('w'), '')}</w:ins>"
        )
    return parse_xml(run)


def add_pieces(paragraph: docx.text.paragraph.Paragraph, pieces: list[Piece]) -> None:
    for piece in pieces:
        if isinstance(piece, str):
            paragraph.add_run(piece)
        else:
            paragraph._p.append(symbol_run(*piece))


def symbol_offer(path: Path, pieces: list[Piece], in_table: bool = False) -> Path:
    """An offer whose Section 1 holds one paragraph made of `pieces` (in a table's cell
    when `in_table`), and a Section 2 after it."""
    document = docx.Document()
    document.add_paragraph("Acme is offering to exchange Eligible Options for New Options.")
    document.add_paragraph().add_run("1. Eligibility").bold = True
    if in_table:
        cells = document.add_table(rows=1, cols=2).rows[0].cells
        cells[0].paragraphs[0].add_run("Holding period")
        add_pieces(cells[1].paragraphs[0], pieces)
    else:
        add_pieces(document.add_paragraph(), pieces)
    document.add_paragraph().add_run("2. Conditions of the Offer").bold = True
    document.add_paragraph("We will not accept any Eligible Options if a court enjoins it.")
    document.save(str(path))
    return path


def texts(document: Document) -> list[str]:
    return [p.text for s in document.sections for p in s.paragraphs]


def test_symbols_of_symbol_and_wingdings_are_read_as_word_shows_them(tmp_path: Path) -> None:
    document = load_document(symbol_offer(tmp_path / "offer.docx", GOOD_STANDING))
    assert (
        "Options must be held in good standing \u2265 12 months before the offer, "
        "as required by Section 2\u2713."
    ) in texts(document)
    assert not any("Symbol" in n for n in document.notices), document.notices


def test_a_symbol_in_a_table_cell_or_a_tracked_insertion_is_read(tmp_path: Path) -> None:
    cell = load_document(symbol_offer(tmp_path / "cell.docx", GOOD_STANDING, in_table=True))
    assert any("good standing \u2265 12 months" in t for t in texts(cell)), texts(cell)
    path = symbol_offer(tmp_path / "ins.docx", ["At least "])
    word = docx.Document(str(path))
    word.paragraphs[2]._p.append(symbol_run("Symbol", "F0B3", inserted=True))
    word.paragraphs[2].add_run(" 12 months.")
    word.save(str(path))
    assert "At least \u2265 12 months." in texts(load_document(path))


def test_a_symbol_in_a_text_font_is_the_character_it_names(tmp_path: Path) -> None:
    path = symbol_offer(tmp_path / "offer.docx", ["Held ", ("Times New Roman", "2265"), " 1 year."])
    document = load_document(path)
    assert "Held \u2265 1 year." in texts(document)
    assert not any("Symbol" in n for n in document.notices), document.notices


def test_a_symbol_no_table_reads_is_said_with_its_font_code_and_paragraph(
    tmp_path: Path,
) -> None:
    pieces: list[Piece] = ["Options must be held in good standing ", ("Wingdings", "F0FF"), "."]
    document = load_document(symbol_offer(tmp_path / "offer.docx", pieces))
    said = [n for n in document.notices if "Insert > Symbol" in n]
    assert len(said) == 1, document.notices
    assert said[0].startswith("offer.docx: holds a symbol"), said
    assert "Wingdings F0FF" in said[0] and '"Options must be held in good…"' in said[0], said
    assert "resources/wording/symbol-fonts.toml" in said[0], said
    other_font = symbol_offer(tmp_path / "w2.docx", ["Held ", ("Wingdings 2", "F050"), "."])
    assert any("Wingdings 2 F050" in n for n in load_document(other_font).notices)


def test_an_offer_without_one_says_nothing_of_symbols(tmp_path: Path) -> None:
    document = load_document(symbol_offer(tmp_path / "offer.docx", ["Plain words only."]))
    assert not any("Symbol" in n for n in document.notices), document.notices


def test_the_table_gives_printed_characters_and_the_symbol_fonts_known_signs() -> None:
    """Every character of the table is a printed one, never a private-use code; and the
    Symbol font's signs a lawyer may meet are its Adobe Symbol encoding's."""
    with resource_path("wording", "symbol-fonts.toml").open("rb") as handle:
        fonts = tomllib.load(handle)["fonts"]
    for font, table in fonts.items():
        for code, char in table.items():
            assert len(code) == 2 and int(code, 16) >= 0x20, (font, code)
            assert len(char) == 1 and unicodedata.category(char) not in ("Co", "Cc", "Cf")
    symbol = fonts["Symbol"]
    signs = {"B3": "≥", "A3": "≤", "B1": "±", "B9": "≠", "B4": "×", "B7": "•", "D6": "√"}
    assert {code: symbol[code] for code in signs} == signs
    assert symbol["61"] == "α" and symbol["53"] == "Σ" and symbol["2D"] == "\u2212"
    assert fonts["Wingdings"]["FC"] == "✓" and fonts["Wingdings"]["FE"] == "☑"


def typed_in_font(paragraph: docx.text.paragraph.Paragraph, text: str, font: str) -> None:
    """`text` typed in a run the run's own formatting sets in `font` (as older offers and
    pasted text have it: "³" in Symbol is shown as "≥")."""
    run = paragraph.add_run(text)
    run._r.insert(
        0,
        parse_xml(f'<w:rPr {nsdecls("w")}><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'),
    )


def test_text_typed_in_a_symbol_font_is_read_as_the_font_shows_it(tmp_path: Path) -> None:
    path = symbol_offer(tmp_path / "offer.docx", ["Options held "])
    word = docx.Document(str(path))
    typed_in_font(word.paragraphs[2], "\u00b3", "Symbol")  # Alt+0179 in Symbol: "≥"
    word.paragraphs[2].add_run(" 12 months, ")
    typed_in_font(word.paragraphs[2], "\uf0b1", "Symbol")  # its private-use code: "±"
    word.paragraphs[2].add_run(" 5 days.")
    word.save(str(path))
    document = load_document(path)
    assert "Options held \u2265 12 months, \u00b1 5 days." in texts(document)
    assert not any("Symbol" in n for n in document.notices), document.notices


def test_a_character_typed_in_a_symbol_font_no_table_lists_is_said(tmp_path: Path) -> None:
    path = symbol_offer(tmp_path / "offer.docx", ["Mail the form "])
    word = docx.Document(str(path))
    typed_in_font(word.paragraphs[2], "*", "Wingdings")  # an envelope: no character for it
    word.save(str(path))
    said = [n for n in load_document(path).notices if "symbol font" in n]
    assert len(said) == 1 and "Wingdings U+002A typed" in said[0], said
    assert '"Mail the form *…"' in said[0], said
