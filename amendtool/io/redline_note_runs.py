"""The runs and paragraphs a note is made of in the redline: its superscript reference, a
text run, a note paragraph's look, and whether a note's mark is struck."""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.clean_text import safe_for_output
from amendtool.io._oxml_revisions import NOTE_MARK_STYLE, W_R, W_RPR
from amendtool.io.oxml_element import OxmlElement


def _styled(element: etree._Element | None, tag: str, value: str) -> etree._Element:
    """`element` (a w:pPr or w:rPr) with its `tag` set to `value`."""
    assert element is not None
    found = element.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if tag in ("w:pStyle", "w:rStyle"):  # a style comes first in its properties
            element.insert(0, found)
        else:
            element.append(found)
    found.set(qn("w:val"), value)
    return element


def _mark_run(tag: str, style: str) -> etree._Element:
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    _styled(rpr, "w:rStyle", style)
    _styled(rpr, "w:vertAlign", "superscript")
    run.append(rpr)
    run.append(OxmlElement(tag))
    return run


def _text_run(text: str) -> etree._Element:
    run = OxmlElement("w:r")
    run.append(OxmlElement("w:rPr"))
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = safe_for_output(text)
    run.append(t)
    return run


def _a_note_paragraph(root: etree._Element, kind: str) -> etree._Element | None:
    """A paragraph of one of the file's own notes, whose look a new note takes."""
    for note in root.iterchildren(qn(f"w:{kind}")):
        if note.get(qn("w:type")) is None:
            return note.find(qn("w:p"))
    return None


def _leads_with_mark(paragraph: etree._Element) -> bool:
    first = next(paragraph.iter(W_R), None)
    style = first.find(f"{W_RPR}/{qn('w:rStyle')}") if first is not None else None
    return style is not None and style.get(qn("w:val")) == NOTE_MARK_STYLE


_NOTE_KINDS = {qn("w:footnote"): "footnoteReference", qn("w:endnote"): "endnoteReference"}


def _struck(paragraph: etree._Element) -> bool:
    return paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:del')}") is not None


def _in_deletion(mark: etree._Element) -> bool:  # struck, alone or with its paragraph
    return any(a.tag == qn("w:del") for a in mark.iterancestors())
