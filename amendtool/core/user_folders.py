"""Where amendtool keeps its own files for this user, by the platform's conventions.

The compiled-pattern store, the key that seals it and the error logs each live in a folder
the platform names for that purpose (a cache may be emptied by the system; state and logs
stay). One table here decides them all, so the store, its key and the logs never disagree
about which environment variable or home folder is meant.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

Kind = Literal["cache", "state", "logs"]
APP = "amendtool"
# kind: (Windows folder under %LOCALAPPDATA%\amendtool, macOS folder under ~/Library, XDG variable
# and its default under the home folder); macOS puts the app's name last
_FOLDERS: dict[str, tuple[str, tuple[str, ...], str, tuple[str, ...]]] = {
    "cache": ("Cache", ("Caches",), "XDG_CACHE_HOME", (".cache",)),
    "state": ("State", ("Application Support",), "XDG_STATE_HOME", (".local", "state")),
    "logs": ("Logs", ("Logs",), "XDG_STATE_HOME", (".local", "state")),
}


def user_folder(kind: Kind) -> Path:
    """Windows: %LOCALAPPDATA%\\amendtool\\{Cache,State,Logs}; macOS: ~/Library/{Caches,
    Application Support,Logs}/amendtool; elsewhere $XDG_CACHE_HOME or $XDG_STATE_HOME (an empty
    or relative value is ignored, as the XDG specification says) with amendtool under it."""
    windows, mac, variable, default = _FOLDERS[kind]
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / APP / windows
    if sys.platform == "darwin":
        return home.joinpath("Library", *mac) / APP
    value = os.environ.get(variable, "")
    base = Path(value) if os.path.isabs(value) else home.joinpath(*default)
    return base / APP
