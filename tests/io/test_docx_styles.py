"""The filing and notice carry the house template's styles, and their paragraphs are the
Word XML python-docx would write for the same text."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.layout import Block, Role
from amendtool.io.docx_writer import _STYLES, blocks_to_docx, house_template
from amendtool.io.word_paragraphs import ParagraphStyles, add_paragraph, add_run


def test_each_style_is_set_as_python_docx_sets_it() -> None:
    ours, theirs = docx.Document(str(house_template())), docx.Document(str(house_template()))
    names = [s.name for s in ours.styles if s.type == WD_STYLE_TYPE.PARAGRAPH]
    assert "AT Body" in names and "Normal" in names
    styles = ParagraphStyles(ours)
    for name in names:
        styles.apply(ours.add_paragraph(name), name)
        theirs.add_paragraph(name).style = theirs.styles[name]
    assert [(p.text, p.style.name, p._p.style) for p in ours.paragraphs] == [
        (p.text, p.style.name, p._p.style) for p in theirs.paragraphs
    ]


@pytest.mark.parametrize(
    "text",
    ["plain", " leading and trailing ", "a\ttab", "two\nlines\r\nand more", "\t", "", "“quoted”"],
)
@pytest.mark.parametrize("style", ["AT Item", "Normal", None])
@pytest.mark.parametrize("page_break", [False, True])
def test_a_paragraph_is_the_xml_python_docx_writes(
    text: str, style: str | None, page_break: bool
) -> None:
    theirs = docx.Document(str(house_template()))
    paragraph = theirs.add_paragraph()
    if style:
        paragraph.style = theirs.styles[style]
    if page_break:
        paragraph.paragraph_format.page_break_before = True
    paragraph.add_run("A.")
    paragraph.add_run().add_tab()
    paragraph.add_run(text)
    empty = paragraph._p.pPr
    if empty is not None and len(empty) == 0:
        paragraph._p.remove(empty)  # python-docx leaves an empty w:pPr for the default style

    ours = docx.Document(str(house_template()))
    end = ours.element.body.find(qn("w:sectPr"))
    p = add_paragraph(end, ParagraphStyles(ours).ids[style] if style else None, page_break)
    for run in ("A.", "\t", text):
        add_run(p, run)
    assert etree.tostring(p) == etree.tostring(paragraph._p)
    assert ours.paragraphs[-1].text == theirs.paragraphs[-1].text


def test_every_role_prints_in_its_house_style() -> None:
    roles = [role for role in _STYLES if role is not Role.RULE]
    blocks = [Block(role, f"text of {role.name}", label="A.") for role in roles]
    written = docx.Document(io.BytesIO(blocks_to_docx(blocks, "Filing")))
    printed = {p.text.split("\t")[-1]: p.style.name for p in written.paragraphs if p.text}
    assert printed == {f"text of {role.name}": _STYLES[role] for role in roles}


def test_a_style_missing_from_the_template_is_left_out() -> None:
    document = docx.Document(str(house_template()))
    paragraph = document.add_paragraph("text")
    ParagraphStyles(document).apply(paragraph, "No Such Style")
    assert paragraph.style.name == "Normal"


def test_text_word_cannot_hold_is_left_out_rather_than_failing_the_export() -> None:
    document = docx.Document(str(house_template()))
    p = add_paragraph(document.element.body.find(qn("w:sectPr")))
    add_run(p, "bell \x07and \u202eoverride\x00")
    assert "".join(t.text for t in p.iter(qn("w:t"))) == "bell and override"
