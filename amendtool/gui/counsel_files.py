"""Where counsel's files are: the folder a file chooser starts in, and the files opened recently.

Where every file chooser starts: where counsel's files are, never the program's own folder.

The project's folder first (Save As, Load Revised and filing.toml sit beside the project),
else the folder of the original offer, else the last folder counsel chose a file in. The
bundled sample offer is not counsel's, so it does not count as an original's folder.

File ▸ Open Recent: the projects and originals counsel opened, most recent first, each
kept by its full path (a file opened by a relative name from a terminal is found again
from wherever the app starts next time).

Only counsel's own files are listed: a recovery copy is the app's, and is deleted once its
work is saved, so it never enters the list. A file that has gone (moved, deleted) is dropped
when the menu is shown; one picked just as it went is dropped with a word saying why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from amendtool.core.errors import shown_name, shown_path
from amendtool.gui import settings
from amendtool.gui.file_drop import PROJECTS


def _bundled(path: Path) -> bool:
    from amendtool.resources import resource_path

    try:
        return path.resolve().is_relative_to(resource_path("samples").resolve())
    except OSError:
        return False


def _session_of(widget: QWidget | None):  # type: ignore[no-untyped-def]
    """The window's session, from the window or any dialog it owns."""
    while widget is not None:
        session = getattr(widget, "session", None)
        if session is not None and hasattr(session, "undo_stack"):
            return session
        widget = widget.parentWidget()
    return None


def counsel_folder(widget: QWidget | None) -> Path | None:
    """The folder a chooser opened from `widget` (or a dialog of it) should start in."""
    session = _session_of(widget)
    if session is not None:
        if session.path is not None and Path(session.path).parent.is_dir():
            recovery = settings.recovery_folder().resolve()
            if Path(session.path).resolve().parent != recovery:
                return Path(session.path).parent
        original = getattr(session, "original", None)
        source = getattr(original, "source", None) if original is not None else None
        if source and Path(source).parent.is_dir() and not _bundled(Path(source)):
            return Path(source).parent
    last = settings.get(settings.LAST_FOLDER)
    if last and Path(last).is_dir():
        return Path(last)
    return None


def start_at(widget: QWidget | None, name: str = "") -> str:
    """The chooser's starting point: counsel's folder, with `name` proposed in it."""
    folder = counsel_folder(widget)
    if folder is None:
        return name
    return str(folder / name) if name else str(folder)


def remember_folder(chosen: str | Path) -> None:
    """The folder of a file counsel chose, for the next chooser when nothing else is open."""
    if chosen:
        settings.put(settings.LAST_FOLDER, str(Path(chosen).parent))


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
