"""Recovery files belong to the window that writes them.

Each window names its recovery copies with a token of its own (two windows, or two copies
of the app, never share one) and holds a lock beside each (`NAME.amend.lock`, the process
and machine that hold it) from the first write until it lets the copy go. At start, only
copies no running window holds are offered; one declined is deleted, one in use is neither
offered nor touched. A copy whose app ended without letting it go (a crash) has a lock no
running process holds: it is offered, as it should be.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLockFile

from amendtool.gui import settings


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path.with_name(path.name + ".lock")))
    lock.setStaleLockTime(0)  # held as long as its app runs, however long that is
    return lock


class RecoveryFiles:
    """The recovery copies one window holds."""

    def __init__(self) -> None:
        self.token = uuid.uuid4().hex  # in every name this window gives a copy
        self.held: dict[Path, QLockFile] = {}

    def claim(self, path: Path) -> bool:
        """The copy is this window's from now on; False: another window (of this app or of
        another copy of it still running) holds it."""
        if path in self.held:
            return True
        lock = _lock(path)
        if not lock.tryLock(0):
            return False
        self.held[path] = lock
        return True

    def holds(self, path: Path) -> bool:
        return path in self.held

    def let_go(self, path: Path, delete: bool = True) -> None:
        """The copy is done with: deleted (unless `delete` is False), then its lock."""
        if delete:
            path.unlink(missing_ok=True)
        if (lock := self.held.pop(path, None)) is not None:
            lock.unlock()

    def let_go_all(self, delete: bool = True) -> None:
        for path in list(self.held):
            self.let_go(path, delete)


def unclaimed(files: RecoveryFiles) -> Iterator[Path]:
    """The recovery copies no running window holds, oldest name first; each is claimed for
    `files` before it is given, so two windows starting at once never offer the same one."""
    for path in sorted(settings.recovery_folder().glob("*.amend")):
        if not files.holds(path) and files.claim(path):
            yield path
