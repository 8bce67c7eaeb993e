"""File ▸ Open Recent: the projects and originals counsel opened, most recent first, each
kept by its full path (a file opened by a relative name from a terminal is found again
from wherever the app starts next time)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from amendtool.gui import settings
from amendtool.gui.file_drop import PROJECTS

if TYPE_CHECKING:
    from amendtool.gui.main_window import MainWindow


class RecentFiles:
    """The Open Recent menu, with the files, above Quit."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        file_menu = window.menus["File"]
        self.menu = QMenu("Open &Recent", file_menu)
        quit_action = window.actions_by_id["quit"]
        file_menu.insertMenu(quit_action, self.menu)
        file_menu.insertSeparator(quit_action)
        self.refresh()

    def remember(self, path: Path) -> None:
        settings.remember_recent(path)
        self.refresh()

    def refresh(self) -> None:
        """Projects and originals, most recent first, each named by its file and folder."""
        self.menu.clear()
        window = self.window
        for path in settings.get(settings.RECENT_FILES):
            where = Path(path)
            action = self.menu.addAction(f"{where.name}  —  {where.parent}")
            action.setToolTip(path)
            if where.suffix.lower() in PROJECTS:
                action.triggered.connect(lambda _=False, p=where: window.open_project(p))
            else:
                action.triggered.connect(lambda _=False, p=where: window.open_documents(p))
        self.menu.setEnabled(bool(settings.get(settings.RECENT_FILES)))
