"""Every toolbar button reads as what it does, the same on every platform. Qt's own help
icon is a red-and-white life ring that, at toolbar size on Linux, looks like a red X (a
delete or error mark) beside the word Help; the app draws its own question mark instead,
from a file bundled with it, and no toolbar icon is left to what a platform happens to have.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QStyle, QToolBar

from amendtool.gui.main_window import MainWindow
from amendtool.resources import resource_path


def red_share(image: QImage) -> float:
    """The share of an icon's opaque pixels that are a strong red (what reads as 'error')."""
    shown = red = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor.fromRgba(image.pixel(x, y))
            if colour.alpha() < 128:
                continue
            shown += 1
            hue, saturation, value, _ = colour.getHsv()
            red += saturation > 120 and value > 100 and (hue < 20 or hue > 340)
    return red / max(shown, 1)


def toolbar(window: MainWindow) -> QToolBar:
    bar = window.findChild(QToolBar, "mainToolbar")
    assert bar is not None
    return bar


def test_no_toolbar_icon_is_drawn_in_the_red_of_an_error_mark(window: MainWindow) -> None:
    bar = toolbar(window)
    for action in (a for a in bar.actions() if not a.isSeparator()):
        image = action.icon().pixmap(bar.iconSize()).toImage()
        assert not image.isNull(), action.iconText()
        assert red_share(image) < 0.1, action.iconText()


def test_help_shows_the_question_mark_bundled_with_the_app(window: MainWindow) -> None:
    bar = toolbar(window)
    help_icon = window.actions_by_id["help"].icon()
    bundled = QIcon(str(resource_path("icons", "help.svg")))
    assert not bundled.isNull()
    size = bar.iconSize()
    shown = help_icon.pixmap(size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    drawn = bundled.pixmap(size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert shown == drawn
    qt_own = window.style().standardIcon(QStyle.StandardPixmap.SP_DialogHelpButton)
    assert shown != qt_own.pixmap(size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
