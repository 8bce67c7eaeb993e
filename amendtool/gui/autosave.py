"""Autosave to a recovery file without stalling counsel's typing.

On the UI thread only a snapshot is taken (the session's documents are never changed in
place and its item list is replaced, not edited, so the snapshot is a few list copies). A
worker turns it into compact JSON and writes it atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool

from amendtool.gui.background import Job, start_job, when_done
from amendtool.gui.recovery_files import RecoveryFiles

if TYPE_CHECKING:
    from amendtool.io.project_file import Project


def project_json(project: Project) -> str:
    """The recovery file's text: the project file's compact JSON (encoded a section at a
    time, so the worker never holds the interpreter long enough to stall the UI)."""
    from amendtool.io.project_file import project_json as encode

    return encode(project)


class AutosaveJob(Job):
    """Writes one snapshot of the project (taken on the UI thread) to its recovery file."""

    def __init__(self, project: Project, path: Path) -> None:
        super().__init__()
        self.project, self.path = project, path
        self.error: str | None = None

    def work_off_thread(self) -> None:
        from amendtool.io.safe_write import write_text_atomic

        try:
            write_text_atomic(self.path, project_json(self.project))
        except Exception as exc:  # reported in the status bar; typing goes on
            self.error = str(exc)


class Autosaver(QObject):
    """One autosave at a time; nothing written when nothing changed since the last one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: AutosaveJob | None = None
        self.saved_version: object = None
        self.written: set[Path] = set()  # recovery files this window wrote
        self.files = RecoveryFiles()  # the recovery files this window holds (and their names)

    def start(self, project: Project, path: Path, version: object, failed) -> bool:  # type: ignore[no-untyped-def]
        if self.job is not None or (version == self.saved_version and path in self.written):
            return False
        if not self.files.claim(path):  # another window's: never written over
            failed("its recovery file is held by another window")
            return False
        job = AutosaveJob(project, path)
        self.job = job
        self.written.add(path)

        def done() -> None:
            self.job = None
            if job.error is None:
                self.saved_version = version
            else:
                failed(job.error)

        when_done(job, done)
        start_job(QThreadPool.globalInstance(), job)
        return True

    def finish(self) -> None:
        """Let a write in progress end (before its file is removed on closing)."""
        if self.job is not None:
            self.job.finished.wait(30)

    def remove_files(self) -> None:
        """The recovery files this window wrote are deleted (their work is saved or let go)."""
        self.finish()
        for path in self.written:
            self.files.let_go(path)
        self.written.clear()
        self.saved_version = None
