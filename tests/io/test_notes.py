"""Footnotes and endnotes are read as paragraphs of their own kind, with their mark and the
page they print on, in every format."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.model import Document, ParagraphKind
from amendtool.io.load import load_document

HEAD = (
    "                              THE OFFER\n\n"
    "1.   ELIGIBILITY.\n\n     You are eligible if you are an employee.\n\n"
    "2.   PURPOSE OF THE OFFER.\n\n     We want to give you options that may be worth more.\n\n"
)


def load(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text)
    return load_document(path)


def test_a_note_at_the_foot_of_an_edgar_text_page(tmp_path: Path) -> None:
    """A short rule, then the note, then the folio; the paragraph carrying the mark goes on
    across the page break, and the note follows it."""
    text = HEAD + (
        "3.   NEW OPTIONS.\n\n"
        "     Each new option will vest over three years(1) and will have an exercise\n"
        "price equal to the closing price of our common stock on the day it is granted,\n"
        "as reported by\n\n"
        "----------\n"
        "(1) Options granted to officers vest over four years, as described in\n"
        "    Section 8.\n\n"
        "                                      12\n<PAGE>\n\n"
        "the Nasdaq National Market.\n\n"
        "     We will grant the new options promptly.\n\n"
        "                                      13\n"
    )
    section3 = load(tmp_path, "foot.txt", text).numbered_sections()[2]
    assert [(p.kind, p.note) for p in section3.paragraphs] == [
        (ParagraphKind.BODY, None),
        (ParagraphKind.FOOTNOTE, "1"),
        (ParagraphKind.BODY, None),
    ]
    body, note, _ = section3.paragraphs
    assert body.text.endswith("as reported by the Nasdaq National Market.")
    assert body.page == "12" and body.last_page == "13"
    assert note.text == (
        "Options granted to officers vest over four years, as described in Section 8."
    )
    assert note.page == "12"


def test_notes_under_a_table_in_word_follow_the_table(tmp_path: Path) -> None:
    """'(1) …' typed under a Word table whose cells carry '(1)': a footnote to the table."""
    import docx as python_docx

    word = python_docx.Document()
    for head, body in (
        ("1. Eligibility.", "You are eligible."),
        ("2. Purpose of the Offer.", "We want to help."),
    ):
        word.add_paragraph().add_run(head).bold = True
        word.add_paragraph(body)
    word.add_paragraph().add_run("3. Price Range of Common Stock.").bold = True
    word.add_paragraph("The prices were as follows:")
    table = word.add_table(rows=2, cols=3)
    values = (["", "High", "Low"], ["First Quarter(1)", "$6.42", "$3.10"])
    for row, cells in zip(table.rows, values, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    word.add_paragraph("(1) Through July 26, 2002.")
    word.add_paragraph("(2) Not a note: no cell carries this mark.")
    path = tmp_path / "table-notes.docx"
    word.save(str(path))
    section3 = load_document(path).numbered_sections()[2]
    assert [(p.kind, p.note, p.text) for p in section3.paragraphs[1:]] == [
        (ParagraphKind.TABLE_ROW, None, "\tHigh\tLow"),
        (ParagraphKind.TABLE_ROW, None, "First Quarter(1)\t$6.42\t$3.10"),
        (ParagraphKind.FOOTNOTE, "1", "Through July 26, 2002."),
        (ParagraphKind.BODY, None, "(2) Not a note: no cell carries this mark."),
    ]


def test_a_clause_under_a_table_that_cites_a_subdivision_is_no_note(tmp_path: Path) -> None:
    """A clause "(a) …" under a table whose cells cite "Exhibit (a)(1)" or "Rule 13e-4(f)(1)"
    is a clause of the text, not a note to the table."""
    text = HEAD + (
        "3.   DOCUMENTS.\n\n     The documents are these:\n\n"
        "Offer to Exchange             Exhibit (a)(1)\n"
        "Election Form                 Rule 13e-4(f)(1) notice\n\n"
        "(a) the offer may be extended by us at any time;\n\n"
        "(1) we will announce any extension promptly.\n"
    )
    section3 = load(tmp_path, "clauses.txt", text).numbered_sections()[2]
    assert [p.kind for p in section3.paragraphs][-2:] == [ParagraphKind.BODY] * 2
    assert section3.paragraphs[-2].text.startswith("(a) the offer")
