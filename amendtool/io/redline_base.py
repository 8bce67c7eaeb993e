"""The Word file a redline is written on: the original .docx itself when it is the file the
project was drafted from, else the original's text set in the house style, each paragraph
tied to the Word element it became."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import cast

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.table import Table
from lxml import etree

from amendtool.core.clean_text import safe_for_output
from amendtool.core.model import NOTE_KINDS, Document, ParagraphKind, RowLook
from amendtool.core.notes import printed_mark
from amendtool.core.pattern_store import compiled
from amendtool.core.structure import build_document
from amendtool.io.docx_notes import make_notes_editable, notes_roots
from amendtool.io.docx_reader import walk_docx
from amendtool.io.docx_writer import house_template
from amendtool.io.house_pages import PrintedPages
from amendtool.io.note_marks import (
    bare_marks,
    marked_pieces,
    note_styles,
    notes_after,
    with_bare_references,
)
from amendtool.io.revision_text import accept_all
from amendtool.io.source_file import sha256
from amendtool.io.template_package import open_template
from amendtool.io.word_hidden import drop_hidden_runs
from amendtool.io.word_paragraphs import ParagraphStyles, add_paragraph, add_styled_run
from amendtool.io.word_places import kept_places, placed
from amendtool.io.word_tables import append_row, fill_cell, merge_across, rule_cells

# the template's bulleted paragraph: Word prints the bullet, which is no part of the text
BULLETED = "List Bullet"


# a quotation stays set in from both margins, as the offer set it
_HOUSE_STYLES = {ParagraphKind.BODY: "AT Body", ParagraphKind.QUOTATION: "AT Quote"}


def base_document(original: Document) -> tuple[WordDocument, Document, list[str]]:
    """The original .docx when it is the file the project was drafted from; else a setting."""
    source = Path(original.source) if original.source else None
    if source and source.suffix.lower() == ".docx" and source.exists():
        data = source.read_bytes()
        digest = sha256(data)
        if not original.sha256 or digest == original.sha256:
            word = docx.Document(io.BytesIO(data))
            make_notes_editable(word)
            _as_read(word)
            mapped = _read_again(word, digest)
            if _same_text(mapped, original):
                return word, mapped, []
    word, mapped = _set_in_house_style(original)
    note = (
        "the original is not the Word file the project was drafted from; the redline is "
        "set in the house style"
    )
    return word, mapped, [] if not source or source.suffix.lower() != ".docx" else [note]


def _read_again(word: WordDocument, digest: str) -> Document:
    """The original as read from `word`: tied by the places its loading kept when it was read
    from these very bytes (`digest`) and held nothing the reading takes out (a tracked
    change, hidden text), the body left as read; else read and grouped again."""
    places = kept_places(digest)
    if places is not None:
        return placed(places, word.element)
    return build_document(walk_docx(word).blocks)


def _as_read(word: WordDocument) -> None:
    """The Word file as the readers read it: every change still tracked in it accepted, its
    hidden text taken out; the redline then marks only the amendment's own changes."""
    accept_all(word.element.body)
    _separators_as_breaks(word.element.body)
    for notes_part in notes_roots(word):
        accept_all(notes_part)
        _separators_as_breaks(notes_part)
    drop_hidden_runs(word)


_SEPARATOR = compiled("[\u2028\u2029]")
# the texts that may hold one (their string values hold a text's words, and any after a
# comment in it), found by libxml2 in one pass, not each of the body's texts searched
_HOLDS_SEPARATOR = etree.XPath(
    "descendant::w:t[contains(., '\u2028') or contains(., '\u2029')]",
    namespaces={"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
)


def _separators_as_breaks(root: etree._Element) -> None:
    """A line or paragraph separator inside Word's text (pasted from another program) made
    the line break Word writes, which the reader reads as it reads the separator (a space):
    kept as a character, it reached the redline and the conformed copy as an odd mark."""
    found = cast(list[etree._Element], _HOLDS_SEPARATOR(root))
    for text in [t for t in found if _SEPARATOR.search(t.text or "")]:
        first, *rest = _SEPARATOR.split(text.text or "")
        text.text = first
        text.set(qn("xml:space"), "preserve")
        anchor = text
        for piece in rest:
            anchor.addnext(line_break := etree.Element(qn("w:br")))
            line_break.addnext(anchor := etree.Element(qn("w:t")))
            anchor.text = piece
            anchor.set(qn("xml:space"), "preserve")


def bold_lead(
    pieces: list[tuple[str, bool, bool]], count: int
) -> list[tuple[str, bool, bool, bool]]:
    """The pieces of a paragraph (text, superscript, a bare reference), each also bold or
    not: its first `count` characters of text are its bold words (a run-in caption)."""
    out: list[tuple[str, bool, bool, bool]] = []
    seen = 0
    for text, superscript, reference in pieces:
        if reference:
            out.append((text, superscript, reference, False))
            continue
        cut = min(max(count - seen, 0), len(text))
        if cut:
            out.append((text[:cut], superscript, reference, True))
        if cut < len(text) or not text:
            out.append((text[cut:], superscript, reference, False))
        seen += len(text)
    return out


def _same_text(a: Document, b: Document) -> bool:
    return [(s.id, [p.text for p in s.paragraphs]) for s in a.sections] == [
        (s.id, [p.text for p in s.paragraphs]) for s in b.sections
    ]


def _set_in_house_style(original: Document) -> tuple[WordDocument, Document]:
    """The original's text as a Word file, each paragraph tied to the element it became: a
    table row to a Word table row (one table for each table of the original), a note to a
    paragraph led by its mark.

    Each paragraph goes in just before the body's end, found once: added through python-docx,
    each addition searches the whole body, which takes minutes on a long offer."""
    word = open_template(house_template())  # the template's zip read once for each version
    note_style, note_mark = note_styles(word)
    mark_id = word.styles[note_mark].style_id
    styles = ParagraphStyles(word)
    table_of: dict[int, tuple[str | None, int]] = {}  # a Word table → the original's table
    body = word.element.body
    end = body.find(qn("w:sectPr"))
    if end is None:
        end = etree.SubElement(body, qn("w:sectPr"))
    printed = PrintedPages(word, lambda: add_paragraph(end, None))

    def add(
        text: str,
        style: str,
        bold: bool = False,
        mark: str | None = None,
        refers: tuple[str, ...] = (),
        note_refs: str | None = None,
        lead: str = "",
    ) -> object:
        p = add_paragraph(end, styles.ids.get(style))
        if mark is not None and mark in bare:  # "¹ Holders …", as the offer prints it
            add_styled_run(p, mark, mark_id, superscript=True)
            add_styled_run(p, " ")
        elif mark is not None:  # "(1) …", as EDGAR prints a note
            add_styled_run(p, printed_mark(mark) + " ", mark_id)
        pieces = marked_pieces(safe_for_output(text), refers)
        runs = bold_lead(with_bare_references(pieces, note_refs), len(lead))
        for piece, superscript, reference, strong in runs:
            # a bare reference is in the mark's style: no part of the text an item changes
            add_styled_run(p, piece, mark_id if reference else None, bold or strong, superscript)
        return p

    bare = bare_marks([p for s in original.sections for p in s.paragraphs])

    sections = []
    for section in original.sections:
        heading_source = None
        if section.heading:
            style = "AT Center Bold" if section.kind.value == "part" else "AT Heading"
            printed.before(section.page)
            heading_source = add(section.heading, style, bold=True)
        paragraphs = []
        table: Table | None = None
        for index, p in enumerate(section.paragraphs):
            if printed.before(p.page):
                table = None  # a table goes on on the next page: a Word table of its own
            if p.kind is not ParagraphKind.TABLE_ROW:
                table = None
                style = _HOUSE_STYLES.get(p.kind, "AT Plain")
                if p.marker and BULLETED in styles:  # Word prints its bullet, as the offer
                    style = BULLETED
                source = add(
                    p.text,
                    note_style if p.kind in NOTE_KINDS else style,
                    bold=p.kind in (ParagraphKind.QUESTION, ParagraphKind.SUBHEADING),
                    mark=p.note if p.kind in NOTE_KINDS else None,
                    refers=notes_after(section.paragraphs, index),
                    note_refs=p.note_refs,
                    lead=p.look.bold[0] if p.look and p.look.bold else "",
                )
                paragraphs.append(replace(p, source=source))
                continue
            cells = p.cells
            if table is None or table_of[id(table)] != (p.table, len(cells)):
                table = word.add_table(rows=0, cols=len(cells))
                table_of[id(table)] = (p.table, len(cells))
            tr, row_cells = append_row(table)
            look = p.look or RowLook()
            leads = (*look.bold, *[""] * len(cells))
            for cell, text, lead in zip(row_cells, cells, leads, strict=False):
                fill_cell(cell, text, styles, lead=lead)  # bold as the offer prints it
            rule_cells(tr, look.ruled)
            merge_across(tr, p.spans)  # a cell merged across columns stands once
            paragraphs.append(replace(p, source=tr))
        sections.append(replace(section, paragraphs=paragraphs, heading_source=heading_source))
    printed.finish()
    return word, Document(sections=sections, source=original.source, sha256=original.sha256)
