"""Word: footnotes and endnotes read from their parts, and list numbers as Word prints them
when a list is restarted by an override."""

from __future__ import annotations

from pathlib import Path

import docx as python_docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from amendtool.core.model import ParagraphKind
from amendtool.io.load import load_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def numbered(paragraph, num_id: str) -> None:  # type: ignore[no-untyped-def]
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def sections(word, bodies: dict[int, list[str]] | None = None):  # type: ignore[no-untyped-def]
    word.add_heading("THE OFFER", level=1)
    for number, title in ((1, "Eligibility"), (2, "Conditions of the Offer"), (3, "Fees")):
        word.add_heading(f"{number}. {title}", level=2)
        for text in (bodies or {}).get(number, ["We describe this here."]):
            word.add_paragraph(text)


def test_a_list_restarted_by_a_start_override_prints_from_its_start(tmp_path: Path) -> None:
    """Two lists share one definition; the second's w:num restarts it at (a)."""
    word = python_docx.Document()
    numbering = word.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {W} w:numId="92"><w:abstractNumId w:val="91"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    for clause in ("you are an employee;", "you hold options."):
        numbered(word.add_paragraph(clause), "91")
    word.add_heading("2. Conditions of the Offer", level=2)
    for clause in ("a suit is brought;", "the index falls;", "a war begins."):
        numbered(word.add_paragraph(clause), "92")
    word.add_heading("3. Fees", level=2)
    word.add_paragraph("We pay no fees.")
    path = tmp_path / "restart.docx"
    word.save(str(path))
    section2 = load_document(path).numbered_sections()[1]
    assert [p.text for p in section2.paragraphs] == [
        "(a) a suit is brought;",
        "(b) the index falls;",
        "(c) a war begins.",
    ]


def add_notes(word, kind: str, notes: dict[int, list[str]]) -> None:  # type: ignore[no-untyped-def]
    """A footnotes (or endnotes) part holding `notes`, as Word saves one."""
    tag = kind[:-1]  # "footnote" / "endnote"
    body = "".join(
        f'<w:{tag} w:id="{ident}">'
        + "".join(
            "<w:p>"
            + (
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Ref/></w:r>'
                if k == 0
                else ""
            )
            + f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>'
            for k, text in enumerate(paragraphs)
        )
        + f"</w:{tag}>"
        for ident, paragraphs in notes.items()
    )
    xml = (
        f'<w:{kind} {W}><w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
        f'</w:p></w:{tag}><w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{tag}>{body}</w:{kind}>"
    )
    part = Part(
        PackURI(f"/word/{kind}.xml"),
        f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml",
        xml.encode(),
        word.part.package,
    )
    word.part.relate_to(part, RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)


def reference(paragraph, tag: str, ident: int) -> None:  # type: ignore[no-untyped-def]
    paragraph._p.append(
        parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{tag}Reference w:id="{ident}"/></w:r>'
        )
    )


def test_word_footnotes_are_paragraphs_after_the_one_that_refers_to_them(
    tmp_path: Path,
) -> None:
    word = python_docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    first = word.add_paragraph("Employees are eligible.")
    reference(first, "footnote", 2)
    first.add_run(" Officers are not.")
    word.add_paragraph("Consultants are not eligible.")
    word.add_paragraph().add_run().add_break(python_docx.enum.text.WD_BREAK.PAGE)
    word.add_heading("2. Conditions of the Offer", level=2)
    second = word.add_paragraph("The volatility assumed is 58%.")
    reference(second, "footnote", 5)
    word.add_heading("3. Fees", level=2)
    fees = word.add_paragraph("We pay no fees.")
    reference(fees, "endnote", 3)
    add_notes(
        word,
        "footnotes",
        {
            2: ["As defined in the 2004 Plan.", "Officers are listed on Schedule A."],
            5: ["Based on the daily closing prices of the last two years."],
        },
    )
    add_notes(word, "endnotes", {3: ["Fees of the depositary are paid by us."]})
    path = tmp_path / "notes.docx"
    word.save(str(path))
    document = load_document(path)
    one, two, three = document.numbered_sections()
    assert [(p.kind, p.note, p.text) for p in one.paragraphs] == [
        (ParagraphKind.BODY, None, "Employees are eligible. Officers are not."),
        (ParagraphKind.FOOTNOTE, "1", "As defined in the 2004 Plan."),
        (ParagraphKind.FOOTNOTE, "1", "Officers are listed on Schedule A."),
        (ParagraphKind.BODY, None, "Consultants are not eligible."),
    ]
    assert [(p.kind, p.note) for p in two.paragraphs] == [
        (ParagraphKind.BODY, None),
        (ParagraphKind.FOOTNOTE, "2"),
    ]
    assert two.paragraphs[1].page == two.paragraphs[0].page
    assert [(p.kind, p.note, p.text) for p in three.paragraphs] == [
        (ParagraphKind.BODY, None, "We pay no fees."),
        (ParagraphKind.ENDNOTE, "i", "Fees of the depositary are paid by us."),
    ]


def test_a_changed_footnote_is_redlined_in_the_notes_and_accepted_in_the_conformed_copy(
    tmp_path: Path,
) -> None:
    import io
    import re
    import zipfile

    from amendtool.core.amendment import draft_amendment
    from amendtool.core.filing import load_filing
    from amendtool.io.redline_docx import build_review_documents
    from tests.conftest import SAMPLES

    def offer(volatility: str, name: str) -> Path:
        word = python_docx.Document()
        sections(word)
        paragraph = word.paragraphs[-1]
        reference(paragraph, "footnote", 1)
        add_notes(word, "footnotes", {1: [f"Expected volatility of {volatility} was assumed."]})
        path = tmp_path / name
        word.save(str(path))
        return path

    original = load_document(offer("58%", "original.docx"))
    revised = load_document(offer("61%", "revised.docx"))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    assert len(amendment.change_items) == 1
    review = build_review_documents(amendment)
    assert review.notes == []

    def notes_xml(data: bytes) -> str:
        return zipfile.ZipFile(io.BytesIO(data)).read("word/footnotes.xml").decode()

    redline = notes_xml(review.redline)
    assert "<w:del " in redline and "<w:ins " in redline
    conformed = notes_xml(review.conformed)
    assert "<w:del " not in conformed and "<w:ins " not in conformed
    words = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", conformed))
    assert "volatility of 61% was" in words and "58%" not in words
