"""Text Word does not print is not offer text: hidden text (w:vanish, w:specVanish) set on a
run, in its character style, in its paragraph's style or in the document's defaults, and a
text box's fallback copy, are left out of the text, the items and the redline's edits, and
counsel is told in one line. Text Word prints (w:webHidden, hidden only in a web view; a
field's result, not its instruction) is read."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import comparable, resolve
from tests.support.text_boxes import text_box

FILING = load_filing(SAMPLES / "filing.toml")
SECRET = "Drafting note: do not file before the board approves"
BODY = "Eligible employees may exchange their options for new options."


def _flag(run: docx.text.run.Run, tag: str, value: str | None = None) -> None:
    properties = run._r.get_or_add_rPr()
    element = OxmlElement(tag)
    if value is not None:
        element.set(qn("w:val"), value)
    properties.append(element)


def offer(path: Path, hide: str, revised: bool = False) -> Path:
    """A small offer whose first section's paragraph carries SECRET, hidden the way `hide`
    names; the revision changes one printed word of that paragraph."""
    word = docx.Document()
    if hide in ("character-style", "unhidden-in-run"):
        style = word.styles.add_style("Drafting Note", WD_STYLE_TYPE.CHARACTER)
        _flag_style(style.element, "w:vanish")
    if hide == "paragraph-style":
        style = word.styles.add_style("Hidden Note", WD_STYLE_TYPE.PARAGRAPH)
        _flag_style(style.element, "w:vanish")
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    body = word.add_paragraph()
    body.add_run(BODY.replace("new", "replacement") if revised else BODY)
    secret = body.add_run(f" {SECRET}.")
    if hide == "run":
        _flag(secret, "w:vanish")
    elif hide == "spec-vanish":
        _flag(secret, "w:specVanish")
    elif hide == "character-style":
        secret.style = "Drafting Note"
    elif hide == "unhidden-in-run":  # the run overrides its hidden style: printed
        secret.style = "Drafting Note"
        _flag(secret, "w:vanish", "0")
    elif hide == "web-hidden":  # hidden in a web view only: printed
        _flag(secret, "w:webHidden")
    if hide == "paragraph-style":
        body.runs[-1]._r.getparent().remove(body.runs[-1]._r)
        word.add_paragraph(f"{SECRET}.", style="Hidden Note")
    word.add_heading("2. Expiration", level=2)
    word.add_paragraph("The offer expires at 11:59 p.m., Eastern Time.")
    word.save(str(path))
    return path


def _flag_style(style: etree._Element, tag: str) -> None:
    properties = style.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        style.append(properties)
    properties.append(OxmlElement(tag))


def text_of(path: Path) -> str:
    document = load_document(path)
    return "\n".join(p.text for s in document.sections for p in s.paragraphs)


@pytest.mark.parametrize("hide", ["run", "spec-vanish", "character-style", "paragraph-style"])
def test_hidden_text_is_not_offer_text_and_counsel_is_told(tmp_path: Path, hide: str) -> None:
    path = offer(tmp_path / "offer.docx", hide)
    document = load_document(path)
    assert SECRET not in text_of(path)
    assert BODY in text_of(path)
    told = [n for n in document.notices if "hidden text" in n]
    assert len(told) == 1 and "offer.docx" in told[0] and "left out" in told[0]


@pytest.mark.parametrize("hide", ["web-hidden", "unhidden-in-run", "none"])
def test_text_word_prints_is_read(tmp_path: Path, hide: str) -> None:
    path = offer(tmp_path / "offer.docx", hide)
    assert f"{BODY} {SECRET}." in text_of(path)
    assert not [n for n in load_document(path).notices if "hidden text" in n]


def test_hidden_text_removed_in_the_revision_is_no_change(tmp_path: Path) -> None:
    original = load_document(offer(tmp_path / "offer.docx", "run"))
    revised = load_document(offer(tmp_path / "revised.docx", "none"))
    revised_text = text_of(tmp_path / "revised.docx")
    assert SECRET in revised_text  # printed in the revision: a real addition
    items = draft_amendment(original, revised, FILING).items
    assert [i for i in items if SECRET in (i.new_text or "")]
    same = load_document(offer(tmp_path / "same.docx", "character-style"))
    assert draft_amendment(original, same, FILING).items == []


@pytest.mark.parametrize("hide", ["run", "character-style"])
def test_the_redline_edits_the_printed_words_and_keeps_hidden_text_hidden(
    tmp_path: Path, hide: str
) -> None:
    original = offer(tmp_path / "offer.docx", hide)
    revised = offer(tmp_path / "revised.docx", hide, revised=True)
    amendment = draft_amendment(load_document(original), load_document(revised), FILING)
    [item] = amendment.items
    assert SECRET not in (item.new_text or "") + (item.old_text or "")
    redline = build_review_documents(amendment).redline
    accepted = comparable(resolve(redline, True), tmp_path, "accepted.docx")
    assert BODY.replace("new", "replacement") in accepted
    assert not [line for line in accepted if SECRET in line]
    inserted = etree.fromstring(_document_xml(redline)).iter(qn("w:ins"))
    for mark in inserted:
        assert mark.find(f".//{qn('w:vanish')}") is None, "inserted words would not print"


def _document_xml(data: bytes) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read("word/document.xml")


def test_a_text_box_is_read_once_not_again_from_its_fallback(tmp_path: Path) -> None:
    path = offer(tmp_path / "offer.docx", "none")
    word = docx.Document(str(path))
    anchor = word.paragraphs[2]._p
    anchor.append(text_box("Questions? Call the People Services desk."))
    word.save(str(path))
    paragraphs = text_of(path).split("\n")
    assert [p for p in paragraphs if "People Services desk" in p] == [
        "Questions? Call the People Services desk."
    ]  # once, as a paragraph of its own after the one that anchors the box
    assert f"{BODY} {SECRET}." in paragraphs


def test_the_redline_edits_a_paragraph_that_anchors_atext_box(tmp_path: Path) -> None:
    paths = []
    for name, revised in (("offer.docx", False), ("revised.docx", True)):
        path = offer(tmp_path / name, "none", revised)
        word = docx.Document(str(path))
        word.paragraphs[2]._p.append(text_box("Questions? Call the People Services desk."))
        word.save(str(path))
        paths.append(path)
    amendment = draft_amendment(load_document(paths[0]), load_document(paths[1]), FILING)
    [item] = amendment.items
    assert "People Services" not in item.new_text + item.old_text
    redline = build_review_documents(amendment).redline
    accepted = comparable(resolve(redline, True), tmp_path, "accepted.docx")
    assert f"{BODY.replace('new', 'replacement')} {SECRET}." in accepted
    assert accepted.count("Questions? Call the People Services desk.") == 1


def test_a_style_separator_keeps_the_heading_and_the_redline_edits_after_it(
    tmp_path: Path,
) -> None:
    """A hidden paragraph mark (Word's style separator after a run-in heading) keeps the
    heading's section; an edit of the paragraph it joins in print is redlined."""
    paths = []
    for name, revised in (("offer.docx", False), ("revised.docx", True)):
        path = offer(tmp_path / name, "none")
        word = docx.Document(str(path))
        heading, expires = word.paragraphs[1], word.paragraphs[-1]
        heading.add_run(". ")
        expires.add_run(" ")
        for paragraph in (heading, expires):
            properties = OxmlElement("w:rPr")
            properties.append(OxmlElement("w:specVanish"))
            properties.append(OxmlElement("w:vanish"))
            paragraph._p.get_or_add_pPr().append(properties)
        word.add_paragraph("It may be extended by us." if revised else "It may be extended.")
        word.save(str(path))
        paths.append(path)
    original = load_document(paths[0])
    [first] = [s for s in original.sections if s.number == "1"]
    assert first.title == "Eligibility"
    assert [p.text for p in first.paragraphs] == [f"{BODY} {SECRET}."]
    amendment = draft_amendment(original, load_document(paths[1]), FILING)
    assert len(amendment.items) == 1
    redline = build_review_documents(amendment).redline
    accepted = comparable(resolve(redline, True), tmp_path, "accepted.docx")
    assert "It may be extended by us." in accepted


def test_one_line_says_all_a_file_holds_that_is_not_printed_offer_text(tmp_path: Path) -> None:
    path = offer(tmp_path / "offer.docx", "run")
    word = docx.Document(str(path))
    body = word.paragraphs[2]
    word.add_comment(body.runs[0], text="Check with the board.", author="Counsel")
    deleted = OxmlElement("w:del", {qn("w:id"): "7", qn("w:author"): "Counsel"})
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText")
    text.text = " Struck words."
    run.append(text)
    deleted.append(run)
    body._p.append(deleted)
    word.save(str(path))
    document = load_document(path)
    told = [n for n in document.notices if "holds" in n]
    assert told == [
        "offer.docx: holds tracked changes not yet accepted, comments and hidden text (which "
        "Word does not print); read with all changes accepted and the hidden text and "
        "comments left out"
    ]
    assert "Struck words" not in text_of(path) and "board" not in text_of(path)


def _field(paragraph: docx.text.paragraph.Paragraph, instruction: str, result: str) -> None:
    """A complex field in runs: begin, instruction, separator, result, end."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None)):
        run = paragraph.add_run()._r
        if kind:
            run.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): kind}))
        else:
            run.append(OxmlElement("w:instrText"))
            run[-1].text = text
    paragraph.add_run(result)
    paragraph.add_run()._r.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): "end"}))


def _merge_if(paragraph: docx.text.paragraph.Paragraph, price: str) -> None:
    """{ IF { MERGEFIELD Price } > 0 "…" "none" } as a mail merge leaves it: the nested
    field's result stands inside the IF's instruction, which Word does not print."""
    begin = paragraph.add_run()._r
    begin.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): "begin"}))
    instruction = paragraph.add_run()._r
    instruction.append(OxmlElement("w:instrText"))
    instruction[-1].text = " IF "
    _field(paragraph, " MERGEFIELD Price ", "«Price»")
    tail = paragraph.add_run()._r
    tail.append(OxmlElement("w:instrText"))
    tail[-1].text = f' > 0 "{price}" "none" '
    separator = paragraph.add_run()._r
    separator.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): "separate"}))
    paragraph.add_run(price)
    paragraph.add_run()._r.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): "end"}))
    paragraph.add_run(" per share.")


def test_a_fields_instruction_is_not_read_but_its_result_is(tmp_path: Path) -> None:
    paths = []
    for name, price in (("offer.docx", "$20.00"), ("revised.docx", "$17.50")):
        path = offer(tmp_path / name, "none")
        word = docx.Document(str(path))
        paragraph = word.paragraphs[-1]
        paragraph.add_run(" The exercise price is ")
        _merge_if(paragraph, price)
        word.save(str(path))
        paths.append(path)
    text = text_of(paths[0])
    assert "The exercise price is $20.00 per share." in text
    assert "Price" not in text and "MERGEFIELD" not in text
    amendment = draft_amendment(load_document(paths[0]), load_document(paths[1]), FILING)
    [item] = amendment.items
    assert "«Price»" not in item.new_text + item.old_text
    redline = build_review_documents(amendment).redline
    accepted = comparable(resolve(redline, True), tmp_path, "accepted.docx")
    assert any("The exercise price is $17.50 per share." in line for line in accepted), accepted
