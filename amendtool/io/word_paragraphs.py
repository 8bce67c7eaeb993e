"""Paragraphs written straight into a Word body: the house styles set by their ids, the
runs made with lxml.

python-docx looks through every style of the template on each style assignment and builds
a run character by character; for a filing of three hundred items that is seconds. The
XML written here is what python-docx writes for the same calls (tests/io/test_docx_styles.py
holds the two side by side).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from amendtool.core.clean_text import safe_for_output
from amendtool.core.pattern_store import compiled
from amendtool.io.oxml_element import OxmlElement

W_PPR = qn("w:pPr")
W_PSTYLE = qn("w:pStyle")
W_PAGEBREAKBEFORE = qn("w:pageBreakBefore")
W_KEEPNEXT = qn("w:keepNext")
W_VAL = qn("w:val")
W_R = qn("w:r")
W_RPR = qn("w:rPr")
W_RSTYLE = qn("w:rStyle")
W_B = qn("w:b")
W_VERTALIGN = qn("w:vertAlign")
W_T = qn("w:t")
W_TAB = qn("w:tab")
W_BR = qn("w:br")
XML_SPACE = qn("xml:space")
_BREAKS = compiled(r"([\t\r\n])")


class ParagraphStyles:
    """The template's paragraph styles by name, each with the id a paragraph names."""

    def __init__(self, document: WordDocument) -> None:
        paragraph_styles = [s for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH]
        self.ids: dict[str, str | None] = {s.name: s.style_id for s in paragraph_styles}
        defaults = [s for s in paragraph_styles if s._element.default]
        if defaults:  # the default style is not named on a paragraph (the last one counts)
            self.ids[defaults[-1].name] = None

    @classmethod
    def of_file(cls, source: Path) -> tuple[WordDocument, ParagraphStyles]:
        """`source` opened, and its styles, read once for each version of the file: the
        filing and the notice are both opened from the house template."""
        from amendtool.io.template_package import open_template

        version = source.stat()
        key = (str(source), version.st_mtime_ns, version.st_size)
        document = open_template(source)  # its zip read once, its styles parsed when read
        styles = _READ.get(key)
        if styles is None:
            styles = _READ[key] = cls(document)
        return document, styles

    def __contains__(self, name: str) -> bool:
        return name in self.ids

    def apply(self, paragraph: Paragraph, name: str) -> None:
        """Give `paragraph` the style `name`; a style the template lacks is left out."""
        if name in self.ids:
            paragraph._p.style = self.ids[name]


_READ: dict[tuple[str, int, int], ParagraphStyles] = {}


def add_paragraph(
    before: etree._Element, style_id: str | None = None, page_break: bool = False
) -> etree._Element:
    """A new w:p just before `before` (the body's closing w:sectPr), in the given style."""
    p = copied(_paragraph_shape(style_id, page_break))
    before.addprevious(p)
    return p


def copied(shape: etree._Element) -> etree._Element:
    """A copy of `shape` and all it holds: lxml's own copy, which `copy.deepcopy` calls after
    a memo and a keep-alive list of its own (more than the copy itself, for a run; for each
    paragraph and run of a filing)."""
    return shape.__copy__()  # type: ignore[attr-defined]  # (not in the stubs)


@cache
def _paragraph_shape(style_id: str | None, page_break: bool) -> etree._Element:
    """An empty paragraph of a style, never written to: each new one is a copy of it. lxml
    makes each element as a Python object of its own, so a copy made in one step is a
    third of the work of making them one by one, for each of a filing's paragraphs."""
    p = OxmlElement("w:p")
    if style_id is not None or page_break:
        properties = etree.SubElement(p, W_PPR)
        if style_id is not None:
            etree.SubElement(properties, W_PSTYLE).set(W_VAL, style_id)
        if page_break:
            etree.SubElement(properties, W_PAGEBREAKBEFORE)
    return p


def keep_with_next(p: etree._Element) -> None:
    """The paragraph stays on the page of the one after it (w:keepNext after w:pStyle)."""
    properties = p.find(W_PPR)
    if properties is None:
        properties = etree.Element(W_PPR)
        p.insert(0, properties)
    style = properties.find(W_PSTYLE)
    keep = etree.Element(W_KEEPNEXT)
    if style is not None:
        style.addnext(keep)
    else:
        properties.insert(0, keep)


def add_run(p: etree._Element, text: str = "", marked: bool = False) -> etree._Element:
    """A run of `text`: a tab is w:tab, a line break w:br, as python-docx writes them;
    `marked`: bold on a yellow highlight, for what counsel must still write. Characters
    XML cannot hold and direction overrides are left out (the output gate)."""
    clean = safe_for_output(text)
    if clean and "\t" not in clean and "\n" not in clean and "\r" not in clean:
        r = copied(_run_shape(marked, True))  # one w:t: the common run, copied whole
        p.append(r)
        t = r[-1]
        t.text = clean
        if len(clean.strip()) < len(clean):
            t.set(XML_SPACE, "preserve")
        return r
    r = copied(_tab_shape(marked) if text == "\t" else _run_shape(marked, False))
    p.append(r)
    if text != "\t":  # an item's label is followed by a run of a tab: copied whole
        _add_text(r, text)
    return r


@cache
def _run_shape(marked: bool, with_text: bool) -> etree._Element:
    """An empty run, marked or not, with an empty w:t or none; copied for each new run."""
    r = OxmlElement("w:r")
    if marked:
        properties = etree.SubElement(r, W_RPR)
        etree.SubElement(properties, W_B)
        etree.SubElement(properties, qn("w:highlight")).set(W_VAL, "yellow")
    if with_text:
        etree.SubElement(r, W_T)
    return r


@cache
def _tab_shape(marked: bool) -> etree._Element:
    """A run of one tab (w:tab), as `_add_text` makes it of "\t"."""
    r = copied(_run_shape(marked, False))
    etree.SubElement(r, W_TAB)
    return r


def add_styled_run(
    p: etree._Element,
    text: str,
    style_id: str | None = None,
    bold: bool = False,
    superscript: bool = False,
) -> etree._Element:
    """A run in a character style (by id), bold or raised as a note's mark: the properties
    python-docx writes for `add_run(text, style)` with `bold` and `font.superscript`, in
    the schema's order."""
    r = etree.SubElement(p, W_R)
    if style_id is not None or bold or superscript:
        properties = etree.SubElement(r, W_RPR)
        if style_id is not None:
            etree.SubElement(properties, W_RSTYLE).set(W_VAL, style_id)
        if bold:
            etree.SubElement(properties, W_B)
        if superscript:
            etree.SubElement(properties, W_VERTALIGN).set(W_VAL, "superscript")
    _add_text(r, text)
    return r


def _add_text(r: etree._Element, text: str) -> None:
    for piece in _BREAKS.split(safe_for_output(text)):
        if piece == "\t":
            etree.SubElement(r, W_TAB)
        elif piece in ("\r", "\n"):
            etree.SubElement(r, W_BR)
        elif piece:
            t = etree.SubElement(r, W_T)
            t.text = piece
            if len(piece.strip()) < len(piece):
                t.set(XML_SPACE, "preserve")
