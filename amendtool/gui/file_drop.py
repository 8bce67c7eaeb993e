"""Files dragged onto the window open; they never become text in a pane.

One filter sees every drag over the window, whichever part is under the mouse (the welcome
page, a pane, the item list, a dock's title bar), before the widget there does: a text pane
would otherwise take a file as its address and type it into the offer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from amendtool.core.errors import shown_name

OFFERS = (".docx", ".txt", ".htm", ".html")
PROJECTS = (".amend",)
_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def dropped_files(data: QMimeData | None) -> list[Path]:
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


def openable(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in OFFERS + PROJECTS]


class FileDrops(QObject):
    """Takes every file dragged over `window` and hands what can be opened to
    `window.open_dropped` once the drop is over."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and getattr(watched, "drop_suffixes", None):
            # a dialog that takes files takes them anywhere on it: Qt offers a drag over a
            # label or a gap only to the nearest widget that accepts drops, else to nobody
            if isinstance(watched, QWidget) and _owned(watched, self.window):
                watched.setAcceptDrops(True)
            return False
        if event.type() not in _DRAGS or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QDropEvent):
            return False
        paths = dropped_files(event.mimeData())
        if not paths:
            return False  # dragged text goes where it is dropped, as in any editor
        top = watched.window()
        if top is not self.window:
            return self._dialog_drop(top, paths, event) if _owned(top, self.window) else False
        usable = openable(paths)
        if usable:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()
        if event.type() == QEvent.Type.Drop and usable:
            QTimer.singleShot(0, lambda: self.window.open_dropped(usable))  # type: ignore[attr-defined]
        elif event.type() == QEvent.Type.DragEnter and not usable:
            names = ", ".join(p.name for p in paths)  # said while the mouse is over the window
            self.window.statusBar().showMessage(  # type: ignore[attr-defined]
                f"{names}: amendtool opens offers (.docx, .txt, .htm) and projects (.amend)",
                8000,
            )
        return True  # the widget under the mouse never sees a file

    def _dialog_drop(self, dialog: QWidget, paths: list[Path], event: QDropEvent) -> bool:
        """A dialog of this window takes the files it knows (the filing form a filing.toml);
        it never types a file's address into a field."""
        suffixes: tuple[str, ...] = getattr(dialog, "drop_suffixes", ())
        usable = [p for p in paths if p.suffix.lower() in suffixes]
        if usable:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if event.type() == QEvent.Type.Drop:
                QTimer.singleShot(0, lambda: dialog.drop_file(usable[0]))  # type: ignore[attr-defined]
        else:
            event.ignore()
        return True


def _owned(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def ask_how_to_open(parent: QWidget, path: Path) -> str | None:
    """'original' (a new amendment), 'revised' (replaces the draft) or None (cancelled)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Open a dropped file")
    box.setText(f"How should amendtool open {shown_name(path.name)}?")
    box.setInformativeText(
        "As the revised offer, it replaces the working draft (one step you can undo). As the "
        "original, it starts a new amendment."
    )
    revised = box.addButton("As the Revised Offer", QMessageBox.ButtonRole.AcceptRole)
    original = box.addButton("As the Original", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(revised)
    box.exec()
    clicked = box.clickedButton()
    if clicked is revised:
        return "revised"
    if clicked is original:
        return "original"
    return None
