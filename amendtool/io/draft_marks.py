"""A working draft written while the plain notice still has placeholders for counsel, or
while the checks find errors (`draft`, `amend`, `extend`, `results`, `export --force`), is
marked as one in every file a reader could take for the filing: the Schedule TO and the
notice exhibit for EDGAR (.htm, .txt: their first line), and the Word filing and notice (a
header on every page, a first line, and the file's title), as the app marks every page it
prints or exports over an error. A file written over a stale price must not look fileable.
`export` never writes a set with a placeholder left (it refuses, --force too). The words are
the firm's (resources/wording/standard.toml [printed] draft_mark, draft_mark_errors)."""

from __future__ import annotations

import html
import re
import textwrap

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph

from amendtool.core.amendment import Amendment
from amendtool.core.numerals import counted

_RED = RGBColor(0xC0, 0x00, 0x00)
_BODY = re.compile(rb"<body[^>]*>")
_EDGAR_COLUMNS = 80


def placeholders_left(amendment: Amendment) -> int:
    """How many placeholders for counsel the notice still prints (each an error of the
    checks, and each a reason export refuses)."""
    from amendtool.core.filing_document import notice_blocks
    from amendtool.core.notice_placeholders import placeholder_findings
    from amendtool.core.plain_notice import plain_paragraphs
    from amendtool.core.plain_summary import placeholders

    if amendment.filing.notice_style != "plain":
        return 0  # the precedent notice quotes the items as filed: nothing for counsel to write
    blocks = notice_blocks(amendment)
    paragraphs = plain_paragraphs(amendment)
    left = len(placeholder_findings(amendment, blocks, paragraphs))
    # the tool's paragraph printed while counsel's is to be read again: its placeholders
    # are said by that check, and printed all the same
    items = amendment.change_items
    for paragraph in paragraphs:
        index = paragraph.items[0] if paragraph.writer is None else paragraph.writer
        if items[index].stale_plain:
            left += len(placeholders(paragraph.text))
    return left


def left_said(count: int) -> str:
    """'3 placeholders for counsel remain', '1 placeholder for counsel remains'."""
    verb = "remains" if count == 1 else "remain"
    return f"{counted(count, 'placeholder')} for counsel {verb}"


def draft_mark(amendment: Amendment, count: int) -> str:
    """The mark's words: "DRAFT — NOT FOR FILING: 3 placeholders for counsel remain …"."""
    said = str(amendment.wording.printed.get("draft_mark", "DRAFT — NOT FOR FILING: {left}"))
    return said.format(left=left_said(count), them="it" if count == 1 else "them")


def errors_said(count: int) -> str:
    """'3 errors of the checks', '1 error of the checks'."""
    return f"{counted(count, 'error')} of the checks"


def draft_mark_of(amendment: Amendment, errors: int = 0) -> str:
    """The mark a working draft's files carry: the placeholders left, else the `errors` of
    the checks they are written over; "" when neither."""
    left = placeholders_left(amendment)
    if left:
        return draft_mark(amendment, left)
    if not errors:
        return ""
    said = str(
        amendment.wording.printed.get(
            "draft_mark_errors", "DRAFT — NOT FOR FILING: written over {errors}"
        )
    )
    return said.format(errors=errors_said(errors), them="it" if errors == 1 else "them")


def marked(name: str, data: bytes, mark: str) -> bytes:
    """The EDGAR file `name` with the draft mark first; a file of another kind as it was (a
    Word file is marked as it is written: `mark_word`)."""
    if name.endswith(".txt"):
        return _marked_text(data, mark)
    if name.endswith(".htm"):
        return _marked_html(data, mark)
    return data


def _ascii(mark: str) -> str:
    return mark.replace("—", "--").encode("ascii", "replace").decode("ascii")


def _marked_text(data: bytes, mark: str) -> bytes:
    """EDGAR ASCII: the mark's own lines, in 80 columns, before the document."""
    lines = textwrap.wrap(_ascii(mark), _EDGAR_COLUMNS)
    return ("\n".join(lines) + "\n\n").encode("ascii") + data


def _marked_html(data: bytes, mark: str) -> bytes:
    """EDGAR HTML: the mark as the body's first paragraph, bold and red."""
    line = (
        '<p style="font-weight:bold;color:#C00000;text-align:center">'
        f"{html.escape(_ascii(mark))}</p>"
    ).encode("ascii")
    found = _BODY.search(data)
    if found is None:
        return line + data
    return data[: found.end()] + line + data[found.end() :]


def mark_word(document: docx.document.Document, mark: str) -> None:
    """Word: the mark at the head of every page (each section's headers) and as the
    document's first line; its title begins "DRAFT". Done before the file is first saved,
    so it is built, zipped and written once."""
    for number, section in enumerate(document.sections):
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        for header in headers:
            if number and header.is_linked_to_previous:
                continue
            header.is_linked_to_previous = False
            _mark_first(header.paragraphs[0] if header.paragraphs else header.add_paragraph(), mark)
    _mark_first(_first_line(document), mark, new=True)
    title = document.core_properties.title or ""
    document.core_properties.title = f"DRAFT: {title}" if title else "DRAFT"
    for field in document.core_properties._element:  # an emptied one as a file read back has it
        if field.text == "":
            field.text = None


def _first_line(document: docx.document.Document) -> Paragraph:
    """A new paragraph before the body's first (python-docx's `document.paragraphs` builds
    one for each of the filing's thousands to take the first); the body's first if none."""
    found = document.element.body.find(qn("w:p"))
    if found is None:
        return document.add_paragraph()
    return Paragraph(found, document._body).insert_paragraph_before()


def _mark_first(paragraph, mark: str, new: bool = False) -> None:  # type: ignore[no-untyped-def]
    """The mark as the paragraph's first words (its own line), bold, red and centred."""
    if paragraph.text.strip() and not new:
        paragraph = paragraph.insert_paragraph_before()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(mark)
    run.bold = True
    run.font.color.rgb = _RED
