"""Pages as Qt sets them for Print and Export PDF, made to read as the Word files do.

Qt's rich text reads two things of the shared HTML otherwise than Word and browsers: a rule
between cover entries ("margin:auto") takes several lines, which pushed the cover page onto
three; and table cells are set edge to edge ("Exhibit NumberDescription"). And Qt keeps no
heading with the paragraph after it, as Word's styles do: a heading or an introduction
("… replaced with the following:") left at the foot of a page is moved to the next. So
the pages are laid out and painted here, once, as `QTextDocument.print_` would set them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QTextBlock,
    QTextBlockFormat,
    QTextDocument,
)

from amendtool.core.layout import Block, Role

DRAFT_MARK = "DRAFT"  # at the head of each page written despite the checks' findings
KEEP_WITH_NEXT = QTextBlockFormat.Property.UserProperty + 1
_HEADINGS = {Role.HEADING, Role.SUBHEADING, Role.HEADLINE, Role.CENTER_BOLD}
_RULE = re.compile(r'(<hr style="[^"]*?)margin:auto;')
_TABLE = '<table style="width:100%;border-collapse:collapse">'


def qt_html(html: str) -> str:
    """The shared HTML with a cover rule's space and a table's column gap as Word sets them,
    and its indents (a quotation's, a first line's) in the pixels Qt reads."""
    html = _INDENTS.sub(_indent_in_pixels, html)
    html = _RULE.sub(r"\1margin:6pt auto;", html)
    # Qt sets collapsed borders' cells edge to edge, whatever their padding
    table = '<table width="100%" cellpadding="2" cellspacing="0">'
    html = html.replace(
        '<table style="margin-left', '<table cellpadding="2" cellspacing="0" style="margin-left'
    )
    return html.replace(_TABLE, table).replace("padding:2pt", "padding:2pt;padding-right:18pt")


# Qt's rich text reads lengths in pixels only: a quotation's "margin-left:1in" (the .docx's
# 1 inch) was read as no indent at all. Left and right margins and first-line indents are
# turned into pixels at Qt's 96 to the inch; the space above and below is left as it is
_INDENTS = re.compile(r"\b(margin-left|margin-right|text-indent|margin)\s*:\s*([^;\"']+)")
_LENGTH = re.compile(r"(-?\d*\.?\d+)(in|pt)\b")
QT_PIXELS_PER_INCH = 96.0  # the pixels the indents are written in (qt_html)
_PIXELS = {"in": QT_PIXELS_PER_INCH, "pt": QT_PIXELS_PER_INCH / 72.0}


def _pixels(length: str) -> str:
    return _LENGTH.sub(lambda m: f"{round(float(m.group(1)) * _PIXELS[m.group(2)])}px", length)


def _indent_in_pixels(match: re.Match[str]) -> str:
    name, value = match.group(1), match.group(2)
    if name != "margin":
        return f"{name}:{_pixels(value)}"
    sides = value.split()
    if len(sides) == 4:  # top right bottom left: only the sides become pixels
        sides[1], sides[3] = _pixels(sides[1]), _pixels(sides[3])
    return f"margin:{' '.join(sides)}"


def _words(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def kept_texts(blocks: list[Block]) -> set[str]:
    """The printed text of each block that must stay on a page with the block after it."""
    kept = set()
    for block, following in pairwise(blocks):
        quoted = following.role in (Role.QUOTE, Role.TABLE_HEADER) or following.quoted
        introduces = quoted or (block.role is Role.TEXT and following.role is Role.ITEM)
        if block.role in _HEADINGS or introduces:
            kept.add(_words(f"{block.label} {block.text}" if block.label else block.text))
    return kept


def mark_kept(document: QTextDocument, texts: Iterable[str]) -> None:
    """Each paragraph of `document` printing one of `texts` is kept with the next one."""
    wanted = set(texts)
    block = document.firstBlock()
    while block.isValid():
        if block.text().strip() and _words(block.text()) in wanted:
            cursor_format = block.blockFormat()
            cursor_format.setProperty(KEEP_WITH_NEXT, True)
            _set_format(document, block.position(), cursor_format)
        block = block.next()


def print_paged(document: QTextDocument, device: QPagedPaintDevice, draft: bool = False) -> None:
    """The document on the device's pages, 2 cm inside them and numbered at the foot, as
    `QTextDocument.print_` sets it; but laid out once, so that the pages printed are the
    pages on which each kept paragraph was moved to stay with the next."""
    clone = document.clone()
    # before the first layout: lengths changed after it left lines out of the pages painted
    in_device_pixels(clone, device.logicalDpiX() / QT_PIXELS_PER_INCH)
    layout = clone.documentLayout()
    layout.setPaintDevice(device)
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen else 96.0
    margin = int(2 / 2.54 * dpi)  # at the screen's resolution, scaled to the device's
    frame = clone.rootFrame().frameFormat()
    frame.setMargin(margin)
    clone.rootFrame().setFrameFormat(frame)
    clone.setPageSize(QSizeF(device.width(), device.height()))
    keep_with_next(clone)
    _paint_pages(clone, device, margin * device.logicalDpiY() / dpi, draft)


def in_device_pixels(document: QTextDocument, scale: float) -> None:
    """A document laid out on a printer or PDF writer reads its indents in the device's own
    pixels (300 or 1200 to the inch), not the 96 they were written in: a first line's half
    inch printed as a sixth of one. Each paragraph's left and right margins and first-line
    indent are scaled to the device, so the page shows the .docx's measures."""
    if abs(scale - 1.0) < 1e-6:
        return
    document.setIndentWidth(document.indentWidth() * scale)  # a list's step in
    block = document.firstBlock()
    while block.isValid():
        block_format = block.blockFormat()
        left, right, first = (
            block_format.leftMargin(),
            block_format.rightMargin(),
            block_format.textIndent(),
        )
        if left or right or first:
            block_format.setLeftMargin(left * scale)
            block_format.setRightMargin(right * scale)
            block_format.setTextIndent(first * scale)
            _set_format(document, block.position(), block_format)
        block = block.next()


def keep_with_next(document: QTextDocument) -> None:
    """A kept paragraph the page would leave at its foot starts the next page instead, and
    so does a kept run of them (a heading over an introduction over a quotation)."""
    height = document.pageSize().height()
    always = QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
    moved: set[int] = set()  # where this started a page (the document's own breaks stay)
    block, steps = document.firstBlock(), 4 * document.blockCount()
    while block.isValid() and block.next().isValid() and steps > 0:
        steps -= 1
        following = block.next()
        forced = bool(following.blockFormat().pageBreakPolicy() & always)
        own_break = forced and following.position() not in moved
        kept = block.blockFormat().property(KEEP_WITH_NEXT) and not own_break
        if kept and _page(block, height) != _page(following, height):
            _break_before(document, block, True)
            moved.add(block.position())
            if following.position() in moved:  # the run moves whole
                _break_before(document, following, False)
                moved.discard(following.position())
            if block.previous().isValid():
                block = block.previous()  # which may now be left behind in its turn
                continue
        block = following


def _break_before(document: QTextDocument, block: QTextBlock, on: bool) -> None:
    changed = block.blockFormat()
    flag = QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
    changed.setPageBreakPolicy(flag if on else QTextBlockFormat.PageBreakFlag.PageBreak_Auto)
    _set_format(document, block.position(), changed)


def _page(block: QTextBlock, height: float) -> int:
    """The page a paragraph starts on: that of its first line (a paragraph's own space may
    begin at the foot of the page before)."""
    block.document().documentLayout().documentSize()  # laid out (again) before it is read
    lines = block.layout()
    top = lines.position().y() + (lines.lineAt(0).y() if lines.lineCount() else 0.0)
    return int(top // height)


def _paint_pages(
    document: QTextDocument, device: QPagedPaintDevice, margin: float, draft: bool
) -> None:
    """Each page of a laid-out document, its number right-aligned in the bottom margin (and
    a draft's DRAFT mark, bold, right-aligned in the top margin)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QFontMetricsF, QPainter, QPalette

    width, height = document.pageSize().width(), document.pageSize().height()
    painter = QPainter(device)
    painter.setFont(document.defaultFont())
    metrics = QFontMetricsF(document.defaultFont(), device)
    bold = document.defaultFont()
    bold.setBold(True)
    bold_metrics = QFontMetricsF(bold, device)
    numbers = page_labels(document)
    for page in range(document.pageCount()):
        if page and not device.newPage():
            break
        painter.save()
        painter.translate(0, -page * height)
        view = QRectF(0, page * height, width, height)
        painter.setClipRect(view)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = view
        context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
        document.documentLayout().draw(painter, context)
        painter.restore()
        number = numbers[page]
        x = width - margin - metrics.horizontalAdvance(number)
        y = height - margin + metrics.ascent() + 5 * device.logicalDpiY() / 72
        painter.drawText(round(x), round(y), number)
        if draft:
            painter.save()
            painter.setFont(bold)
            x = width - margin - bold_metrics.horizontalAdvance(DRAFT_MARK)
            y = margin - bold_metrics.descent() - 5 * device.logicalDpiY() / 72
            painter.drawText(round(x), round(y), DRAFT_MARK)
            painter.restore()
    painter.end()


def page_labels(document: QTextDocument) -> list[str]:
    """Each page's printed number: as the original's sections number theirs where the
    document names them (the redline and conformed copy), else 1, 2, 3."""
    from amendtool.io.printed_pages import labels, numbering_from_anchor

    height = document.pageSize().height()
    starts = []
    block = document.firstBlock()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            for name in fragments.fragment().charFormat().anchorNames():
                if (numbering := numbering_from_anchor(name)) is not None:
                    starts.append((_page(block, height), numbering))
            fragments += 1
        block = block.next()
    return labels(starts, document.pageCount())


def _set_format(document: QTextDocument, position: int, block_format: QTextBlockFormat) -> None:
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setBlockFormat(block_format)
