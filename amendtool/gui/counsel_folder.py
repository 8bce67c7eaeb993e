"""Where every file chooser starts: where counsel's files are, never the program's own folder.

The project's folder first (Save As, Load Revised and filing.toml sit beside the project),
else the folder of the original offer, else the last folder counsel chose a file in. The
bundled sample offer is not counsel's, so it does not count as an original's folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from amendtool.gui import settings


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
