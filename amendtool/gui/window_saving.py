"""Saving, autosave and export of the open amendment: the main window's own steps (mixed
into it), each refusing with counsel's words before any folder is asked for."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from amendtool import APP_DISPLAY_NAME
from amendtool.core.errors import AmendtoolError
from amendtool.gui import settings
from amendtool.gui.counsel_files import remember_folder, start_at

if TYPE_CHECKING:
    from amendtool.gui.autosave import Autosaver
    from amendtool.gui.counsel_files import RecentFiles
    from amendtool.gui.session import Session


class WindowSaving(QMainWindow):
    """Save, Save As, the recovery copy, Export and the question before work is lost."""

    session: Session
    recent: RecentFiles
    autosaver: Autosaver

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        name = self.session.path.name if self.session.path else "amendment.amend"
        path, _ = QFileDialog.getSaveFileName(
            self, "Save project", start_at(self, name), "amendtool projects (*.amend)"
        )
        if not path:
            return False
        remember_folder(path)
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        self.session.wait_for_draft()
        try:
            self.session.save(path)
        except AmendtoolError as exc:
            self._report(exc)
            return False
        self.autosaver.remove_files()
        self.autosaver.files.let_go(self.recovery_path())
        self.recent.remember(path)
        return True

    def recovery_path(self) -> Path:
        """This window's own recovery file (no other window or copy of the app names one so)."""
        key = str(self.session.path or "untitled") + self.autosaver.files.token
        import hashlib

        digest = hashlib.sha256(key.encode()).hexdigest()[:12]
        stem = self.session.path.stem if self.session.path else "untitled"
        return settings.recovery_folder() / f"{stem}-{digest}.amend"

    def write_recovery(self) -> None:
        """Autosave: a snapshot here, the writing in a worker (see gui/autosave.py)."""
        s = self.session
        if s.original is None or s.revised is None or s.undo_stack.isClean():
            return
        if self.property("closed"):  # closed: what counsel chose (save or discard) stands
            return
        self.autosaver.start(
            s.project(),
            self.recovery_path(),
            (s.version, s.undo_stack.index()),
            lambda error: self.statusBar().showMessage(f"Autosave failed: {error}", 8000),
        )

    def export(self) -> None:
        s = self.session
        s.wait_for_draft()
        if s.filing_problems or s.filing is None:
            from amendtool.core.filing_fields import labelled  # the shell loads no engine

            problems = [labelled(p)[1] for p in s.filing_problems] or [
                "the filing details are missing"
            ]
            QMessageBox.warning(
                self, "Export", "Fix the filing details first:\n\n• " + "\n• ".join(problems)
            )
            return
        from amendtool.gui.findings_lists import weighed

        # what `amendtool export --force` would print, before any folder is asked for
        if weighed(self, s.findings) is None:
            return
        from amendtool.gui.export_dialog import ExportDialog

        amendment = s.amendment()
        assert amendment is not None
        from amendtool.gui.export_folders import session_folder

        filing = amendment.filing
        folder = session_folder(s, filing.amendment_number, filing.amendment_date.isoformat())
        # a series is exported whole: its last amendment cites through the earlier ones
        project = s.project() if s.series is not None else None
        dialog = ExportDialog(amendment, str(folder), self, project, s.path, s.identity)
        if project is None:
            dialog.exec()
            return
        from amendtool.core.series_lock import outputs_fingerprint, record_outputs

        exported = project.series.current
        fingerprint = outputs_fingerprint(exported)  # what the files are rendered from
        saved = s.undo_stack.isClean() and s.path is not None
        dialog.exec()
        files = [p.name for p in dialog.result_files]
        live = s.ensure_series().current
        recorded = files and record_outputs(
            live, exported.number, fingerprint, dialog.folder_text, files
        )
        # the record of what was written is no change of counsel's: a saved project keeps
        # it at once; one with unsaved changes keeps it with them
        if recorded and not (saved and s.path is not None and self._save_to(s.path)):
            s.undo_stack.resetClean()

    def maybe_save(self) -> bool:
        if self.session.original is None or self.session.undo_stack.isClean():
            return True
        answer = QMessageBox.warning(
            self,
            "Unsaved changes",
            "Save the changes to this amendment first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _report(self, error: Exception) -> None:
        from amendtool.guard import known_problem

        if (line := known_problem(error)) is not None:  # the user's to act on: an OS refusal too
            QMessageBox.warning(self, APP_DISPLAY_NAME, line)
        else:
            QMessageBox.critical(self, APP_DISPLAY_NAME, f"Unexpected problem: {error}")
