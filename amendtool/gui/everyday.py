"""The everyday actions around the workspace: the toolbar, print and PDF, help, preferences."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QStyle,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
)

from amendtool.core.errors import shown_name
from amendtool.gui import settings
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.gui.main_window import MainWindow

# what Export PDF names each file, beside the .docx of the same name; the notice's is named
# for its readers (io/outputs.py notice_file_name)
PDF_NAMES = {
    "filing": "schedule-to-amendment.pdf",
    "redline": "redline.pdf",
    "conformed": "conformed-offer.pdf",
}

# (action, the short text under its icon, standard icon, or an icon bundled in
# resources/icons/ where the standard one misleads: Qt's help icon is a red life ring that
# reads as a red X at toolbar size)
TOOLBAR: list[tuple[str | None, str, QStyle.StandardPixmap | str | None]] = [
    ("new", "New", QStyle.StandardPixmap.SP_FileIcon),
    ("open", "Open", QStyle.StandardPixmap.SP_DialogOpenButton),
    ("save", "Save", QStyle.StandardPixmap.SP_DialogSaveButton),
    (None, "", None),
    ("load_revised", "Revised File", QStyle.StandardPixmap.SP_FileDialogNewFolder),
    ("filing", "Filing Details", QStyle.StandardPixmap.SP_FileDialogDetailedView),
    (None, "", None),
    ("undo", "Undo", QStyle.StandardPixmap.SP_ArrowBack),
    ("redo", "Redo", QStyle.StandardPixmap.SP_ArrowForward),
    ("find", "Find", QStyle.StandardPixmap.SP_FileDialogContentsView),
    (None, "", None),
    ("review", "Review", QStyle.StandardPixmap.SP_FileDialogListView),
    ("previous_change", "Previous", QStyle.StandardPixmap.SP_ArrowUp),
    ("next_change", "Next", QStyle.StandardPixmap.SP_ArrowDown),
    ("check", "Checks", QStyle.StandardPixmap.SP_DialogApplyButton),
    (None, "", None),
    ("export", "Export", QStyle.StandardPixmap.SP_DriveHDIcon),
    ("print", "Print", QStyle.StandardPixmap.SP_ComputerIcon),
    ("help", "Help", "help.svg"),
]


def build_toolbar(window: MainWindow) -> QToolBar:
    """Icons with words under them (a lawyer should not have to guess an icon)."""
    bar = QToolBar("Toolbar", window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    style = window.style()
    for action_id, text, icon in TOOLBAR:
        if action_id is None:
            bar.addSeparator()
            continue
        action = window.actions_by_id[action_id]
        action.setIconText(text)
        if icon is not None and action.icon().isNull():
            drawn = (
                QIcon(str(resource_path("icons", icon)))
                if isinstance(icon, str)
                else style.standardIcon(icon)
            )
            action.setIcon(faded_when_disabled(drawn, bar.iconSize()))
        shortcut = action.shortcut().toString()
        action.setToolTip(
            f"{action.text().replace('&', '').rstrip('…')} ({shortcut})".replace(" ()", "")
        )
        bar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def faded_when_disabled(icon: QIcon, size: QSize) -> QIcon:
    """The icon, drawn at a third of its strength when its action is disabled. Styles grey a
    disabled icon, but an icon already grey (the arrows) stays nearly as dark, so that Redo
    looked available with nothing to redo: a button that cannot act must look it."""
    out = QIcon()
    for each in {size, size * 2, *icon.availableSizes()}:
        shown = icon.pixmap(each)
        faded = QPixmap(shown.size())
        faded.setDevicePixelRatio(shown.devicePixelRatio())
        faded.fill(Qt.GlobalColor.transparent)
        painter = QPainter(faded)
        painter.setOpacity(0.3)
        painter.drawPixmap(0, 0, shown)
        painter.end()
        out.addPixmap(shown, QIcon.Mode.Normal)
        out.addPixmap(faded, QIcon.Mode.Disabled)
    return out


def _which(window: MainWindow, amendment: Amendment, doing: str) -> str | None:
    """The filing, the notice or the redline: counsel chooses."""
    from amendtool.gui.printing import choices

    named = choices(amendment)
    labels = list(named.values())
    choice, ok = QInputDialog.getItem(window, doing, f"{doing}:", labels, 0, False)
    if not ok:
        return None
    return next(which for which, label in named.items() if label == choice)


def _author_asked(window: MainWindow, which: str) -> bool:
    """The redline names counsel for each revision: with no one in Preferences, counsel is
    asked once for name and firm (offered the computer user's name and the firm the filing
    details send copies to) and both are kept; False: cancelled."""
    from amendtool.gui.author_prompt import ask_author
    from amendtool.gui.printing import REDLINE

    if which != REDLINE or settings.revision_author() is not None:
        return True
    return ask_author(window, window.session.filing)


def _ready(window: MainWindow):  # type: ignore[no-untyped-def]
    s = window.session
    s.wait_for_draft()
    if s.filing is None:
        window.statusBar().showMessage("Fill in the filing details first (Edit ▸ Filing Details)")
        return None
    return s.amendment()


def _draft(window: MainWindow, verb: str) -> bool | None:
    """Whether the document is printed despite the checks' findings (and so marked DRAFT on
    every page), asked as Export asks; None: counsel cancelled. One rule for every document
    printed: a redline or conformed copy of an amendment not ready to file is a draft too."""
    from amendtool.gui.findings_lists import weighed

    return weighed(window, window.session.findings, verb, drafts=True)


def export_pdf(
    window: MainWindow, which: str | None = None, path: Path | None = None
) -> Path | None:
    from amendtool.gui.export_folders import browse_start, session_folder
    from amendtool.gui.printing import export_pdf as write_pdf

    amendment = _ready(window)
    if amendment is None:
        return None
    which = which or _which(window, amendment, "Export PDF")
    if which is None or (draft := _draft(window, "Export")) is None:
        return None
    if not _author_asked(window, which):
        return None
    if path is None:
        filing = amendment.filing
        folder = session_folder(
            window.session, filing.amendment_number, filing.amendment_date.isoformat()
        )
        # the PDF goes with the amendment's other outputs, as Word saves where it last did:
        # the chooser opens in that folder, made for it and taken away again when counsel
        # cancels or saves elsewhere (no empty folder is left behind)
        made = _made(folder)
        start = folder if folder.is_dir() else Path(browse_start(str(folder)))
        chosen, _ = QFileDialog.getSaveFileName(
            window, "Export PDF", str(start / _pdf_name(amendment, which)), "PDF (*.pdf)"
        )
        if made and (not chosen or Path(chosen).parent != folder):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only while it is empty
        if not chosen:
            return None
        path = Path(chosen)
    path.parent.mkdir(parents=True, exist_ok=True)
    curly, author = settings.get(settings.CURLY_QUOTES), settings.revision_author()
    write_pdf(amendment, path, which, curly, author, draft)
    window.statusBar().showMessage(f"Wrote {shown_name(path.name)}", 6000)
    return path


def _made(folder: Path) -> bool:
    """Make the proposed folder for the chooser to open in; False when it was there already
    or cannot be made (the chooser then opens in its nearest parent on disk)."""
    if folder.exists():
        return False
    try:
        folder.mkdir()
    except OSError:
        return False
    return True


def print_document(window: MainWindow) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from amendtool.gui.printing import print_to, printable

    amendment = _ready(window)
    if amendment is None:
        return
    which = _which(window, amendment, "Print")
    if which is None or (draft := _draft(window, "Print")) is None:
        return
    if not _author_asked(window, which):
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        curly, author = settings.get(settings.CURLY_QUOTES), settings.revision_author()
        print_to(printable(amendment, which, curly, author), printer, draft)


def show_help(window: MainWindow) -> QDialog:
    """A short user guide, shipped with the app (no network)."""
    dialog = QDialog(window)
    dialog.setObjectName("helpWindow")
    dialog.setWindowTitle("amendtool Help")
    browser = QTextBrowser()
    browser.setObjectName("helpText")
    browser.setSource(QUrl.fromLocalFile(str(resource_path("help", "user-guide.html"))))
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    dialog.resize(640, 600)
    dialog.show()
    return dialog


def preferences(window: MainWindow) -> None:
    from amendtool.gui.preferences import Preferences

    dialog = Preferences(window)
    if dialog.exec():
        window.autosave.start(settings.get(settings.AUTOSAVE_SECONDS) * 1000)
        if window._workspace is not None:
            window.workspace.apply_zoom()


def _pdf_name(amendment: Amendment, which: str) -> str:
    """The PDF's file name, as the .docx of the same document is named."""
    from amendtool.io.outputs import notice_file_name

    return notice_file_name(amendment, ".pdf") if which == "notice" else PDF_NAMES[which]
