"""Export: choose outputs and a folder; files are written off the UI thread with progress."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.amendment import Amendment
from amendtool.core.errors import shown_name, shown_path
from amendtool.core.numerals import counted
from amendtool.core.offer_names import audience
from amendtool.gui import settings
from amendtool.gui.export_folders import browse_start, remember_export
from amendtool.gui.findings_lists import findings_in, listed, tell
from amendtool.gui.preferences import offered_author
from amendtool.io.docx_properties import counsel_firm
from amendtool.io.output_set import other_owner
from amendtool.io.outputs import renderers
from amendtool.io.progress_lines import Progress, ProgressReader
from amendtool.io.project_file import Project, save_project

_FOLDER_NOTES = ("removed ", "left ", "finished or removed ")


def export_command(project: Path, folder: Path, names: list[str]) -> list[str]:
    """The command line that exports: this same program, frozen or not, with counsel's name
    and house style from Preferences."""
    program = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "amendtool"]
    )
    arguments = ["export", str(project), "--out", str(folder), "--force", "--progress"]
    for name in names:
        arguments += ["--only", name]
    if author := settings.revision_author():
        arguments += ["--author", author]
    if not settings.get(settings.CURLY_QUOTES):
        arguments.append("--straight-quotes")
    return [*program, *arguments]


def describe(name: str, title: str = "Offer to Exchange", readers: str = "employees") -> str:
    """One line on what an output is, for the list counsel ticks; `title` is the offer
    document's own (an Offer to Purchase is not called an Offer to Exchange), `readers`
    whom its notice speaks to (holders of a stockholder offer are not employees)."""
    known = {
        "items.json": "the amendment items, for other tools",
        "schedule-to-amendment.docx": "the filing, cover page to the notice exhibit (Word)",
        "redline.docx": "the original with every change as a Word tracked change",
        "conformed-offer.docx": f"the {title} as amended (Word)",
        "schedule-to-amendment.htm": "the filing for EDGAR (HTML)",
        "schedule-to-amendment.txt": "the filing for EDGAR (ASCII text)",
    }
    if name in known:
        return known[name]
    if name.endswith("-notice.docx"):  # "employee-notice.docx", "holders-notice.docx"
        return f"the notice to {readers}, on its own (Word)"
    kind = "HTML" if name.endswith(".htm") else "ASCII text"
    return f"the notice exhibit as its own EDGAR document ({kind})"


def document_title(amendment: Amendment) -> str:
    """The offer document's title as the filing details give it, else as its cover does."""
    from amendtool.core.offer_names import offer_title

    return offer_title(amendment.filing, amendment.original)


class ExportDialog(QDialog):
    def __init__(
        self,
        amendment: Amendment,
        folder: str,
        parent: QWidget | None = None,
        project: Project | None = None,
        saved_as: Path | None = None,
        identity: str = "",
    ) -> None:
        super().__init__(parent)
        self.project = project  # a series: its last amendment is exported
        self.saved_as = saved_as  # the project's file: its next export starts where this went
        # the project's identity: its export folder names it, and another project's is refused
        self.identity = project.series.identity if project is not None else identity
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export")
        self.amendment = amendment
        self.open_when_done = True
        self.result_files: list[Path] = []
        self.findings: list[str] = []
        self.folder_notes: list[str] = []
        self.error: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Write these files:"))
        self.boxes: dict[str, QCheckBox] = {}
        for name in renderers(amendment):
            title = document_title(amendment)
            readers = audience(amendment.wording, title, amendment.filing.notice_to)
            box = QCheckBox(f"{name}  —  {describe(name, title, readers)}")
            box.setObjectName(f"output_{name}")
            box.setChecked(True)
            self.boxes[name] = box
            layout.addWidget(box)
        # the redline names counsel for each revision: asked once, then kept in Preferences
        self.author = QLineEdit(offered_author())
        self.author.setObjectName("exportAuthor")
        self.author.setToolTip("Named as the author of every revision in the redline")
        # and the firm, as the command line names it: Preferences', else the firm the copies go to
        firm = settings.get(settings.AUTHOR_FIRM).strip() or counsel_firm(amendment.filing)
        self.author_firm = QLineEdit(firm)
        self.author_firm.setObjectName("exportAuthorFirm")
        author_row = QHBoxLayout()
        author_row.addWidget(QLabel("Redline author (your name):"))
        author_row.addWidget(self.author, 1)
        author_row.addWidget(QLabel("Firm:"))
        author_row.addWidget(self.author_firm, 1)
        self.author_row = QWidget()
        self.author_row.setLayout(author_row)
        self.author_row.setVisible(settings.revision_author() is None)
        layout.addWidget(self.author_row)
        row = QHBoxLayout()
        self.folder = QLineEdit(folder)
        self.folder.setObjectName("exportFolder")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder)
        row.addWidget(browse)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("exportStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            "Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Export to", browse_start(self.folder.text())
        )
        if folder:
            self.folder.setText(folder)

    @property
    def folder_text(self) -> str:
        """The folder typed, by its whole path (a relative one is taken from where the
        app was started, and said as the whole path it is)."""
        text = self.folder.text().strip()
        return str(Path(text).expanduser().absolute()) if text else ""

    def chosen(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def start(self) -> None:
        """Export in a separate process: the window stays responsive and the files are
        exactly those of `amendtool export`."""
        names = self.chosen()
        if not names or not self.folder_text:
            self.status.setText("Choose at least one file and a folder.")
            return
        self.folder.setText(self.folder_text)
        if problem := other_owner(Path(self.folder_text), self.identity or None):
            # said before anything is written, as the export itself would refuse it
            self.status.setText(f"{shown_path(Path(self.folder_text))} {problem}")
            return
        if settings.revision_author() is None and self.author.text().strip():
            settings.put(settings.AUTHOR_NAME, self.author.text().strip())
            settings.put(settings.AUTHOR_FIRM, self.author_firm.text().strip())
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(names))
        self._written: list[Path] = []
        self._progress_lines = ProgressReader()  # the command's lines, as they arrive
        self.skipped: list[str] = []
        self.work = Path(tempfile.mkdtemp(prefix="amendtool-export-"))
        project = self.work / "export.amend"
        save_project(self.exported(), project)
        command = export_command(project, Path(self.folder_text), names)
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self.process.readyReadStandardOutput.connect(self._read_progress)
        self.process.finished.connect(lambda code, _status: self._finished(code))
        self.process.start(command[0], command[1:])

    def exported(self) -> Project:
        """The project the export command is given (a temporary copy): this project, by
        its identity, so its own export folder is written again."""
        if self.project is not None:
            return self.project
        amendment = self.amendment
        project = Project(
            amendment.original,
            amendment.revised,
            amendment.items,
            amendment.filing,
            notes=amendment.notes,
        )
        project.series.identity = self.identity or project.series.identity
        return project

    def _read_progress(self) -> None:
        data = bytes(self.process.readAllStandardOutput().data())
        for _kind, value in self._progress_lines.feed(data):
            if isinstance(value, Progress):
                self.progress.setValue(value.done)
                self.status.setText(f"Writing {shown_name(value.name)}…")
            else:
                self._written.append(value)

    def _finished(self, code: int) -> None:
        self._read_progress()
        shutil.rmtree(self.work, ignore_errors=True)
        if code != 0:
            errors = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
            lines = [
                line.removeprefix("amendtool: ")
                for line in errors.splitlines()
                if "warning:" not in line
            ]
            self.error = lines[-1] if lines else f"export failed (exit status {code})"
            self.status.setText(self.error)
            self.adjustSize()  # the whole message shows, however many lines it wraps to
            self.export_button.setEnabled(True)
            return
        self.progress.setValue(self.progress.maximum())
        self.result_files = list(self._written)
        remember_export(
            self.saved_as,
            self.amendment.original.source,
            Path(self.folder_text),
            self.amendment.filing.amendment_number,
        )
        errors = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        said = [line.removeprefix("amendtool: ") for line in errors.splitlines()]
        self.skipped = [line for line in said if " not written: " in line]
        # what the export did to files of an earlier one in the folder, as the command says
        self.folder_notes = [line for line in said if line.startswith(_FOLDER_NOTES)]
        self.findings = findings_in(said)  # exported anyway: said again with where they went
        if self.skipped:
            QMessageBox.warning(
                self,
                "Export",
                "The filing and the notice were written. Left out:\n\n• "
                + "\n• ".join(self.skipped + self.folder_notes),
            )
            self.folder_notes = []
        self._say_where(Path(self.folder_text))
        self.accept()

    def _say_where(self, folder: Path) -> None:
        """Where the files went, in the window's status bar; the folder opened in the file
        manager; and one message with where the files are when there is more to say: no
        file manager could show them, files of an earlier export, the checks' findings."""
        window = self.parentWidget()
        said = f"Exported {len(self.result_files)} file(s) to {shown_path(folder)}"
        if self.findings:
            said += f" despite {counted(len(self.findings), 'finding')} of the checks"
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(said, 30000)
        unseen = self.open_when_done and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(folder))
        )
        if not (unseen or self.folder_notes or self.findings):
            return
        text = f"The files were written to:\n\n{shown_path(folder)}"
        if unseen:
            text += "\n\n(no file manager could be opened to show them)"
        if self.folder_notes:
            text += "\n\n• " + "\n• ".join(self.folder_notes)
        if self.findings:
            text += "\n\nExported despite what the checks found:\n\n" + listed(self.findings)
        tell(self, "Export", text)
