"""File ▸ Open Recent: the projects and originals counsel opened, most recent first, each
kept by its full path (a file opened by a relative name from a terminal is found again
from wherever the app starts next time).

Only counsel's own files are listed: a recovery copy is the app's, and is deleted once its
work is saved, so it never enters the list. A file that has gone (moved, deleted) is dropped
when the menu is shown; one picked just as it went is dropped with a word saying why.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from amendtool.core.errors import shown_name, shown_path
from amendtool.gui import settings
from amendtool.gui.file_drop import PROJECTS

if TYPE_CHECKING:
    from amendtool.gui.main_window import MainWindow


def _recovery_copy(path: Path) -> bool:
    try:
        return path.resolve().parent == settings.recovery_folder().resolve()
    except OSError:
        return False


def listed() -> list[str]:
    """The recent files that are still there, recovery copies left out (and forgotten)."""
    recent = settings.get(settings.RECENT_FILES)
    kept = [p for p in recent if Path(p).is_file() and not _recovery_copy(Path(p))]
    if kept != recent:
        settings.put(settings.RECENT_FILES, kept)
    return kept


class RecentFiles:
    """The Open Recent menu, with the files, above Quit."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        file_menu = window.menus["File"]
        self.menu = QMenu("Open &Recent", file_menu)
        quit_action = window.actions_by_id["quit"]
        file_menu.insertMenu(quit_action, self.menu)
        file_menu.insertSeparator(quit_action)
        self.menu.aboutToShow.connect(self.refresh)
        file_menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def remember(self, path: Path) -> None:
        if not _recovery_copy(Path(path)):
            settings.remember_recent(path)
        self.refresh()

    def refresh(self) -> None:
        """Projects and originals, most recent first, each named by its file and folder."""
        self.menu.clear()
        files = listed()
        for path in files:
            where = Path(path)
            action = self.menu.addAction(f"{shown_name(where.name)}  —  {shown_path(where.parent)}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=where: self.open(p))
        self.menu.setEnabled(bool(files))

    def open(self, path: Path) -> None:
        """Open a listed file; one gone since the menu was shown is dropped, and said so."""
        if not path.is_file():
            self.refresh()
            self.window.statusBar().showMessage(
                f"{shown_name(path.name)} is no longer in {shown_path(path.parent)}; "
                "removed from Open Recent.",
                10000,
            )
            return
        if path.suffix.lower() in PROJECTS:
            self.window.open_project(path)
        else:
            self.window.open_documents(path)
