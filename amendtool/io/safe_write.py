"""Atomic writes: a file is either its old self or its complete new self, never half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from amendtool.core.errors import AmendtoolError, named_alone, shown_name, shown_path
from amendtool.io.failure_reports import refusal
from amendtool.io.output_set import fsync_folder


class WriteError(AmendtoolError):
    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        # a device or a pipe is said by its whole path ("/dev/null", not "null"), as in reading
        name = shown_name(path.name) if named_alone(path) or path.is_dir() else shown_path(path)
        super().__init__(f"{name}: {problem}")


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    write_atomic(path, lambda handle: handle.write(data))


def write_text_atomic(path: str | Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_atomic(path: str | Path, writer: Callable[[BinaryIO], object]) -> None:
    """Write through `writer(handle)` to a temporary file beside `path`, then rename it."""
    prepare_write(path, writer).commit()


class PreparedWrite:
    """A file's new content, complete on disk beside it but not yet in its place: `commit`
    puts it there in one rename, `discard` leaves the old file as it was. A command that
    writes several things prepares the risky one first, so it fails before anything else
    has been written."""

    def __init__(self, path: Path, temp: Path) -> None:
        self.path, self.temp = path, temp

    def commit(self) -> None:
        with _translate_errors(self.path):
            try:
                os.replace(self.temp, self.path)
            except BaseException:
                self.discard()
                raise
            fsync_folder(self.path.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


def prepare_write(path: str | Path, writer: Callable[[BinaryIO], object]) -> PreparedWrite:
    path = Path(path)
    with _translate_errors(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            os.chmod(temp, _mode_for(path))
            with os.fdopen(handle, "wb") as stream:
                writer(stream)
                stream.flush()
                os.fsync(stream.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    return PreparedWrite(path, Path(temp))


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (umask applied)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def _translate_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except PermissionError as exc:
        raise WriteError(
            path,
            "cannot be written (open in Word or read-only?), the previous file is unchanged; "
            "close it in Word and try again, or choose a folder you can write to",
        ) from exc
    except OSError as exc:
        raise WriteError(
            path, f"cannot be written, the previous file is unchanged: {refusal(exc)}"
        ) from exc
