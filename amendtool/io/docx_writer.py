"""Draws layout blocks as a Word document in the firm's house style (templates/house-style.docx)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from amendtool.core.clean_text import safe_for_output
from amendtool.core.layout import Block, Role
from amendtool.core.model import cell_paragraphs
from amendtool.core.typography import curly_quotes
from amendtool.io.safe_write import write_bytes_atomic
from amendtool.io.word_paragraphs import ParagraphStyles, add_paragraph, add_run, keep_with_next
from amendtool.resources import resource_path

_STYLES = {
    Role.CENTER: "AT Center",
    Role.CENTER_BOLD: "AT Center Bold",
    Role.CAPTION: "AT Caption",
    Role.RULE: "AT Rule",
    Role.BODY: "AT Body",
    Role.HEADING: "AT Heading",
    Role.CHECKBOX: "AT Checkbox",
    Role.ITEM: "AT Item",
    Role.QUOTE: "AT Quote",
    Role.EXHIBIT_LINE: "AT Exhibit Line",
    Role.SIGNATURE: "AT Signature",
    Role.RIGHT: "AT Right",
    Role.MEMO: "AT Memo",
    Role.PLAIN: "AT Plain",
    Role.HEADLINE: "AT Headline",
    Role.SUBHEADING: "AT Subheading",
    Role.TEXT: "AT Text",
}
# The plain employee notice is set left-aligned, never justified, with headings of its own.
_PLAIN_NOTICE_STYLES = {
    Role.HEADING: "AT Notice Heading",
    Role.ITEM: "AT Notice Item",
    Role.QUOTE: "AT Notice Quote",
}
_NOTICE_DOCUMENTS = ("notice", "exhibit")
_BRACKETED = re.compile(r"(\[[^\]]*\])")


def house_template() -> Path:
    return resource_path("templates", "house-style.docx")


def blocks_to_docx(
    blocks: list[Block],
    title: str,
    template: Path | None = None,
    cover_page: bool = True,
    plain_notice: bool = False,
    curly: bool = True,
) -> bytes:
    """`cover_page`: the first page (a filing's cover) carries no page number; `plain_notice`:
    the employee notice is in plain style (left-aligned, its own headings); `curly`: set with
    typographer's quotation marks and apostrophes, as Word sets them (the house style, on by
    default). EDGAR text is ASCII whatever this says."""
    document = docx.Document(str(template or house_template()))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    document.core_properties.title = safe_for_output(title)
    document.core_properties.author = ""
    styles = ParagraphStyles(document)
    end = body.find(qn("w:sectPr"))  # paragraphs go before the body's own section
    pending_break = False
    table = None
    current_document = blocks[0].document if blocks else "filing"
    for position, block in enumerate(blocks):
        if block.role is Role.PAGE_BREAK:
            pending_break = True
            continue
        if block.document != current_document:
            _restart_numbering(document)  # an exhibit is paginated on its own, from 1
            current_document = block.document
            pending_break = False
        if block.role in (Role.TABLE_HEADER, Role.TABLE_ROW):
            if table is None:
                table = document.add_table(rows=0, cols=len(block.cells))
                table.autofit = True
            row = table.add_row()
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row on one page
            for cell, text in zip(row.cells, block.cells, strict=True):
                text = curly_quotes(text) if curly else text
                fill_cell(cell, text, styles, bold=block.role is Role.TABLE_HEADER)
            continue
        after_table, table = table is not None, None
        style = _STYLES.get(block.role)
        notice = block.document in _NOTICE_DOCUMENTS
        if notice and plain_notice:
            style = _PLAIN_NOTICE_STYLES.get(block.role, style)
        if block.role is Role.RULE and block.label == "signature":
            style = "AT Signature Rule"
        paragraph = add_paragraph(end, styles.ids.get(style or ""), pending_break)
        pending_break = False
        if after_table:
            _space_before(paragraph, 240)  # a table's last row is no paragraph: set it apart
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        if block.role is Role.TEXT and following is not None and following.role is Role.ITEM:
            keep_with_next(paragraph)  # an introduction stays with what it introduces
        _fill(paragraph, block, curly=curly)
    for made in document.tables:
        table_widths(made)
    _page_numbers(document, cover_page)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _space_before(p: etree._Element, twips: int) -> None:
    properties = p.find(qn("w:pPr"))
    if properties is None:
        properties = OxmlElement("w:pPr")
        p.insert(0, properties)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:before"), str(twips))
    properties.append(spacing)  # after w:pStyle, w:keepNext and w:pageBreakBefore


def write_docx(blocks: list[Block], path: Path, title: str) -> None:
    write_bytes_atomic(path, blocks_to_docx(blocks, title))


def _fill(p: etree._Element, block: Block, curly: bool = False) -> None:
    if block.role is Role.RULE:
        return
    if block.role in (Role.ITEM, Role.CHECKBOX, Role.EXHIBIT_LINE, Role.MEMO):
        add_run(p, block.label)
        add_run(p, "\t")
    text = curly_quotes(block.text) if curly else block.text
    if block.role is not Role.TEXT:
        add_run(p, text)
        return
    for part in _BRACKETED.split(text):
        if part:  # a placeholder for counsel stands out: bold on yellow
            add_run(p, part, marked=bool(_BRACKETED.fullmatch(part)))


def _restart_numbering(document: WordDocument) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.different_first_page_header_footer = False
    sect_pr = section._sectPr
    numbering = sect_pr.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        sect_pr.append(numbering)
    numbering.set(qn("w:start"), "1")


def fill_cell(cell: _Cell, text: str, styles: ParagraphStyles, bold: bool = False) -> None:
    """A cell's text, each of its paragraphs a Word paragraph of its own."""
    paragraphs = cell_paragraphs(safe_for_output(text)) or [""]
    cell.text = ""
    for index, words in enumerate(paragraphs):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        styles.apply(paragraph, "AT Table Text")
        run = paragraph.add_run(words)
        run.bold = bold or None


def table_widths(table: Table) -> None:
    """A caption column and a text column (an index of exhibits, a term sheet), or a
    label column and equal columns of figures."""
    count = len(table.columns)
    if count <= 2:
        widths = [Inches(1.5), Inches(5.0)][:count]
    else:
        widths = [Inches(2.5)] + [Inches(4.0 / (count - 1))] * (count - 1)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


def _page_numbers(document: WordDocument, cover_page: bool) -> None:
    """Centred page number in the footer; none on a cover page."""
    section = document.sections[0]
    section.different_first_page_header_footer = cover_page
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = 1
    add_page_field(paragraph)


def add_page_field(paragraph: Paragraph) -> None:
    """Word's PAGE field: the printed page number."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
