"""Every setting declared once (key, type, default); preferences apart from window state."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QSettings, QStandardPaths

from amendtool import APP_NAME, ORGANIZATION


class Setting(NamedTuple):
    key: str
    type: type
    default: Any


AUTOSAVE_SECONDS = Setting("preferences/autosave_seconds", int, 5)
WORDING_STYLE = Setting("preferences/wording_style", str, "standard")
AUTHOR_NAME = Setting("preferences/author_name", str, "")  # the redline's revisions
AUTHOR_FIRM = Setting("preferences/author_firm", str, "")
CURLY_QUOTES = Setting("preferences/curly_quotes", bool, True)  # house style of the .docx
FONT_FAMILY = Setting("preferences/font_family", str, "Times New Roman")
FONT_SIZE = Setting("preferences/font_size", int, 11)
ZOOM = Setting("state/zoom", int, 0)  # steps of one point from the preferred size
PREVIEW_BESIDE = Setting("state/preview_beside", bool, False)
ITEM_ROWS = Setting("state/item_rows", int, 0)  # rows of items counsel gave the list (0: none)
LAST_FIND = Setting("state/last_find", str, "")
FIND_MATCH_CASE = Setting("state/find_match_case", bool, False)
FIND_WHOLE_WORDS = Setting("state/find_whole_words", bool, False)
RECENT_FILES = Setting("state/recent_files", list, [])
LAST_FOLDER = Setting("state/last_folder", str, "")
GEOMETRY = Setting("state/geometry", bytes, b"")
WINDOW_STATE = Setting("state/window_state", bytes, b"")
SPLITTER = Setting("state/splitter", bytes, b"")
REVIEW_GEOMETRY = Setting("state/review_geometry", bytes, b"")
FILING_FORM_GEOMETRY = Setting("state/filing_form_geometry", bytes, b"")
SETTINGS_VERSION = Setting("meta/version", int, 1)


def store() -> QSettings:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


def use_folder(folder: Path) -> None:
    """Tests keep settings (and recovery files) out of the user's profile."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    _override["recovery"] = folder / "recovery"


_override: dict[str, Path] = {}


def get(setting: Setting) -> Any:
    value: Any = store().value(setting.key, setting.default)
    if setting.type is list:
        if value in (None, ""):
            return []
        return [str(v) for v in (value if isinstance(value, list) else [value])]
    if setting.type is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return setting.default
    if setting.type is bool:
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
    if setting.type is bytes:
        return bytes(value) if value else b""
    return value


def put(setting: Setting, value: Any) -> None:
    store().setValue(setting.key, value)


def remember_recent(path: Path, limit: int = 8) -> list[str]:
    """Kept as an absolute path: a file opened by a relative name from a terminal is found
    again from wherever the app starts next time."""
    where = str(Path(path).expanduser().resolve())
    recent = [where] + [p for p in get(RECENT_FILES) if p != where and Path(p).is_absolute()]
    put(RECENT_FILES, recent[:limit])
    return recent[:limit]


def recovery_folder() -> Path:
    folder = (
        _override.get("recovery")
        or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        / "recovery"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def revision_author() -> str | None:
    """Who the redline names for each revision: "Jane Roe (Roe & Doe LLP)"."""
    name, firm = get(AUTHOR_NAME).strip(), get(AUTHOR_FIRM).strip()
    if name and firm:
        return f"{name} ({firm})"
    return name or firm or None


def firm_word_list() -> Path:
    """The firm's word list the app's spelling adds to; `amendtool check` reads the same file
    (core/spelling.py finds it as Qt does, without Qt)."""
    if "recovery" in _override:
        return _override["recovery"].parent / "firm-words.txt"  # read only: no folder made
    from amendtool.core import spelling  # the checker's engine: not for the window's first show

    return spelling.firm_word_list()


def user_file(name: str) -> Path:
    """A file of the user's own beside the recovery folder (the firm's word list)."""
    return recovery_folder().parent / name
