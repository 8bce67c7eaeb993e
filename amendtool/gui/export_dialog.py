"""Export: choose outputs and a folder; files are written off the UI thread with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.amendment import Amendment
from amendtool.core.errors import AmendtoolError
from amendtool.io.outputs import renderers, write_outputs


class _Signals(QObject):
    progress = Signal(str, int, int)
    finished = Signal(object)


class ExportJob(QRunnable):
    def __init__(self, amendment: Amendment, folder: Path, names: list[str]) -> None:
        super().__init__()
        self.amendment, self.folder, self.names = amendment, folder, names
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            written = write_outputs(
                self.amendment, self.folder, self.names, progress=self.signals.progress.emit
            )
            self.signals.finished.emit(written)
        except AmendtoolError as exc:
            self.signals.finished.emit(exc)


class ExportDialog(QDialog):
    def __init__(self, amendment: Amendment, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export")
        self.amendment = amendment
        self.open_when_done = True
        self.result_files: list[Path] = []
        self.error: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Write these files:"))
        self.boxes: dict[str, QCheckBox] = {}
        for name in renderers(amendment):
            box = QCheckBox(name)
            box.setChecked(True)
            self.boxes[name] = box
            layout.addWidget(box)
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
        folder = QFileDialog.getExistingDirectory(self, "Export to", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def chosen(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def start(self) -> None:
        names = self.chosen()
        if not names or not self.folder.text().strip():
            self.status.setText("Choose at least one file and a folder.")
            return
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(names))
        job = ExportJob(self.amendment, Path(self.folder.text().strip()), names)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        QThreadPool.globalInstance().start(job)

    def _progress(self, name: str, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.status.setText(f"Writing {name}…" if name != "done" else "Done.")

    def _finished(self, outcome: object) -> None:
        if isinstance(outcome, Exception):
            self.error = str(outcome)
            self.status.setText(self.error)
            self.export_button.setEnabled(True)
            return
        self.result_files = list(outcome)  # type: ignore[call-overload]
        if self.open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text().strip()))
        self.accept()
