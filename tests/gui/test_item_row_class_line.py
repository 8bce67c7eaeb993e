"""An item row keeps its class line whatever the list's width: the row's first line (what
the item changes and where) is cut to fit, never wrapped onto the second, so the class and
who decided it ("material, 5 days · proposed") always show under it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from amendtool.gui.item_rows import SHORT
from tests.gui.conftest import wait_items


def drawn_lines(listing, row: int, width: int) -> list[tuple[str, float, float]]:  # type: ignore[no-untyped-def]
    """The lines a row is drawn as at this width, as the list's style lays its text out
    (the text box less the style's margins, wrapped when the row asks for wrapping): each
    line's text, its width, and the width it has."""
    option = QStyleOptionViewItem()
    option.initFrom(listing)
    option.rect = QRect(0, 0, width, listing.visualItemRect(listing.item(row)).height())
    listing.itemDelegate().initStyleOption(option, listing.model().index(row, 0))
    style = listing.style()
    box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, listing)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, listing) + 1
    room = box.width() - 2 * margin
    text = option.text.replace("\n", "\u2028")
    layout = QTextLayout(text, option.font)
    wrapping = QTextOption()
    wraps = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
    wrapping.setWrapMode(
        QTextOption.WrapMode.WordWrap if wraps else QTextOption.WrapMode.ManualWrap
    )
    layout.setTextOption(wrapping)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(room)
        lines.append(line)
    layout.endLayout()
    return [
        (text[ln.textStart() : ln.textStart() + ln.textLength()], ln.naturalTextWidth(), room)
        for ln in lines
    ]


def test_every_row_keeps_its_class_line_at_every_width(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    listing = window.workspace.items_panel.list
    classes = tuple(SHORT.values())
    for row in range(listing.count()):
        for width in range(160, 760, 3):
            lines = drawn_lines(listing, row, width)
            assert len(lines) == 2, (row, width, lines)
            second = lines[1][0].lstrip("\u2028")
            assert second.startswith(classes), (row, width, lines)
            for text, natural, room in lines:  # cut by the row, not elided mid-word by Qt
                assert natural <= room + 0.5, (row, width, text)
