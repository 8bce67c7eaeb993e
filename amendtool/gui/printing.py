"""Print and PDF of the filing and the notice, set by Qt from the blocks the .docx is made of.

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
from amendtool.core.typography import curly_quotes
from amendtool.io.edgar_writer import blocks_to_html
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment

FILING, NOTICE = "filing", "notice"
HOUSE_FONT, HOUSE_SIZE = "Times New Roman", 12.0  # the template's Normal style


def printable(amendment: Amendment, which: str = FILING, curly: bool = True) -> QTextDocument:
    """The filing (cover page to the notice exhibit) or the notice, as a Qt document."""
    blocks = schedule_to_blocks(amendment) if which == FILING else notice_blocks(amendment)
    if curly:
        blocks = [
            replace(b, text=curly_quotes(b.text), cells=tuple(curly_quotes(c) for c in b.cells))
            for b in blocks
        ]
    number = amendment.filing.amendment_number
    title = f"Schedule TO Amendment No. {number}" if which == FILING else "Notice of Amendment"
    document = QTextDocument()
    font = QFont(HOUSE_FONT)  # the house style's Normal text, as in the .docx
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(HOUSE_SIZE)
    document.setDefaultFont(font)
    document.setHtml(blocks_to_html(blocks, title))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


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


def print_to(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """The house style's page and margins (as the .docx); Qt numbers the pages at the foot."""
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
    document.print_(device)


def export_pdf(amendment: Amendment, path: Path, which: str = FILING, curly: bool = True) -> Path:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"{amendment.filing.document_title} — {which}")
    writer.setCreator("amendtool")
    document = printable(amendment, which, curly)
    document.setPageSize(QSizeF())  # let the writer's page decide, with page numbers
    print_to(document, writer)
    del writer  # the file is finished when the writer goes
    return path
