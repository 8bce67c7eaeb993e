"""Print and PDF of the filing and the notice, set by Qt from the blocks the .docx is made of.

No office suite is needed: the blocks become the same HTML as the preview (with the house
style's curly quotation marks) and Qt lays it out on pages, numbered at the foot.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.typography import curly_quotes
from amendtool.io.edgar_writer import blocks_to_html

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment

FILING, NOTICE = "filing", "notice"


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
    document.setHtml(blocks_to_html(blocks, title))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def print_to(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """US Letter, one-inch margins; Qt numbers the pages at the foot."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(25.4, 25.4, 25.4, 25.4),
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
