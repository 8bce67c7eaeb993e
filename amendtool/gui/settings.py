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
    if setting.type is bytes:
        return bytes(value) if value else b""
    return value


def put(setting: Setting, value: Any) -> None:
    store().setValue(setting.key, value)


def remember_recent(path: Path, limit: int = 8) -> list[str]:
    recent = [str(path)] + [p for p in get(RECENT_FILES) if p != str(path)]
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
