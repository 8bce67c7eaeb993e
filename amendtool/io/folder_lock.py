"""One export at a time into a folder: two runs (two commands, or the app and a command)
would mix their sets and each clean up the other's staging as an interrupted run's.

The lock is a small file beside DIR, held with the system's advisory lock (released by the
system when the process ends, however it ends), so a killed run never blocks the next. A run
that finds the folder busy is refused at once, in one line: it never waits unseen.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from amendtool.core.errors import AmendtoolError, shown_name


class FolderBusy(AmendtoolError):
    """Another export holds the folder."""

    def __init__(self, out: Path) -> None:
        self.path = out
        super().__init__(
            f"another export is writing to {shown_name(out.name)}; wait for it or choose "
            "another folder"
        )


def lock_path(out: Path) -> Path:
    """Beside DIR (DIR itself is swapped whole); inside it when its parent cannot be written
    (a mount point, a shared folder) and DIR is there. Never a name the staging clean-up
    takes."""
    if out.parent != out and (os.access(out.parent, os.W_OK) or not out.is_dir()):
        return out.parent / f".{out.name}.amendtool.lock"
    return out / ".amendtool.lock"


@contextlib.contextmanager
def folder_lock(out: Path) -> Iterator[None]:
    """Hold DIR for one export; FolderBusy when another holds it. The lock file is removed
    by its holder, and a lock taken on a file removed meanwhile is taken again."""
    path = lock_path(out)
    while True:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
        if not _try_lock(descriptor):
            os.close(descriptor)
            raise FolderBusy(out)
        if _same_file(descriptor, path):
            break
        os.close(descriptor)  # its holder removed it as we opened it: take the new one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)  # before the unlock: a waiting run re-checks the name
        _unlock(descriptor)
        os.close(descriptor)


def _same_file(descriptor: int, path: Path) -> bool:
    try:
        held, named = os.fstat(descriptor), os.stat(path)
    except OSError:
        return False
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def _try_lock(descriptor: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(descriptor: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(descriptor, fcntl.LOCK_UN)
