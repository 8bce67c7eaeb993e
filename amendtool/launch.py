"""Which command lines open the desktop app, and opening it.

Nothing, `--demo`, or a lone path to a project or a document opens the app; anything else
that is not a command is a mistake, said in one line (a mistyped command must never open a
window, nor wait for a screen that is not there).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_BAD_INPUT = 2
# what each option the app takes does, as `amendtool --help` says it
APP_OPTIONS = {
    "--demo": "open the app on the bundled sample with its revised draft",
    "--self-test": "open the bundled sample in a window, draft it, print what was shown and "
    "quit (exit status 1 if nothing was drafted): proves an installation starts",
}
# a lone argument with one of these names opens it in the app
OPENABLE = (".amend", ".docx", ".txt", ".htm", ".html")


def opens_app(argv: list[str]) -> bool:
    paths = [a for a in argv if a not in APP_OPTIONS]
    if not paths:
        return True
    if len(paths) > 1 or paths[0].startswith("-") or "--demo" in argv:
        return False
    return Path(paths[0]).suffix.lower() in OPENABLE or Path(paths[0]).is_file()


def unknown(argv: list[str], commands: Sequence[str]) -> str:
    from amendtool.core.errors import shown_name

    first = next((a for a in argv if a not in APP_OPTIONS), argv[0])
    what = "option" if first.startswith("-") else "command"
    return (
        f"amendtool: unknown {what} '{shown_name(first, 60)}'; the commands are "
        f"{', '.join(commands)} (amendtool --help), or give one .amend project or document "
        "to open it in the app"
    )


def open_app(argv: list[str]) -> int:
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    )
    if headless:
        print(
            "amendtool: no display to open the app on; use a sub-command (amendtool --help) "
            "or set QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    try:
        from amendtool.gui.app import run_app
    except ImportError as exc:
        print(
            f"amendtool: {_missing_part(exc)} is missing from this installation; "
            "reinstall with: pip install --force-reinstall amendtool",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return run_app(argv)


def _missing_part(exc: ImportError) -> str:
    """What to name as missing: the window's toolkit, or a part of amendtool itself (a broken
    install must not be blamed on PySide6)."""
    name = exc.name or str(exc)
    if name.split(".")[0] in {"PySide6", "shiboken6"}:
        return f"PySide6, which the desktop app needs ({name})"
    return name
