"""Filing details form: every filing.toml field, the CLI's validation messages, import/export."""

from __future__ import annotations

import contextlib
import re
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.filing import FilingError, filing_from_dict
from amendtool.gui import settings
from amendtool.gui.screen_fit import fit, remember
from amendtool.io.project_file import jsonable
from amendtool.io.safe_write import write_text_atomic

# (table, key, label, widget kind); kinds: line, text, lines, date, datetime, kind, style, int,
# bool
FIELDS: list[tuple[str, str, str, str]] = [
    ("issuer", "name", "Issuer", "line"),
    ("issuer", "short_name", "Short name", "line"),
    ("issuer", "state_of_incorporation", "State of incorporation", "line"),
    ("securities", "title", "Title of class", "line"),
    ("securities", "cusip", "CUSIP", "line"),
    ("securities", "underlying", "Underlying", "line"),
    ("agent", "name", "Agent for service", "line"),
    ("agent", "title", "Agent's title", "line"),
    ("agent", "company", "Agent's company", "line"),
    ("agent", "address", "Agent's address (one line each)", "lines"),
    ("agent", "phone", "Agent's phone", "line"),
    ("copy_to", "", "Copy to (name, firm, address…, phone; blank line between)", "parties"),
    ("offer", "kind", "Offer", "kind"),
    ("offer", "statement_filed", "Schedule TO filed (YYYY-MM-DD)", "date"),
    ("offer", "document_title", "Document title", "line"),
    ("offer", "document_date", "Document date (YYYY-MM-DD)", "date"),
    ("offer", "document_exhibit", "Document exhibit", "line"),
    ("offer", "election_form_exhibit", "Election form exhibit", "line"),
    ("offer", "expiration", "Expiration (YYYY-MM-DDTHH:MM, local)", "datetime"),
    ("offer", "time_zone", "Time zone", "line"),
    ("offer", "description", "Offer description", "text"),
    ("offer", "consideration", "What is offered", "line"),
    ("offer", "tendered", "What holders tender", "line"),
    ("offer", "transmittal_document", "Form holders return", "line"),
    ("amendment", "number", "Amendment No.", "int"),
    ("amendment", "date", "Amendment date (YYYY-MM-DD)", "date"),
    ("amendment", "final", "Final amendment", "bool"),
    ("amendment", "items_heading", "Items heading", "line"),
    ("amendment", "notice_exhibit", "Notice exhibit", "line"),
    ("signature", "name", "Signed by", "line"),
    ("signature", "title", "Signer's title", "line"),
    ("notice", "style", "Notice style", "style"),
    ("notice", "to", "Notice to", "line"),
    ("notice", "from", "Notice from", "line"),
    ("notice", "subject", "Subject", "line"),
    ("notice", "program_name", "Program name", "line"),
    ("notice", "explanation", "Why amended (optional)", "text"),
    ("notice", "contact", "Contact", "line"),
    ("notice", "delivery", "Delivery", "text"),
]
# shown in empty fields: the default used when the field is left blank
PLACEHOLDERS = {
    ("offer", "consideration"): "New Options",
    ("offer", "tendered"): "Eligible Options",
    ("offer", "transmittal_document"): "Election Form",
}
_PHONE = re.compile(r"^\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}")


def validation_problems(data: dict[str, Any]) -> list[str]:
    try:
        filing_from_dict(data)
    except FilingError as error:
        return error.problems
    return []


class FilingForm(QDialog):
    def __init__(self, data: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filingForm")
        self.setWindowTitle("Filing details")
        self.widgets: dict[tuple[str, str], QWidget] = {}
        body = QWidget()
        form = QFormLayout(body)
        for table, key, label, kind in FIELDS:
            widget = self._widget(kind)
            widget.setObjectName(f"field_{table}_{key or 'parties'}")
            self.widgets[(table, key)] = widget
            if (table, key) in PLACEHOLDERS and isinstance(widget, QLineEdit):
                widget.setPlaceholderText(PLACEHOLDERS[(table, key)])
            form.addRow(label, widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.problems = QLabel()
        self.problems.setObjectName("filingProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        buttons = self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        import_button = QPushButton("Import filing.toml…")
        import_button.clicked.connect(self.import_toml)
        export_button = QPushButton("Export filing.toml…")
        export_button.clicked.connect(self.export_toml)
        buttons.addButton(import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        problems = self.problems_area = QScrollArea()  # never pushes the fields off screen
        problems.setWidgetResizable(True)
        problems.setFrameShape(QScrollArea.Shape.NoFrame)
        problems.setWidget(self.problems)
        problems.setMaximumHeight(110)
        layout.addWidget(scroll, 1)
        layout.addWidget(problems)
        layout.addWidget(buttons)
        self.load(data or {})
        for widget in self.widgets.values():
            for name in ("textChanged", "stateChanged", "valueChanged", "currentIndexChanged"):
                signal = getattr(widget, name, None)
                if signal is not None:
                    signal.connect(self.validate)
                    break
        self.validate()
        fit(self, 720, 760, settings.FILING_FORM_GEOMETRY)

    def done(self, result: int) -> None:
        remember(self, settings.FILING_FORM_GEOMETRY)
        super().done(result)

    drop_suffixes = (".toml",)

    def drop_file(self, path: Path) -> None:
        """A filing.toml dropped on the form is imported, as with Import filing.toml…"""
        self.import_toml(str(path))

    def _widget(self, kind: str) -> QWidget:
        if kind in ("text", "lines", "parties"):
            edit = QPlainTextEdit()
            edit.setFixedHeight(70 if kind != "parties" else 110)
            edit.setTabChangesFocus(True)
            return edit
        if kind == "kind":
            combo = QComboBox()
            combo.addItem("Issuer tender offer (Rule 13e-4)", "issuer")
            combo.addItem("Third-party tender offer (Rule 14d-1)", "third-party")
            return combo
        if kind == "style":
            combo = QComboBox()
            combo.addItem("Plain English, for employees", "plain")
            combo.addItem("Precedent: the filing's instructions, numbered", "precedent")
            return combo
        if kind == "int":
            spin = QSpinBox()
            spin.setRange(1, 999)
            return spin
        if kind == "bool":
            return QCheckBox()
        return QLineEdit()

    # --- data in and out -------------------------------------------------------------------
    def load(self, data: dict[str, Any]) -> None:
        data = jsonable(data)
        for (table, key), widget in self.widgets.items():
            if table == "copy_to":
                parties = data.get("copy_to", [])
                text = "\n\n".join(
                    "\n".join(
                        [
                            p.get("name", ""),
                            p.get("firm", "") or p.get("company", ""),
                            *p.get("address", []),
                            p.get("phone", ""),
                        ]
                    ).strip()
                    for p in (parties if isinstance(parties, list) else [parties])
                )
                widget.setPlainText(text)  # type: ignore[attr-defined]
                continue
            value = data.get(table, {}).get(key)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))  # else the first
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value) if isinstance(value, int) else 1)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                lines = value if isinstance(value, list) else [value or ""]
                widget.setPlainText("\n".join(str(v) for v in lines))
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for (table, key), widget in self.widgets.items():
            if table == "copy_to":
                out["copy_to"] = _parties(widget.toPlainText())  # type: ignore[attr-defined]
                continue
            kind = next(k for t, n, _, k in FIELDS if (t, n) == (table, key))
            value: Any
            if isinstance(widget, QComboBox):
                value = widget.currentData()
            elif isinstance(widget, QSpinBox):
                value = widget.value()
            elif isinstance(widget, QCheckBox):
                value = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
                value = (
                    [line.strip() for line in text.splitlines() if line.strip()]
                    if kind == "lines"
                    else " ".join(text.split())
                )
            else:
                value = widget.text().strip()  # type: ignore[attr-defined]
            if value in ("", []) and kind in ("text",) and key == "explanation":
                continue
            out.setdefault(table, {})[key] = value
        return out

    def _show_problems(self, text: str) -> None:
        self.problems.setText(text)
        self.problems_area.setVisible(bool(text))

    def validate(self) -> list[str]:
        problems = validation_problems(self.data())
        self._show_problems("\n".join(problems))
        return problems

    # --- filing.toml --------------------------------------------------------------------------
    def import_toml(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, "Import filing details", "", "Filing details (*.toml)"
            )
        if path:
            try:
                self.load(tomllib.loads(Path(path).read_text(encoding="utf-8")))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                self._show_problems(f"{Path(path).name}: cannot be read ({exc})")
                return
            self.validate()

    def export_toml(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, "Export filing details", "filing.toml", "Filing details (*.toml)"
            )
        if path:
            data = self.data()
            with contextlib.suppress(FilingError):  # if invalid, written as typed
                data = filing_from_dict(data).to_toml_dict()
            write_text_atomic(path, tomli_w.dumps(data))


def _parties(text: str) -> list[dict[str, Any]]:
    parties = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        phone = lines.pop() if len(lines) > 1 and _PHONE.match(lines[-1]) else ""
        name = lines.pop(0)
        firm = lines.pop(0) if lines else ""
        parties.append({"name": name, "firm": firm, "address": lines, "phone": phone})
    return parties
