"""Every reader finds the same outline and printed pages; broken files fail with one clear line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.core.model import Document, Section, SectionKind
from amendtool.core.outline import outline_rows
from amendtool.io.load import load_document
from tests.conftest import SAMPLES


def pages_of(document: Document) -> list[tuple[str, str | None, str | None]]:
    return [
        (s.name, s.page, s.last_page) for s in document.sections if s.kind is not SectionKind.FRONT
    ]


@pytest.fixture(scope="module")
def reference(fixture_files: dict[str, Path]) -> Document:
    return load_document(fixture_files["edgar_txt"])


def numbered_sections(path: Path, text: str) -> list[Section]:
    """The numbered sections of an offer written to `path` (its suffix says the format)."""
    path.write_text(text)
    return load_document(path).numbered_sections()


def test_edgar_text_outline(reference: Document) -> None:
    numbered = reference.numbered_sections()
    assert [s.number for s in numbered] == [str(n) for n in range(1, 18)]
    assert numbered[6].name == "Section 7. Conditions of the Offer"
    names = [s.name for s in reference.sections]
    assert names[:3] == ["Cover Page", "Table of Contents", "Summary Term Sheet"]
    assert names[-1] == "Schedule A"
    contents = reference.sections[1]
    assert contents.page == "i"  # roman-numbered front page
    assert reference.sections[2].page == "1"
    assert reference.sections[0].page is None  # the cover carries no folio


@pytest.mark.parametrize("name", ["styles_docx", "bold_docx", "edgar_htm"])
def test_every_layout_gives_the_same_sections_and_pages(
    name: str, fixture_files: dict[str, Path], reference: Document
) -> None:
    document = load_document(fixture_files[name])
    assert pages_of(document) == pages_of(reference)


@pytest.mark.parametrize(
    "name", ["other_house_txt", "run_in_txt", "list_numbered_docx", "section_numbered_docx"]
)
def test_other_hands_layouts_give_the_same_sections_and_pages(
    name: str, fixture_files: dict[str, Path], reference: Document
) -> None:
    """Capitalised wrapped headings over their text, headings run into the text, and Word
    list numbering ("7." or "Section 7.") outside the heading text."""
    document = load_document(fixture_files[name])
    without_contents = [row for row in pages_of(reference) if row[0] != "Table of Contents"]
    assert [row for row in pages_of(document) if row[0] != "Table of Contents"] == (
        without_contents
    )
    section7 = document.numbered_sections()[6]
    assert section7.paragraphs[0].text.startswith("Notwithstanding any other provision")


def test_bundled_docx_and_txt_outline_agree() -> None:
    docx_rows = outline_rows(load_document(SAMPLES / "offer-to-exchange.docx"))
    txt_rows = outline_rows(load_document(SAMPLES / "offer-to-exchange.txt"))
    assert [(r["name"], r["pages"]) for r in docx_rows] == [
        (r["name"], r["pages"]) for r in txt_rows
    ]
    assert len(txt_rows) >= 20
    assert max(int(r["last_page"]) for r in txt_rows if (r["last_page"] or "").isdigit()) >= 30


def test_questions_and_table_rows_are_kept_as_paragraphs(reference: Document) -> None:
    summary = reference.sections[2]
    assert summary.paragraphs[1].kind.value == "question"
    section6 = reference.numbered_sections()[5]
    assert any(p.kind.value == "table_row" for p in section6.paragraphs)


def test_hard_wrapped_lines_and_hyphens_are_rejoined(reference: Document) -> None:
    section17 = reference.numbered_sections()[16]
    first = section17.paragraphs[0].text
    assert "forward-looking statements within the meaning" in first
    assert "\n" not in first


def test_paragraph_split_across_a_page_break_is_one_paragraph(tmp_path: Path) -> None:
    text = (
        "                              THE OFFER\n\n1. Number of Options.\n\n"
        "     We will exchange all Eligible Options that are properly tendered and not\n"
        "validly withdrawn before the expiration date, upon the terms and subject to\n\n"
        "                                   12\n<PAGE>\n\n"
        "the conditions of the offer.\n\n     A second paragraph starts here.\n\n"
        "                                   13\n"
    )
    section = numbered_sections(tmp_path / "split.txt", text)[0]
    assert [p.text[:20] for p in section.paragraphs] == [
        "We will exchange all",
        "A second paragraph s",
    ]
    paragraph = section.paragraphs[0]
    assert paragraph.page == "12" and paragraph.last_page == "13"
    assert paragraph.page_at(paragraph.text.index("the conditions")) == "13"


def test_tracked_changes_are_read_as_accepted_and_the_user_is_told(
    fixture_files: dict[str, Path],
) -> None:
    document = load_document(fixture_files["tracked_docx"])
    section2 = document.numbered_sections()[1]
    assert section2.paragraphs[0].text.startswith("Historically, We granted")
    assert "OLD WORDS" not in section2.paragraphs[0].text
    assert any("tracked changes" in n for n in document.notices)


def test_full_edgar_submission_takes_the_largest_document(tmp_path: Path) -> None:
    body = (SAMPLES / "offer-to-exchange.txt").read_text()
    wrapped = (
        "<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>SC TO-I\n<TEXT>\nSchedule TO cover only\n</TEXT>\n"
        f"</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.(A)(1)\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n"
    )
    path = tmp_path / "submission.txt"
    path.write_text(wrapped)
    assert len(load_document(path).numbered_sections()) == 17


def test_windows_1252_text_is_decoded(tmp_path: Path) -> None:
    text = (
        "                              THE OFFER\n\n1. Terms.\n\n     The “Offer” — dated today.\n"
    )
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    paragraph = load_document(path).numbered_sections()[0].paragraphs[0]
    assert paragraph.text == "The “Offer” — dated today."


def test_section_less_document_is_read_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("This is just a letter.\n\nIt has two paragraphs and no headings at all.\n")
    document = load_document(path)
    assert any("no section headings" in n for n in document.notices)


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


BROKEN = {
    "empty": lambda p: p.write_bytes(b""),
    "not a zip": lambda p: p.write_bytes(b"PK\x03\x04garbage that is no zip"),
    "truncated": lambda p: p.write_bytes((SAMPLES / "offer-to-exchange.docx").read_bytes()[:5000]),
    "legacy doc": lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
    "pdf": lambda p: p.write_bytes(b"%PDF-1.4\n%..."),
    "excel": lambda p: _zip(p, {"xl/workbook.xml": b"<workbook/>", "[Content_Types].xml": b"<x/>"}),
    "entities": lambda p: _zip(
        p,
        {
            "word/document.xml": b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aa">]><d>&a;</d>',
            "[Content_Types].xml": b"<Types/>",
        },
    ),
    "zip bomb": lambda p: _zip(
        p,
        {
            "word/document.xml": b"<" + b"a" * (140 * 2**20) + b">",
            "[Content_Types].xml": b"<Types/>",
        },
    ),
    "no text": lambda p: p.write_text("\n\n   \n"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_input_names_the_file_and_what_to_do(case: str, tmp_path: Path) -> None:
    path = tmp_path / "offer-to-exchange.docx"
    BROKEN[case](path)
    with pytest.raises(InputError) as error:
        load_document(path)
    message = str(error.value)
    assert message.startswith("offer-to-exchange.docx: ")
    assert "\n" not in message
    assert len(message) > 40


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        load_document(tmp_path / "nowhere.docx")


def test_html_set_in_a_layout_table_reads_as_paragraphs(tmp_path: Path) -> None:
    markup = (
        "<html><body><table><tr><td>"
        '<p align="center"><b>THE OFFER</b></p>'
        "<p><b>1. Number of Options; Expiration Date.</b></p>"
        "<p>We will exchange all Eligible Options. The offer expires on April 23.</p>"
        "<p><b>2. Purpose of the Offer.</b></p><p>We granted the options to motivate staff.</p>"
        "<p><b>3. Withdrawal Rights.</b></p><p>You may withdraw before the expiration date.</p>"
        "</td></tr></table>"
        "<table><tr><td>Quarter</td><td>High</td><td>Low</td></tr></table>"
        "</body></html>"
    )
    path = tmp_path / "layout.htm"
    path.write_text(markup)
    document = load_document(path)
    numbered = document.numbered_sections()
    assert [s.name for s in numbered] == [
        "Section 1. Number of Options; Expiration Date",
        "Section 2. Purpose of the Offer",
        "Section 3. Withdrawal Rights",
    ]
    assert numbered[0].paragraphs[0].text.startswith("We will exchange")
    assert numbered[2].paragraphs[-1].kind.value == "table_row"


def test_word_file_with_a_paragraph_per_line_is_read_as_edgar_text(tmp_path: Path) -> None:
    """EDGAR text pasted into Word: every line a paragraph, empty ones between paragraphs."""
    import docx as python_docx

    source = (SAMPLES / "offer-to-exchange.txt").read_text()
    word = python_docx.Document()
    for line in source.splitlines():
        word.add_paragraph(line)
    path = tmp_path / "pasted.docx"
    word.save(str(path))
    document = load_document(path)
    reference = load_document(SAMPLES / "offer-to-exchange.txt")
    assert [s.name for s in document.sections] == [s.name for s in reference.sections]
    assert [len(s.paragraphs) for s in document.sections] == [
        len(s.paragraphs) for s in reference.sections
    ]
    assert any("a paragraph for every line" in n for n in document.notices)


def test_sentence_case_headings_run_into_bold_text_start_sections(tmp_path: Path) -> None:
    """'2. Number of options; expiration date. We will…' with the heading in bold, as many
    firms set the offer in Word; a bold numbered list of sentences is no heading."""
    import docx as python_docx

    word = python_docx.Document()
    word.add_paragraph().add_run("THE OFFER").bold = True
    for head, body in (
        ("1. Eligibility.", "Employees of the company are eligible."),
        ("2. Number of options; expiration date.", "We will grant one unit for three shares."),
        ("3. Extension of offer; termination; amendment.", "We may extend the offer."),
    ):
        paragraph = word.add_paragraph()
        paragraph.add_run(head).bold = True
        paragraph.add_run(" " + body)
    for sentence in ("1. You must sign the form.", "2. We will not accept faxes."):
        word.add_paragraph().add_run(sentence).bold = True
    path = tmp_path / "run-in.docx"
    word.save(str(path))
    numbered = load_document(path).numbered_sections()
    assert [s.name for s in numbered] == [
        "Section 1. Eligibility",
        "Section 2. Number of options; expiration date",
        "Section 3. Extension of offer; termination; amendment",
    ]
    assert numbered[1].paragraphs[0].text == "We will grant one unit for three shares."
    assert [p.text for p in numbered[2].paragraphs][1:] == [
        "1. You must sign the form.",
        "2. We will not accept faxes.",
    ]


def test_sentence_case_headings_on_lines_of_their_own_in_edgar_text(tmp_path: Path) -> None:
    text = (
        "                              THE OFFER\n\n"
        "1.   Eligibility.\n\n     Employees of the company are eligible to take part.\n\n"
        "2.   Number of options; expiration date.\n\n     We will grant one unit for\n"
        "three shares subject to an exchanged option.\n\n"
        "3.   Conditions of the offer.\n\n     We may end the offer if a condition occurs.\n"
    )
    assert [s.name for s in numbered_sections(tmp_path / "sentence-case.txt", text)] == [
        "Section 1. Eligibility",
        "Section 2. Number of options; expiration date",
        "Section 3. Conditions of the offer",
    ]


def test_lines_ended_on_purpose_are_paragraphs_of_their_own(tmp_path: Path) -> None:
    text = (
        "                              THE OFFER\n\n"
        "1.   Miscellaneous.\n\n"
        "     We have not authorized anyone to give you any information other than the\n"
        "information in this Offer to Exchange. Do not rely on anything else that\n"
        "you may be told.\n\n"
        "Halvorsen Networks, Inc.\n"
        "March 26, 2026\n\n"
        "                    OFFER TO EXCHANGE CERTAIN OUTSTANDING\n"
        "                         OPTIONS FOR NEW OPTIONS\n\n"
        "                                   12\n<PAGE>\n"
        "\n                                   13\n"
    )
    section = numbered_sections(tmp_path / "signature.txt", text)[0]
    assert [p.text for p in section.paragraphs] == [
        "We have not authorized anyone to give you any information other than the "
        "information in this Offer to Exchange. Do not rely on anything else that "
        "you may be told.",
        "Halvorsen Networks, Inc.",
        "March 26, 2026",
        "OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS FOR NEW OPTIONS",
    ]  # and the page holding only its folio ("13") adds nothing


def test_html_headings_set_as_hanging_indent_tables_start_sections(tmp_path: Path) -> None:
    """'1.' in one cell and '<b>Eligibility.</b> You are…' in the next, as many EDGAR
    filing agents set numbered paragraphs; bullets set the same way stay paragraphs."""

    def row(first: str, second: str) -> str:
        return f"<table><tr><td>{first}</td><td>{second}</td></tr></table>"

    markup = (
        '<html><body><p align="center"><b>THE OFFER</b></p>'
        + row("1.", "<b>Eligibility.</b> You are eligible if you are an employee.")
        + row("2.", "<b>Number of options; expiration date.</b> We exchange options:")
        + row("&#8226;", "the exercise price is at least $5.00; and")
        + row("&#8226;", "the option was granted before 2024.")
        + row("<b>3.</b>", "<b>Conditions of the Offer</b>")
        + "<p>We may end the offer if a condition occurs.</p></body></html>"
    )
    numbered = numbered_sections(tmp_path / "hanging.htm", markup)
    assert [s.name for s in numbered] == [
        "Section 1. Eligibility",
        "Section 2. Number of options; expiration date",
        "Section 3. Conditions of the Offer",
    ]
    assert [p.text for p in numbered[1].paragraphs] == [
        "We exchange options:",
        "• the exercise price is at least $5.00; and",
        "• the option was granted before 2024.",
    ]


def test_edgar_text_wrapped_in_html_pre_reads_as_the_text(tmp_path: Path) -> None:
    """Older EDGAR HTML filings are the text document inside <pre>, <PAGE> tags kept."""
    import html

    text = (SAMPLES / "offer-to-exchange.txt").read_text()
    pages = [html.escape(page) for page in text.split("\n<PAGE>\n")]
    path = tmp_path / "pre.htm"
    path.write_text("<html><body><pre>" + "<PAGE>".join(pages) + "</pre></body></html>")
    assert outline_rows(load_document(path)) == outline_rows(
        load_document(SAMPLES / "offer-to-exchange.txt")
    )


def test_a_sentence_ending_early_in_wrapped_prose_does_not_start_a_paragraph(
    tmp_path: Path,
) -> None:
    """EDGAR plain text sets a paragraph apart with a blank line; a sentence that ends on a
    short line (a sentence taken out of the middle leaves one) goes on in the same paragraph."""
    text = (
        "                              THE OFFER\n\n"
        "1.   Terms of New Options.\n\n"
        "     Exercise Price. The exercise price of the New Options will equal the\n"
        "closing price of our common stock on the Nasdaq Global Market on the\n"
        "trading day before the date of grant.\n"
        "Accordingly, the exercise price of a New Option may be higher than the\n"
        "exercise price of the option it replaces.\n\n"
        "     Vesting. Each New Option will vest in accordance with the vesting\n"
        "schedule of the option it replaces.\n"
        "     The vesting of a New Option is not accelerated by the offer.\n\n"
        "                                   12\n"
    )
    section = numbered_sections(tmp_path / "short.txt", text)[0]
    assert [p.text for p in section.paragraphs] == [
        "Exercise Price. The exercise price of the New Options will equal the closing price "
        "of our common stock on the Nasdaq Global Market on the trading day before the date of "
        "grant. Accordingly, the exercise price of a New Option may be higher than the "
        "exercise price of the option it replaces.",
        "Vesting. Each New Option will vest in accordance with the vesting schedule of the "
        "option it replaces.",
        "The vesting of a New Option is not accelerated by the offer.",
    ]
