"""Where an export goes: the folder counsel last exported this project to, else a folder
beside the project named for the amendment.

Each project remembers its own last export folder (a matter's outputs stay with the matter,
however many other projects were exported since). A later amendment of the same project
goes beside the last one, in a folder named for itself, so it never writes over the
earlier amendment's set.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from amendtool.gui import settings

if TYPE_CHECKING:
    from amendtool.gui.session import Session


def default_folder(project: Path | None, number: int, date: str, last: str = "") -> Path:
    """Beside the project, in a folder named for the amendment: "Amendment No. 2
    (2001-09-13)"; without a saved project, under the last folder used (or Documents)."""
    base = project.parent if project else Path(last) if last else _documents()
    return base / _name(number, date)


def _name(number: int, date: str) -> str:
    return f"Amendment No. {number} ({date})"


def _documents() -> Path:
    from PySide6.QtCore import QStandardPaths

    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(where) if where else Path.home()


def _settings(project: Path | None, original: str | None) -> tuple[settings.Setting, ...]:
    """The project's own keys: by the saved project's path, else by its original's."""
    where = project or (Path(original) if original else None)
    if where is None:
        return ()
    digest = hashlib.sha256(str(where.resolve()).encode()).hexdigest()[:16]
    return (
        settings.Setting(f"exports/{digest}/folder", str, ""),
        settings.Setting(f"exports/{digest}/number", int, 0),
    )


def starting_folder(project: Path | None, original: str | None, number: int, date: str) -> Path:
    """The folder the export proposes for amendment `number` of this project, by its whole
    path: never one relative to the folder the app happened to be started in."""
    return _proposed(project, original, number, date).expanduser().absolute()


def session_folder(session: Session, number: int, date: str) -> Path:
    """The folder an export of the open amendment proposes: the one the project recorded for
    this amendment's outputs (its own record, kept with the matter, wherever they went),
    else the one `starting_folder` proposes."""
    series = session.series
    if series is not None and series.current.number == number:
        recorded = str(series.current.outputs.get("folder") or "")
        if recorded:
            return _own(Path(recorded).expanduser().absolute(), session.identity, session.path)
    source = session.original.source if session.original is not None else None
    folder = starting_folder(session.path, source, number, date)
    return _own(folder, session.identity, session.path)


def _own(folder: Path, identity: str, project: Path | None) -> Path:
    """`folder`, unless another project's export is there (two projects in one folder name
    the same amendment alike): then one beside it named for this project too, "Amendment
    No. 1 (2026-03-05), acme", so the export never proposes to replace another's files."""
    from amendtool.io.output_set import other_owner

    candidate = folder
    stem = project.stem if project is not None else "untitled"
    for count in range(1, 100):
        if other_owner(candidate, identity or None) is None:
            break
        candidate = folder.with_name(f"{folder.name}, {stem}" + (f" {count}" if count > 1 else ""))
    return candidate


def _proposed(project: Path | None, original: str | None, number: int, date: str) -> Path:
    keys = _settings(project, original)
    last = settings.get(keys[0]) if keys else ""
    if last:
        if settings.get(keys[1]) == number:
            return Path(last)
        return Path(last).parent / _name(number, date)
    return default_folder(project, number, date, settings.get(settings.LAST_FOLDER))


def remember_export(project: Path | None, original: str | None, folder: Path, number: int) -> None:
    """After an export: this project's next export starts here."""
    if keys := _settings(project, original):
        settings.put(keys[0], str(folder))
        settings.put(keys[1], number)


def browse_start(text: str) -> str:
    """Where the folder chooser opens: the folder typed, or the nearest one of its parents
    that exists (the proposed folder is made by the export)."""
    folder = Path(text.strip()) if text.strip() else _documents()
    while not folder.is_dir() and folder.parent != folder:
        folder = folder.parent
    return str(folder)
