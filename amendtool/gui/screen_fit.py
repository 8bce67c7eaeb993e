"""Windows and dialogs sized from the screen they open on, never larger than it.

A 1366×768 laptop with a taskbar leaves about 1366×728 to the app; a size saved on a large
monitor must not push the status bar or a dialog's buttons off such a screen.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QMessageBox, QScrollArea, QWidget

from amendtool.gui import settings

FRAME = QSize(16, 40)  # room for the window manager's border and title bar


def available(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (taskbars and docks excluded)."""
    parent = widget.parentWidget()
    screen = (parent.window() if parent else widget).screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(widget: QWidget, width: float, height: float, key: settings.Setting | None = None) -> None:
    """Give a window its first size (fractions of the screen, or pixels if above 1), or the
    size it was saved with, clamped to the screen and centred on it if it strayed off."""
    area = available(widget)
    room = QSize(area.width() - FRAME.width(), area.height() - FRAME.height())
    saved = settings.get(key) if key is not None else b""
    if not (saved and widget.restoreGeometry(saved)):
        size = QSize(
            int(width * room.width()) if width <= 1 else int(width),
            int(height * room.height()) if height <= 1 else int(height),
        )
        widget.resize(size.boundedTo(room))
        centre(widget, area)
    clamp(widget, area)


def clamp(widget: QWidget, area: QRect | None = None) -> None:
    area = area or available(widget)
    room = QSize(area.width() - FRAME.width(), area.height() - FRAME.height())
    if widget.isMaximized() or widget.isFullScreen():
        return
    size = widget.size()
    if size.width() > room.width() or size.height() > room.height():
        widget.resize(size.boundedTo(room))
    geometry = widget.frameGeometry() if widget.isVisible() else widget.geometry()
    if not area.contains(geometry):
        centre(widget, area)


def centre(widget: QWidget, area: QRect) -> None:
    frame = widget.frameGeometry() if widget.isVisible() else widget.geometry()
    x = area.x() + max((area.width() - frame.width()) // 2, 0)
    y = area.y() + max((area.height() - frame.height()) // 2, 0)
    widget.move(x, y)


def remember(widget: QWidget, key: settings.Setting) -> None:
    settings.put(key, widget.saveGeometry())


BOX_ROOM = 200  # a message box's title bar, icon margin, question line and buttons
TEXT_WIDTH = 480  # a findings list's lines wrapped to a readable width


def scrolling_text(box: QMessageBox) -> None:
    """A message box whose text (a long list of findings) would run off the screen shows it
    in a scrolling pane, so its buttons are always on the screen; its text is unchanged.
    Call it once the box is complete, just before it is shown."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    layout = box.layout()
    if label is None or not isinstance(layout, QGridLayout):
        return
    tallest = available(box).height() - FRAME.height() - BOX_ROOM
    label.setWordWrap(True)
    label.setMinimumWidth(TEXT_WIDTH)  # the box's own width would wrap it into a column
    if max(label.sizeHint().height(), label.heightForWidth(TEXT_WIDTH)) <= tallest:
        return
    place = cast(tuple[int, int, int, int], layout.getItemPosition(layout.indexOf(label)))
    layout.removeWidget(label)
    pane = QScrollArea(box)
    pane.setObjectName("boxTextPane")
    pane.setFrameShape(QFrame.Shape.NoFrame)
    pane.setWidgetResizable(True)
    pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    pane.setWidget(label)
    pane.setMinimumWidth(TEXT_WIDTH + pane.verticalScrollBar().sizeHint().width())
    pane.setFixedHeight(tallest)
    layout.addWidget(pane, *place)
