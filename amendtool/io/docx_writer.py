"""Draws layout blocks as a Word document in the firm's house style (templates/house-style.docx)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

from docx.document import Document as WordDocument
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml.section import CT_SectPr
from docx.section import Section
from docx.shared import Emu
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from amendtool.core.layout import Block, Role
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import curly_quotes, straight_quotes
from amendtool.io.docx_package import docx_bytes
from amendtool.io.docx_properties import stamp
from amendtool.io.oxml_element import OxmlElement
from amendtool.io.safe_write import write_bytes_atomic
from amendtool.io.word_paragraphs import ParagraphStyles, add_paragraph, add_run, keep_with_next
from amendtool.io.word_tables import (
    append_plain_row,
    append_row,
    fill_cell,
    merge_across,
    repeat_as_heading,
    set_in,
    set_in_row,
)
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
_BRACKETED = compiled(r"(\[[^\]]*\])")


def house_template() -> Path:
    return resource_path("templates", "house-style.docx")


def blocks_to_docx(
    blocks: list[Block],
    title: str,
    template: Path | None = None,
    cover_page: bool = True,
    plain_notice: bool = False,
    curly: bool = True,
    author: str = "",
    when: dt.datetime | None = None,
    mark: str = "",
) -> bytes:
    """`cover_page`: the first page (a filing's cover) carries no page number; `plain_notice`:
    the employee notice is in plain style (left-aligned, its own headings); `curly`: set with
    typographer's quotation marks and apostrophes, as Word sets them (the house style, on by
    default). EDGAR text is ASCII whatever this says. `author` and `when` (the export time)
    are what the file says of itself; `mark`, a working draft's mark (io/draft_marks.py)."""
    document, styles = ParagraphStyles.of_file(template or house_template())
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    stamp(document, title, author, when)
    end = body.find(qn("w:sectPr"))  # paragraphs go before the body's own section
    pending_break = False
    table = None
    heading_rows = False
    room: int | None = None  # a quoted table's width between the quotation's indents
    current_document = blocks[0].document if blocks else "filing"
    first_section = end  # what ends the first section: the body's own, until an exhibit's
    for position, block in enumerate(blocks):
        if block.role is Role.PAGE_BREAK:
            pending_break = True
            continue
        if block.document != current_document:
            ended = _restart_numbering(document)  # an exhibit is paginated on its own, from 1
            first_section = ended if first_section is end else first_section
            current_document = block.document
            pending_break = False
        if block.role in (Role.TABLE_HEADER, Role.TABLE_ROW):
            if table is None:
                heading_rows = True  # the headings at a table's top repeat on each page
                table = _add_table(document, len(block.cells))
                table.autofit = True
                plain = plain_notice and block.document in _NOTICE_DOCUMENTS
                quote = (_PLAIN_NOTICE_STYLES if plain else _STYLES)[Role.QUOTE]
                room = _set_in(document, table, quote) if block.quoted else None
            texts = [curly_quotes(text) if curly else straight_quotes(text) for text in block.cells]
            bold = block.role is Role.TABLE_HEADER
            heading_rows = heading_rows and bold
            plain_row = append_plain_row(table, texts, styles, bold, room)
            if plain_row is not None:
                merge_across(plain_row, block.spans)
                if heading_rows:
                    repeat_as_heading(plain_row)
                continue
            tr, cells = append_row(table, cant_split=True)  # a row on one page
            if heading_rows:
                repeat_as_heading(tr)
            for cell, text in zip(cells, texts, strict=True):
                fill_cell(cell, text, styles, bold=bold)
            if room is not None:  # quoted rows set in as a quoted paragraph is
                set_in_row(tr, room)
            merge_across(tr, block.spans)  # a cell merged across columns, as in the offer
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
    _page_numbers(document, first_section, cover_page)
    if mark:
        from amendtool.io.draft_marks import mark_word

        mark_word(document, mark)
    written = docx_bytes(document)  # the template's parts deflated once in a run
    # the written tree let go at once: python-docx's parts refer to each other, so it would
    # stay until a collection, beside the next file's (tens of MB for a long table)
    release(body)
    return written


def _add_table(document: WordDocument, columns: int) -> Table:
    """`document.add_table(rows=0, cols=columns)`: a table of no style of its own, set without
    asking the template's styles for the id of none (they are parsed when first read)."""
    table = document._body.add_table(0, columns, document._block_width)
    table._tbl.tblStyle_val = None
    return table


def _set_in(document: WordDocument, table: Table, quote: str) -> int:
    """A quoted table indented as far as the quoted paragraphs' style sets them; the
    width left for its columns, in twips."""
    page = document.sections[-1]
    width = Emu((page.page_width or 0) - (page.left_margin or 0) - (page.right_margin or 0))
    paragraph = document.styles[quote].paragraph_format
    left, right = Emu(paragraph.left_indent or 0), Emu(paragraph.right_indent or 0)
    set_in(table, left.twips, right.twips, width.twips)
    return width.twips - left.twips - right.twips


def release(root: etree._Element) -> None:
    """Empty `root`, its largest elements from the inside. lxml's work to detach an element
    grows with the square of what hangs under it (6 s for a table of 8,000 rows, detached
    whole), while a small one (a row, a paragraph) is detached at once: so only those are,
    a level's all in one step rather than element by element."""
    for child in cast(list[etree._Element], _LARGE(root)):  # one search for the level at once
        release(child)  # one level at a time: a long table's rows, not all its cells
    detach_all(root)


_LARGE = etree.XPath("*[count(descendant::*) > 64]")  # the children with much under them


def detach_all(root: etree._Element) -> None:
    """Every child of `root` taken from it, in lxml's own loop rather than a call for each
    of a filing's thousands of paragraphs (each has little under it by now)."""
    del root[:]


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
    text = curly_quotes(block.text) if curly else straight_quotes(block.text)
    if block.role is not Role.TEXT:
        add_run(p, text)
        return
    for part in _BRACKETED.split(text):
        if part:  # a placeholder for counsel stands out: bold on yellow
            add_run(p, part, marked=bool(_BRACKETED.fullmatch(part)))


def _restart_numbering(document: WordDocument) -> etree._Element:
    """A new section, numbered from 1; the w:sectPr that now ends the one before it."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.different_first_page_header_footer = False
    sect_pr = section._sectPr
    numbering = sect_pr.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        sect_pr.append(numbering)
    numbering.set(qn("w:start"), "1")
    ended = sect_pr.getprevious()  # the paragraph python-docx ended the section before with
    return cast(etree._Element, ended.find(f"{qn('w:pPr')}/{qn('w:sectPr')}"))


def _page_numbers(document: WordDocument, first: etree._Element, cover_page: bool) -> None:
    """Centred page number in the footer; none on a cover page. `first`, the w:sectPr of
    the first section, as the writer made it: python-docx finds it, and whether a section
    before it has a footer to share, by searching the whole document."""
    section = Section(cast(CT_SectPr, first), document.part)  # document.sections[0]
    section.different_first_page_header_footer = cover_page
    footer = section.footer
    if not footer._has_definition:  # the first section's footer: none before it to share
        footer._add_definition()
    paragraph = footer.paragraphs[0]
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
