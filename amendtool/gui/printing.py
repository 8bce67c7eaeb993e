"""Print and PDF of the filing and the notice, set by Qt from the blocks the .docx is made of,
and of the redline, read from the redline .docx with its markup shown as Word prints it.

No office suite is needed: the blocks become the same HTML as the preview (with the house
style's curly quotation marks) and Qt lays it out on pages, numbered at the foot.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.layout import Block
from amendtool.core.notice_document import notice_name
from amendtool.core.stated_deadlines import long_date
from amendtool.core.templates import fill_map
from amendtool.core.typography import curly_quotes
from amendtool.gui.print_pages import DRAFT_MARK, kept_texts, mark_kept, print_paged, qt_html
from amendtool.io.edgar_writer import blocks_to_html
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment

FILING, NOTICE, REDLINE, CONFORMED = "filing", "notice", "redline", "conformed"
PRINTABLE = (FILING, NOTICE, REDLINE, CONFORMED)
REVIEW_COPIES = (REDLINE, CONFORMED)  # made from the offer's Word file, not from blocks
HOUSE_FONT, HOUSE_SIZE = "Times New Roman", 12.0  # the template's Normal style


def choices(amendment: Amendment) -> dict[str, str]:
    """What counsel may print, as the Print and Export PDF choices name it."""
    from amendtool.core.offer_names import audience, offer_title

    w = amendment.wording.printed
    title = offer_title(amendment.filing, amendment.original)
    readers = audience(amendment.wording, title, amendment.filing.notice_to)
    terms = {"document_title": title, "audience": readers}
    return {which: fill_map(w[f"{which}_choice"], terms) for which in PRINTABLE}


def printable(
    amendment: Amendment,
    which: str = FILING,
    curly: bool = True,
    author: str | None = None,
) -> QTextDocument:
    """The filing (cover page to the notice exhibit), the notice, the redline (as the
    redline .docx has it, revisions by `author`) or the conformed copy (as its .docx has
    it), as a Qt document."""
    if which == REDLINE:
        title, html = _redline(amendment, author)
        return _document(html, title)
    if which == CONFORMED:
        title, html = _conformed(amendment, author)
        return _document(html, title)
    blocks = schedule_to_blocks(amendment) if which == FILING else notice_blocks(amendment)
    if curly:
        blocks = [
            replace(b, text=curly_quotes(b.text), cells=tuple(curly_quotes(c) for c in b.cells))
            for b in blocks
        ]
    f = amendment.filing
    terms = {
        "issuer": f.issuer_name,
        "document_title": f.document_title,
        "number": f.amendment_number,
        "notice_name": notice_name(amendment),
    }
    return printable_blocks(blocks, fill_map(amendment.wording.printed[f"{which}_title"], terms))


def printable_blocks(blocks: list[Block], title: str) -> QTextDocument:
    """Blocks as Qt sets them on pages: the HTML of the preview, spaced as the Word files
    are, each heading and introduction kept with what follows it."""
    document = _document(qt_html(blocks_to_html(blocks, title)), title)
    mark_kept(document, kept_texts(blocks))
    return document


def _document(html: str, title: str) -> QTextDocument:
    document = QTextDocument()
    font = QFont(HOUSE_FONT)  # the house style's Normal text, as in the .docx
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(HOUSE_SIZE)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def _redline(amendment: Amendment, author: str | None) -> tuple[str, str]:
    """The redline .docx the export writes, its tracked changes shown."""
    from amendtool.io.redline_docx import build_review_documents
    from amendtool.io.redline_print import redline_html

    f, w = amendment.filing, amendment.wording.printed
    terms = {
        "document_title": f.document_title,
        "number": f.amendment_number,
        "date": long_date(f.amendment_date),
    }
    title = fill_map(w["redline_title"], terms)
    word = build_review_documents(amendment, author).redline
    return title, redline_html(word, title, fill_map(w["redline_legend"], terms))


def _conformed(amendment: Amendment, author: str | None) -> tuple[str, str]:
    """The conformed copy .docx the export writes (every change accepted), titled as it is."""
    import io

    import docx

    from amendtool.io.redline_docx import build_review_documents
    from amendtool.io.redline_print import redline_html

    word = build_review_documents(amendment, author).conformed
    title = docx.Document(io.BytesIO(word)).core_properties.title or ""
    return title, redline_html(word, title)


# Qt sets a document it paginates itself (so that it numbers the pages) 2 cm inside the
# device's margins: the device gets the house style's margins less these
QT_PRINT_MARGIN_MM = 20.0


@cache
def house_page() -> tuple[float, float, tuple[float, float, float, float]]:
    """The house style's page (width, height) and margins (left, top, right, bottom) in
    millimetres, read from the template the .docx files are made from."""
    import docx

    section = docx.Document(str(resource_path("templates", "house-style.docx"))).sections[0]

    def mm(length: object) -> float:
        return float(getattr(length, "mm", 25.4))

    margins = (section.left_margin, section.top_margin, section.right_margin, section.bottom_margin)
    return mm(section.page_width), mm(section.page_height), tuple(mm(m) for m in margins)  # type: ignore[return-value]


def print_to(document: QTextDocument, device: QPagedPaintDevice, draft: bool = False) -> None:
    """The house style's page and margins (as the .docx); Qt numbers the pages at the foot.
    `draft`: written despite the checks' findings, each page is marked DRAFT at its head."""
    width, height, margins = house_page()
    inner = [max(m - QT_PRINT_MARGIN_MM, 0.0) for m in margins]
    device.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*inner),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_paged(document, device, draft)


def export_pdf(
    amendment: Amendment,
    path: Path,
    which: str = FILING,
    curly: bool = True,
    author: str | None = None,
    draft: bool = False,
) -> Path:
    return write_pdf(printable(amendment, which, curly, author), path, draft=draft)


def write_pdf(
    document: QTextDocument, path: Path, title: str | None = None, draft: bool = False
) -> Path:
    """The document as a PDF whose title is the document's own ("Halvorsen Networks, Inc.:
    Amendment No. 1 to Schedule TO"), as a reader's window and file list show it."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    name = QTextDocument.MetaInformation.DocumentTitle
    title = title or document.metaInformation(name)
    writer.setTitle(f"{DRAFT_MARK}: {title}" if draft else title)
    writer.setCreator("amendtool")
    document.setPageSize(QSizeF())  # let the writer's page decide, with page numbers
    print_to(document, writer, draft)
    del writer  # the file is finished when the writer goes
    return path
