"""Two section headings the reader cannot read as numbered ("ELIGIBILITY" for "1.
ELIGIBILITY.", and the next) cost their own sections and no other: the sections numbered
after them are read as sections, in a text offer and in a Word offer whose headings start at
"3."; a signature line at the end is no section."""

from __future__ import annotations

from pathlib import Path

import docx

from amendtool.io.load import load_document

PAGE = "\n                                      {}\n<PAGE>\n\n"


def _text_offer(path: Path) -> Path:
    path.write_text(
        "                          ACME WIDGETS, INC.\n\n"
        "     Acme Widgets, Inc. is offering to exchange options for new options.\n"
        + PAGE.format(1)
        + "THE OFFER\nELIGIBILITY\n\n     You are eligible if you are an employee.\n\n"
        "Conditions of the offer\n\n     We may end the offer if a condition is not met.\n"
        + PAGE.format(2)
        + "3. PRICE RANGE OF COMMON STOCK.\n\n     Our common stock trades on Nasdaq.\n\n"
        "4. INFORMATION CONCERNING ACME WIDGETS, INC.\n\n     Acme makes widgets.\n"
        + PAGE.format(3)
        + "5. MISCELLANEOUS.\n\n     We know of no jurisdiction where the offer is unlawful.\n\n"
        "                                        ACME WIDGETS, INC.\n\n"
        "                                      4\n"
    )
    return path


def _word_offer(path: Path) -> Path:
    word = docx.Document()
    word.add_paragraph("ACME WIDGETS, INC.")
    word.add_paragraph("Acme Widgets, Inc. is offering to exchange options for new options.")
    for number, title, text in (
        ("3", "Price Range of Common Stock", "Our common stock trades on Nasdaq."),
        ("4", "Information Concerning Acme", "Acme makes widgets."),
        ("5", "Miscellaneous", "We know of no jurisdiction where the offer is unlawful."),
    ):
        word.add_heading(f"{number}. {title}", level=2)
        word.add_paragraph(text)
    word.save(str(path))
    return path


def test_two_lost_headings_cost_only_their_sections(tmp_path: Path) -> None:
    for path in (_text_offer(tmp_path / "offer.txt"), _word_offer(tmp_path / "offer.docx")):
        document = load_document(path)
        numbered = [(s.number, s.paragraphs[0].text) for s in document.numbered_sections()]
        assert [n for n, _ in numbered] == ["3", "4", "5"], path.name
        assert numbered[0][1] == "Our common stock trades on Nasdaq."
        assert not any(s.title.upper() == "ACME WIDGETS, INC." for s in document.sections)
