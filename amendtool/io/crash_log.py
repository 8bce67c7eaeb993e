"""Where the details of an unexpected error go: a log file in the user's log folder.

An error amendtool did not foresee is a defect. The user sees one line saying so and where
the details are; the traceback goes to the file, with what is needed to reproduce it, and
never to the screen.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import tempfile
import traceback
from pathlib import Path

from amendtool import __version__
from amendtool.core.errors import shown_path


def log_folder() -> Path:
    """Linux: $XDG_STATE_HOME/amendtool (~/.local/state); macOS: ~/Library/Logs/amendtool;
    Windows: %LOCALAPPDATA%\\amendtool\\Logs."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "amendtool" / "Logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / "amendtool"
    state = os.environ.get("XDG_STATE_HOME") or str(home / ".local" / "state")
    return Path(state) / "amendtool"


def write_crash_log(error: BaseException, context: str) -> Path | None:
    """The details of `error` in a new file; its path, or None if no folder would take it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"amendtool-error-{stamp}-{os.getpid()}.log"
    details = "".join(
        [
            f"amendtool {__version__}, Python {platform.python_version()}, {platform.platform()}\n",
            f"when: {dt.datetime.now().isoformat(timespec='seconds')}\n",
            f"doing: {context}\n\n",
            *traceback.format_exception(type(error), error, error.__traceback__),
        ]
    )
    for folder in (log_folder(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(details, encoding="utf-8", errors="backslashreplace")
            return path
        except OSError:
            continue
    return None


def internal_error_line(error: BaseException, context: str) -> str:
    """One line for the user: what failed, where the details are, what to do."""
    path = write_crash_log(error, context)
    where = f"details are in {shown_path(path)}" if path else "the details could not be saved"
    return (
        f"amendtool: internal error ({type(error).__name__}); {where}; "
        "please send that file to support"
    )
