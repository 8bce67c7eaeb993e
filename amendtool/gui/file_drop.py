"""Files dragged onto a window open; they never become text in a pane.

Each window that takes files (the main window, the Review window, the filing form) handles
the drag itself: Qt offers a drag first to the widget under the mouse and, when that widget
takes no drops or declines, to its parents up to the window. The text fields inside decline
files (a text pane would otherwise take a file as its address and type it into the offer), so
every file dragged anywhere over the window reaches the window's own handler. Nothing watches
the events of the whole application: such a filter makes every event of every widget wait for
the interpreter while the drafting worker holds it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QChildEvent, QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from amendtool.core.errors import shown_name

OFFERS = (".docx", ".txt", ".htm", ".html")
PROJECTS = (".amend",)
FILINGS = (".toml",)
WINDOW_TAKES = OFFERS + PROJECTS + FILINGS  # the main window: filing details asked about
_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def dropped_files(data: QMimeData | None) -> list[Path]:
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


def openable(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in OFFERS + PROJECTS]


def refused_words(paths: list[Path]) -> str:
    """What a window says while a file it cannot open is dragged over it."""
    names = ", ".join(p.name for p in paths)
    return f"{names}: amendtool opens offers (.docx, .txt, .htm) and projects (.amend)"


class FileDropTarget:
    """A window that takes files dropped anywhere on it (mixed into a QWidget subclass).

    `drop_suffixes` names what it takes; `take_files` gets them once the drop is over (after
    the drop event returns, so a question it asks is not asked inside the drag);
    `refuse_files` says why a file dragged over it is not taken."""

    drop_suffixes: tuple[str, ...] = ()

    def take_files(self, paths: list[Path]) -> None:
        raise NotImplementedError

    def refuse_files(self, paths: list[Path]) -> None:
        """Nothing to say by default: the mouse shows the file cannot go there."""

    def childEvent(self, event: QChildEvent) -> None:
        """A dialog of this window (preferences, export, an extension's date …) passes a file
        dragged over its fields on to itself, where nothing takes it: its address is never
        typed in. Done when the dialog is first polished, its fields all made."""
        super().childEvent(event)  # type: ignore[misc]
        child = event.child()
        if (
            event.type() == QEvent.Type.ChildPolished
            and isinstance(child, QDialog)
            and not isinstance(child, (FileDropTarget, QFileDialog))  # those take files
        ):
            decline_files_in(child)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drag(event, entering=True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        usable = self._drag(event)
        if usable:
            QTimer.singleShot(0, lambda: self.take_files(usable))

    def _drag(self, event: QDropEvent, entering: bool = False) -> list[Path]:
        paths = dropped_files(event.mimeData())
        usable = [p for p in paths if p.suffix.lower() in self.drop_suffixes]
        if usable:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()
            if entering and paths:
                self.refuse_files(paths)
        return usable


def accept_file_drops(window: QWidget) -> None:
    """Let `window` (a FileDropTarget) take files over every part of it, its text fields
    included; call again after adding text fields (the workspace is built on first use)."""
    window.setAcceptDrops(True)
    decline_files_in(window)


class _DeclinesFiles(QObject):
    """Sends a file dragged over a stock text field on to the field's window; text dragged
    there is left to the field, as in any editor. Only drag events are looked at."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _DRAGS or not isinstance(event, QDropEvent):
            return False
        if not dropped_files(event.mimeData()):
            return False
        event.ignore()  # Qt then offers it to the parents, up to the window
        return True


def decline_files_in(root: QWidget) -> None:
    """Every text field under `root` passes files on to its window. A field of a class that
    declines files itself (`declines_files`) needs no filter: the typing pane's events never
    reach Python for this."""
    for field in root.findChildren(QWidget):
        if getattr(field, "declines_files", False) or field.property("declinesFiles"):
            continue
        if isinstance(field, QLineEdit):
            target: QWidget = field
        elif isinstance(field, (QTextEdit, QPlainTextEdit)) and isinstance(
            field, QAbstractScrollArea
        ):
            if field.isReadOnly():
                continue  # a read-only pane declines drops of its own accord
            target = field.viewport()
        else:
            continue
        filter_ = root.findChild(_DeclinesFiles, "declinesFiles")
        if filter_ is None:
            filter_ = _DeclinesFiles(root)
            filter_.setObjectName("declinesFiles")
        target.installEventFilter(filter_)
        field.setProperty("declinesFiles", True)


def is_file_drag(data: QMimeData | None) -> bool:
    """For a text pane's canInsertFromMimeData: a drag that carries files is not text."""
    return bool(dropped_files(data))


def open_dropped(window: QMainWindow, paths: list[Path]) -> None:
    """Files dropped on the main window (or the Review window): two offers open as the
    original and its revision (gui/dropped_pair.py); else a project opens; an offer opens as
    the original, or, when an amendment is open, as counsel chooses; a filing.toml is
    offered as the filing details. One file opens; the others are named, in a message kept
    until the file has been read."""
    if len(paths) == 2 and all(p.suffix.lower() in OFFERS for p in paths):
        from amendtool.gui.dropped_pair import open_pair

        return open_pair(window, paths[0], paths[1])
    path, others = paths[0], paths[1:]
    suffix = path.suffix.lower()
    note = ""
    if others:
        left = ", ".join(shown_name(p.name) for p in others)
        note = (
            f"Opened {shown_name(path.name)}; not opened: {left} (drop one file, or an "
            "original and its revised offer together)"
        )
    if suffix in FILINGS:
        opened = _offer_filing(window, path)
    elif suffix in PROJECTS:
        window.open_project(path)  # type: ignore[attr-defined]
        opened = True
    else:
        original = window.session.original  # type: ignore[attr-defined]
        role = "original" if original is None else window.ask_how_to_open(path)  # type: ignore[attr-defined]
        if role is not None and note:
            window.keep_note(note)  # type: ignore[attr-defined]
        if role == "original":
            window.open_documents(path, note=note)  # type: ignore[attr-defined]
        elif role == "revised":
            window.load_revised(path, note=note)  # type: ignore[attr-defined]
        return  # said once the file is read
    if note and opened:
        window.keep_note(note, 15000)  # type: ignore[attr-defined]


def _offer_filing(window: QMainWindow, path: Path) -> bool:
    """A filing.toml dropped on the main window: the filing form opens with it imported
    (counsel reads it and clicks OK, one step to undo); with no offer open, says where."""
    if window.session.original is None:  # type: ignore[attr-defined]
        window.statusBar().showMessage(
            f"{shown_name(path.name)}: open the original offer first, then drop the filing "
            "details on the window (or use Edit ▸ Filing Details… ▸ Import)",
            10000,
        )
        return False
    window.edit_filing_from(path)  # type: ignore[attr-defined]
    return True


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
