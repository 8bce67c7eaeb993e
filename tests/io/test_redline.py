"""Redline revisions: accepting all gives the conformed text, rejecting all the original."""

from __future__ import annotations

import copy
import io
from pathlib import Path

import docx
import pytest
from lxml import etree

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.support.docx_text import libreoffice_convert

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def resolve(data: bytes, accept: bool) -> bytes:
    """Accept or reject every revision, written independently of the product's own code."""
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    gone, kept = (
        (("del", "moveFrom"), ("ins", "moveTo"))
        if accept
        else (("ins", "moveTo"), ("del", "moveFrom"))
    )
    for properties in list(body.iter(W + "trPr")):  # rows inserted or deleted whole
        if properties.find(W + gone[0]) is not None:
            row = properties.getparent()
            row.getparent().remove(row)
    for tag in gone:
        for element in list(body.iter(W + tag)):
            if element.getparent().tag != W + "rPr":
                element.getparent().remove(element)
    for tag in kept:
        for element in list(body.iter(W + tag)):
            parent = element.getparent()
            if parent.tag == W + "rPr":
                continue
            position = parent.index(element)
            for offset, child in enumerate(list(element)):
                parent.insert(position + offset, child)
            parent.remove(element)
    for text in list(body.iter(W + "delText")):
        text.tag = W + "t"
    mark = "del" if accept else "ins"
    for paragraph in list(body.iter(W + "p")):
        marks = paragraph.findall(f"{W}pPr/{W}rPr/{W}{mark}")
        for other in paragraph.findall(f"{W}pPr/{W}rPr/{W}{'ins' if accept else 'del'}"):
            other.getparent().remove(other)
        if marks:
            assert not "".join(paragraph.itertext()).strip(), "merged paragraphs not expected"
            paragraph.getparent().remove(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def flat(sections: list[tuple[str, list[str]]]) -> list[str]:
    """Headings and paragraphs in reading order (the outline may be found differently)."""
    return [text for heading, paragraphs in sections for text in [heading, *paragraphs] if text]


def comparable(data: bytes, tmp_path: Path, name: str) -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    return flat(TextDocument.from_document(load_document(path)).comparable())


@pytest.mark.parametrize(
    ("original", "revised"),
    [
        ("offer-to-exchange.docx", "offer-to-exchange-revised.docx"),
        ("offer-to-exchange.txt", "offer-to-exchange-revised.txt"),
    ],
)
def test_accept_all_gives_revised_and_reject_all_gives_original(
    original: str, revised: str, tmp_path: Path
) -> None:
    before, after = load_document(SAMPLES / original), load_document(SAMPLES / revised)
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    review = build_review_documents(amendment)
    assert review.notes == []
    redline = review.redline
    root = etree.fromstring(docx.Document(io.BytesIO(redline)).element.xml.encode())
    assert root.findall(f".//{W}ins") and root.findall(f".//{W}del")
    authors = {e.get(W + "author") for e in root.iter(W + "ins", W + "del")}
    assert authors == {"Ashby & Kettering LLP"}  # counsel's firm, from [[copy_to]]
    expected_after = flat(TextDocument.from_document(after).comparable())
    expected_before = flat(TextDocument.from_document(before).comparable())
    assert comparable(resolve(redline, True), tmp_path, "a.docx") == expected_after
    assert comparable(resolve(redline, False), tmp_path, "r.docx") == expected_before
    assert comparable(review.conformed, tmp_path, "c.docx") == expected_after


def test_libreoffice_shows_the_revisions(tmp_path: Path) -> None:
    amendment = draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )
    path = tmp_path / "redline.docx"
    path.write_bytes(build_review_documents(amendment).redline)
    converted = libreoffice_convert(path, "odt", tmp_path)
    import zipfile

    content = zipfile.ZipFile(converted).read("content.xml").decode()
    assert content.count("<text:changed-region") >= 6
    assert "text:insertion" in content and "text:deletion" in content


def test_a_renumbered_heading_shows_only_its_number_changed(tmp_path: Path) -> None:
    def offer(sections: list[tuple[str, str]]) -> Path:
        word = docx.Document()
        word.add_heading("THE OFFER", level=1)
        for heading, text in sections:
            word.add_heading(heading, level=2)
            word.add_paragraph(text)
        path = tmp_path / f"offer-{len(sections)}.docx"
        word.save(str(path))
        return path

    before = [
        ("1. Eligibility", "Employees are eligible."),
        ("2. Withdrawal Rights", "You may withdraw."),
        ("3. Miscellaneous", "This offer is governed by Delaware law."),
    ]
    after = [*before[:1], ("2. Acceptance", "We accept options."), *before[1:]]
    after = [(f"{n}.{h.split('.', 1)[1]}", t) for n, (h, t) in enumerate(after, start=1)]
    original, revised = load_document(offer(before)), load_document(offer(after))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    assert [i.kind.value for i in amendment.change_items] == ["add_section", "renumber_sections"]
    redline = build_review_documents(amendment).redline
    root = etree.fromstring(docx.Document(io.BytesIO(redline)).element.xml.encode())
    deleted = ["".join(t.text or "" for t in e.iter(f"{W}delText")) for e in root.iter(f"{W}del")]
    assert "2" in deleted and "3" in deleted
    assert not any("Withdrawal" in text for text in deleted)
    assert comparable(resolve(redline, True), tmp_path, "a.docx") == flat(
        TextDocument.from_document(revised).comparable()
    )
    assert comparable(resolve(redline, False), tmp_path, "r.docx") == flat(
        TextDocument.from_document(original).comparable()
    )


def test_a_changed_table_is_redlined_cell_by_cell_and_row_by_row(tmp_path: Path) -> None:
    word = docx.Document(str(SAMPLES / "offer-to-exchange-revised.docx"))
    table = next(t for t in word.tables if "Quarter ended" in t.rows[0].cells[0].text)
    table.rows[2].cells[1].paragraphs[0].runs[0].text = "$16.25"
    table._tbl.append(copy.deepcopy(table.rows[-1]._tr))
    for cell, text in zip(table.rows[-1].cells, ["March 31, 2026", "$9.10", "$7.25"], strict=True):
        cell.paragraphs[0].runs[0].text = text
    revised_path = tmp_path / "revised-table.docx"
    word.save(str(revised_path))
    before, after = load_document(SAMPLES / "offer-to-exchange.docx"), load_document(revised_path)
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    kinds = [i.kind.value for i in amendment.change_items]
    assert {"replace_row", "insert_row"} <= set(kinds)  # the rows cited, not the table
    review = build_review_documents(amendment)
    root = etree.fromstring(docx.Document(io.BytesIO(review.redline)).element.xml.encode())
    deleted = ["".join(t.text or "" for t in e.iter(f"{W}delText")) for e in root.iter(f"{W}del")]
    assert "$16.10" in deleted  # the changed figure with its sign only, not its row
    assert not any("June 30, 2024" in text for text in deleted)
    inserted_rows = [r for r in root.iter(f"{W}trPr") if r.find(f"{W}ins") is not None]
    assert len(inserted_rows) == 1
    expected_after = flat(TextDocument.from_document(after).comparable())
    expected_before = flat(TextDocument.from_document(before).comparable())
    assert comparable(resolve(review.redline, True), tmp_path, "a.docx") == expected_after
    assert comparable(resolve(review.redline, False), tmp_path, "r.docx") == expected_before
    assert comparable(review.conformed, tmp_path, "c.docx") == expected_after


def test_clauses_numbered_by_word_are_relettered_by_word_in_the_redline(tmp_path: Path) -> None:
    """Word's list numbering prints "(a)", "(b)"…: a new clause renumbers the rest itself,
    so the redline marks the new clause and leaves the labels to Word."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def offer(clauses: list[str], name: str) -> Path:
        word = docx.Document()
        numbering = word.part.numbering_part.element
        numbering.append(
            parse_xml(
                f'<w:abstractNum {w} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>'
            )
        )
        numbering.append(
            parse_xml(f'<w:num {w} w:numId="91"><w:abstractNumId w:val="91"/></w:num>')
        )
        word.add_heading("THE OFFER", level=1)
        for number, title in ((1, "Eligibility"), (2, "Conditions of the Offer"), (3, "Fees")):
            word.add_heading(f"{number}. {title}", level=2)
            word.add_paragraph("We may end the offer if any of these events occurs:")
            if number == 2:
                for clause in clauses:
                    paragraph = word.add_paragraph(clause)
                    paragraph._p.get_or_add_pPr().append(
                        parse_xml(
                            f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>'
                        )
                    )
        path = tmp_path / name
        word.save(str(path))
        return path

    clauses = ["any action is threatened;", "our business changes;", "a tender offer is made."]
    before = load_document(offer(clauses, "before.docx"))
    after = load_document(offer([clauses[0], "a law is enacted;", *clauses[1:]], "after.docx"))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    kinds = [i.kind.value for i in amendment.change_items]
    assert kinds == ["insert_paragraph", "renumber_paragraphs"]
    review = build_review_documents(amendment)
    assert review.notes == []
    deleted = "".join(
        t.text or ""
        for t in etree.fromstring(
            docx.Document(io.BytesIO(review.redline)).element.xml.encode()
        ).iter(f"{W}delText")
    )
    assert deleted == ""  # nothing struck: the labels are Word's own
    expected_after = flat(TextDocument.from_document(after).comparable())
    expected_before = flat(TextDocument.from_document(before).comparable())
    assert comparable(resolve(review.redline, True), tmp_path, "a.docx") == expected_after
    assert comparable(resolve(review.redline, False), tmp_path, "r.docx") == expected_before


def test_a_sentence_changed_in_a_term_sheet_cell_is_redlined_in_that_cell(tmp_path: Path) -> None:
    """A tabular summary term sheet (caption | text): the change is marked inside the cell,
    words only, and the rest of the table is untouched."""

    def offer(funds: str) -> Path:
        word = docx.Document()
        word.add_heading("SUMMARY TERM SHEET", level=1)
        word.add_paragraph("This summary highlights the material terms of the Tender Offer.")
        table = word.add_table(rows=0, cols=2)
        for caption, text in [
            ("Purchase Price", "We will pay $22.50 per Share, net to the seller in cash."),
            ("Source and Amount of Funds", funds),
        ]:
            cells = table.add_row().cells
            cells[0].text = caption
            cells[1].text = text
        word.add_heading("1. Terms of the Offer", level=2)
        word.add_paragraph("We will purchase up to 2,000,000 Shares in the Tender Offer.")
        path = tmp_path / f"offer-{len(funds)}.docx"
        word.save(str(path))
        return path

    funds = "We will fund the purchase with cash on hand and borrowings under our facility."
    before = load_document(offer(funds))
    after = load_document(offer(funds + " We have no alternative financing arrangements."))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    assert [i.kind.value for i in amendment.change_items] == ["insert_sentence"]
    review = build_review_documents(amendment)
    root = etree.fromstring(docx.Document(io.BytesIO(review.redline)).element.xml.encode())
    inserted = ["".join(t.text or "" for t in e.iter(f"{W}t")) for e in root.iter(f"{W}ins")]
    assert [text.strip() for text in inserted if text.strip()] == [
        "We have no alternative financing arrangements."
    ]
    assert not list(root.iter(f"{W}del"))
    assert all(e.getparent().getparent().tag == f"{W}tc" for e in root.iter(f"{W}ins"))
    expected_after = flat(TextDocument.from_document(after).comparable())
    expected_before = flat(TextDocument.from_document(before).comparable())
    assert comparable(resolve(review.redline, True), tmp_path, "a.docx") == expected_after
    assert comparable(resolve(review.redline, False), tmp_path, "r.docx") == expected_before
    assert comparable(review.conformed, tmp_path, "c.docx") == expected_after
