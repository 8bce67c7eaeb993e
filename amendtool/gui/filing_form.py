"""Filing details form: every filing.toml field, the CLI's validation messages, import/export."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

import tomli_w

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.errors import InputError
from amendtool.core.filing import FilingError, filing_from_dict, read_filing_data
from amendtool.core.filing_labels import FIELDS, PROBLEM, labelled
from amendtool.gui import settings
from amendtool.gui.counsel_folder import start_at
from amendtool.gui.file_drop import FILINGS, FileDropTarget, accept_file_drops
from amendtool.gui.filing_form_feedback import OpensNearby, in_picker_terms
from amendtool.gui.holiday_calendar import mark_holidays
from amendtool.gui.screen_fit import fit, remember
from amendtool.io.project_file import jsonable
from amendtool.io.safe_write import write_text_atomic

GROUPS = {
    "issuer": "Issuer (the filing person)",
    "securities": "Securities",
    "agent": "Person authorised to receive notices",
    "copy_to": "With copies to",
    "offer": "The offer",
    "amendment": "This amendment",
    "signature": "Signature",
    "notice": "Notice to employees",
}
# what each field is, with an example, shown as its tooltip
TIPS = {
    ("issuer", "name"): "The issuer as named on the cover page. Example: Halvorsen Networks, Inc.",
    ("issuer", "short_name"): "How the documents call it. Example: Halvorsen",
    ("issuer", "state_of_incorporation"): "Example: Delaware",
    ("issuer", "entity_form"): "What the issuer is, as the opening paragraph says it; left "
    "blank, told from the name's ending (Inc. a corporation, L.P. a limited partnership). "
    "Example: limited partnership",
    ("issuer", "defined_name"): "The name the documents define for the issuer; left blank, "
    "the Company (the Partnership for a partnership). Example: the Partnership",
    ("securities", "title"): "Title of the class of securities. Example: Options to purchase "
    "common stock, par value $0.001 per share",
    ("securities", "cusip"): "CUSIP of the underlying class, nine characters. Example: 40839G108",
    ("securities", "underlying"): "The class the options are for. Example: Common Stock",
    ("agent", "name"): "The person authorised to receive notices on the filing person's behalf. "
    "Example: Jane Doe",
    ("agent", "title"): "Example: General Counsel",
    ("agent", "company"): "Example: Halvorsen Networks, Inc.",
    ("agent", "address"): "One line each. Example: 2200 Harbor Point Drive / Stamford, CT 06902",
    ("agent", "phone"): "Example: (203) 555-0100",
    ("copy_to", ""): "Counsel who get a copy: name, firm, address lines, phone; a blank line "
    "between people.",
    ("offer", "kind"): "An issuer tender offer (Rule 13e-4) or a third-party one (Rule 14d-1).",
    ("offer", "statement_filed"): "The date the Schedule TO was first filed (the offer's start).",
    ("offer", "document_title"): "Example: Offer to Exchange Outstanding Options",
    ("offer", "document_date"): "The date printed on the Offer to Exchange.",
    ("offer", "document_exhibit"): "The exhibit number the Offer to Exchange was filed as. "
    "Example: (a)(1)",
    ("offer", "election_form_exhibit"): "The exhibit number of the election form (or letter "
    "of transmittal). Example: (a)(2)",
    ("offer", "expiration"): "When the offer expires, in the offer's own time zone. Example: "
    "September 27, 2001, 11:59 p.m.",
    ("offer", "time_zone"): "The zone the expiration is stated in. Example: America/New_York "
    "(Eastern Time)",
    ("offer", "description"): "The offer as the opening paragraph names it. Example: the offer "
    "to exchange options outstanding under the 1999 Stock Plan",
    ("offer", "consideration"): "What holders receive. Example: New Options, Restricted Stock "
    "Units, the Purchase Price",
    ("offer", "tendered"): "What holders tender. Example: Eligible Options",
    ("offer", "transmittal_document"): "The form holders return. Example: Election Form, "
    "Letter of Transmittal",
    ("amendment", "number"): "Example: 2 for Amendment No. 2",
    ("amendment", "date"): "The date the amendment is signed and filed.",
    ("amendment", "final"): "Tick for the final amendment reporting the offer's results.",
    ("amendment", "items_heading"): "The heading over the lettered items. Example: Item 4. "
    "Terms of the Transaction.",
    ("amendment", "notice_exhibit"): "The exhibit number the employee notice is filed as. "
    "Example: (a)(11)",
    ("signature", "name"): "Who signs the amendment. Example: Jane Doe",
    ("signature", "title"): "Example: Chief Financial Officer",
    ("notice", "style"): "Plain English for employees, or the precedent's numbered instructions.",
    ("notice", "to"): "Example: Halvorsen Employees Holding Eligible Options",
    ("notice", "from"): "Example: People Services",
    ("notice", "subject"): "Example: Amendment to the Offer to Exchange",
    ("notice", "program_name"): "Example: the Option Exchange Program",
    ("notice", "explanation"): "Why the offer is amended, in a sentence (optional).",
    ("notice", "contact"): "Who employees ask. Example: People Services at (203) 555-0100",
    ("notice", "delivery"): "How the notice is sent. Example: by e-mail to every eligible employee",
}
TIME_ZONES = [
    ("America/New_York", "Eastern Time (New York)"),
    ("America/Chicago", "Central Time (Chicago)"),
    ("America/Denver", "Mountain Time (Denver)"),
    ("America/Phoenix", "Mountain Time, no daylight saving (Phoenix)"),
    ("America/Los_Angeles", "Pacific Time (Los Angeles)"),
    ("America/Anchorage", "Alaska Time (Anchorage)"),
    ("Pacific/Honolulu", "Hawaii Time (Honolulu)"),
]
# shown in empty fields: the default used when the field is left blank
PLACEHOLDERS = {
    ("issuer", "entity_form"): "told from the name",
    ("issuer", "defined_name"): "the Company",
    ("offer", "consideration"): "New Options",
    ("offer", "tendered"): "Eligible Options",
    ("offer", "transmittal_document"): "Election Form",
}
_BLANK_DATE = QDate(1900, 1, 1)


def _required() -> set[tuple[str, str]]:
    """The fields the filing cannot do without (what the core's validation requires)."""
    tables: dict[str, Any] = {table: {} for table, *_ in FIELDS if table != "copy_to"}
    out = set()
    for problem in validation_problems(tables):
        match = PROBLEM.match(problem)
        if match and match.group(2):
            out.add((match.group(1), match.group(2)))
    return out


_PHONE = re.compile(r"^\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}")


_KINDS = {(table, key): kind for table, key, _, kind in FIELDS}
MANY = ("lines", "parties")  # the fields that take a list


def validation_problems(data: dict[str, Any]) -> list[str]:
    try:
        filing_from_dict(data)
    except FilingError as error:
        return error.problems
    return []


class FilingForm(FileDropTarget, QDialog):
    """The filing details, grouped as the cover page reads; required fields marked *; each
    field explained in its tooltip; a problem shown beside its field, in its own words."""

    def __init__(self, data: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filingForm")
        self.setWindowTitle("Filing details")
        self.widgets: dict[tuple[str, str], QWidget] = {}
        self.messages: dict[tuple[str, str], QLabel] = {}
        # problems are shown for the fields counsel has changed, and all of them once OK
        # (or an import) asks for the whole form: a new form does not open in red
        self.touched: set[tuple[str, str]] = set()
        self.whole_form = False
        self._loading = False
        required = _required()
        body = QWidget()
        columns = QHBoxLayout(body)
        column_layouts = [QVBoxLayout(), QVBoxLayout()]
        for layout in column_layouts:
            columns.addLayout(layout, 1)
        forms: dict[str, QFormLayout] = {}
        for table, key, label, kind in FIELDS:
            if table not in forms:
                box = QGroupBox(GROUPS[table])
                box.setObjectName(f"group_{table}")
                forms[table] = QFormLayout(box)
                forms[table].setFieldGrowthPolicy(
                    QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
                )
                # issuer … copies on the left, the offer and what follows on the right
                left = table in ("issuer", "securities", "agent", "copy_to", "signature")
                column_layouts[0 if left else 1].addWidget(box)
            widget = self._widget(kind)
            widget.setObjectName(f"field_{table}_{key or 'parties'}")
            if isinstance(widget, QDateTimeEdit):
                OpensNearby(widget, _BLANK_DATE, self._near_date)
            tip = TIPS.get((table, key), "")
            widget.setToolTip(tip)
            self.widgets[(table, key)] = widget
            if (table, key) in PLACEHOLDERS and isinstance(widget, QLineEdit):
                widget.setPlaceholderText(PLACEHOLDERS[(table, key)])
            mark = " *" if (table, key) in required else ""
            caption = QLabel(f"{label}{mark}")
            caption.setToolTip(tip)
            caption.setBuddy(widget)
            message = QLabel()
            message.setObjectName(f"problem_{table}_{key or 'parties'}")
            message.setWordWrap(True)
            message.setStyleSheet("color: #b00020")
            message.hide()
            self.messages[(table, key)] = message
            cell = QWidget()
            stack = QVBoxLayout(cell)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(1)
            stack.addWidget(widget)
            stack.addWidget(message)
            forms[table].addRow(caption, cell)
        for layout in column_layouts:
            layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        note = QLabel("* required · hover over a field for what it is, with an example")
        note.setObjectName("requiredNote")
        self.problems = QLabel()
        self.problems.setObjectName("filingProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        buttons = self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
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
        problems.setMaximumHeight(70)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(problems)
        layout.addWidget(buttons)
        self.load(data or {})
        for field, widget in self.widgets.items():
            for name in (
                "textChanged",
                "stateChanged",
                "valueChanged",
                "dateChanged",
                "dateTimeChanged",
                "currentIndexChanged",
                "editTextChanged",
            ):
                signal = getattr(widget, name, None)
                if signal is not None:
                    signal.connect(lambda *_, key=field: self._changed(key))
        self.validate()
        accept_file_drops(self)  # a filing.toml dropped anywhere on the form, fields included
        fit(self, 1180, 720, settings.FILING_FORM_GEOMETRY)

    def done(self, result: int) -> None:
        remember(self, settings.FILING_FORM_GEOMETRY)
        super().done(result)

    def try_accept(self) -> None:
        """OK: closes a form without problems; else every problem is shown and the first
        bad field, in the form's order, has the cursor (nothing typed is lost)."""
        self.whole_form = True
        problems = self.validate()
        if not problems:
            self.accept()
            return
        keys = {labelled(p)[0] for p in problems}
        first = next((w for key, w in self.widgets.items() if key in keys), None)
        if first is not None:
            first.setFocus()

    def _changed(self, key: tuple[str, str]) -> None:
        if not self._loading:
            self.touched.add(key)
        self.validate()

    def _near_date(self) -> QDate:
        """Where an empty date picker opens: the statement's date when entered, else today."""
        filed = self.widgets[("offer", "statement_filed")]
        date = filed.date() if isinstance(filed, QDateEdit) else _BLANK_DATE
        return date if date != _BLANK_DATE else QDate.currentDate()

    drop_suffixes = FILINGS

    def take_files(self, paths: list[Path]) -> None:
        """A filing.toml dropped on the form is imported, as with Import filing.toml…"""
        self.import_toml(str(paths[0]))

    def _widget(self, kind: str) -> QWidget:
        if kind in ("text", "lines", "parties"):
            edit = QPlainTextEdit()
            edit.setFixedHeight({"text": 48, "lines": 64, "parties": 96}[kind])
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
        if kind == "zone":
            combo = QComboBox()
            combo.setEditable(True)  # any IANA zone may be typed
            for zone, name in TIME_ZONES:
                combo.addItem(f"{name} — {zone}", zone)
            return combo
        if kind == "date":
            date = QDateEdit()
            date.setCalendarPopup(True)
            date.setDisplayFormat("MMMM d, yyyy")
            date.setMinimumDate(_BLANK_DATE)
            date.setSpecialValueText("(choose a date)")
            date.setDate(_BLANK_DATE)
            mark_holidays(date)
            return date
        if kind == "datetime":
            moment = QDateTimeEdit()
            moment.setCalendarPopup(True)
            moment.setDisplayFormat("MMMM d, yyyy  h:mm AP")
            moment.setMinimumDateTime(QDateTime(_BLANK_DATE, QTime(0, 0)))
            moment.setSpecialValueText("(choose a date and time)")
            moment.setDateTime(QDateTime(_BLANK_DATE, QTime(0, 0)))
            mark_holidays(moment)
            return moment
        if kind == "int":
            spin = QSpinBox()
            spin.setRange(1, 999)
            return spin
        if kind == "bool":
            return QCheckBox()
        return QLineEdit()

    # --- data in and out -------------------------------------------------------------------
    def load(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._load(data)
        finally:
            self._loading = False

    def _load(self, data: dict[str, Any]) -> None:
        data = jsonable(data)
        # a list or a table where a field takes one value: the field is left empty and says
        # what the command says of it, never takes the list's text (see validate)
        self.misshapen: dict[tuple[str, str], Any] = {}
        # the statement's other exhibits have no field here: kept as given, not dropped
        offer = data.get("offer")
        self.recorded_exhibits = offer.get("exhibits") if isinstance(offer, dict) else None
        for (table, key), widget in self.widgets.items():
            if table == "copy_to":
                parties = data.get("copy_to", [])
                parties = parties if isinstance(parties, list) else [parties]
                text = "\n\n".join(_party_lines(p) for p in parties if isinstance(p, dict))
                widget.setPlainText(text)  # type: ignore[attr-defined]
                continue
            section = data.get(table)  # a hand-edited file may hold anything anywhere
            value = section.get(key) if isinstance(section, dict) else None
            if isinstance(value, (list, dict)) and _KINDS[(table, key)] not in MANY:
                self.misshapen[(table, key)] = value
                value = None
            if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
                moment = QDateTime.fromString(str(value or "")[:19], "yyyy-MM-ddTHH:mm:ss")
                if not moment.isValid():
                    moment = QDateTime.fromString(str(value or "")[:16], "yyyy-MM-ddTHH:mm")
                widget.setDateTime(moment if moment.isValid() else widget.minimumDateTime())
            elif isinstance(widget, QDateEdit):
                date = QDate.fromString(str(value or "")[:10], "yyyy-MM-dd")
                widget.setDate(date if date.isValid() else _BLANK_DATE)
            elif isinstance(widget, QComboBox) and widget.isEditable():
                index = widget.findData(value)
                if index >= 0:
                    widget.setCurrentIndex(index)
                else:
                    widget.setEditText("" if value is None else str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))  # else the first
            elif isinstance(widget, QSpinBox):
                whole = isinstance(value, int) and not isinstance(value, bool)
                widget.setValue(min(max(int(value or 1), 1), 999) if whole else 1)
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
            if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
                moment = widget.dateTime()
                blank = moment.date() == _BLANK_DATE
                value = "" if blank else moment.toString("yyyy-MM-ddTHH:mm:ss")
            elif isinstance(widget, QDateEdit):
                date = widget.date()
                value = "" if date == _BLANK_DATE else date.toString("yyyy-MM-dd")
            elif isinstance(widget, QComboBox) and widget.isEditable():
                text = widget.currentText().strip()
                index = widget.findText(text)
                value = widget.itemData(index) if index >= 0 else text
            elif isinstance(widget, QComboBox):
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
        if self.recorded_exhibits is not None:
            out.setdefault("offer", {})["exhibits"] = self.recorded_exhibits
        return out

    def _show_problems(self, text: str) -> None:
        self.problems.setText(text)
        self.problems_area.setVisible(bool(text))

    def validate(self) -> list[str]:
        """The core's problems, each in its field's own words, beside the field and listed
        below in the form's order."""
        problems = self._problems(self.data())
        order = {key: n for n, (t, k, _, _) in enumerate(FIELDS) for key in [(t, k)]}
        shown: dict[tuple[str, str], list[str]] = {}
        listed: list[tuple[int, str]] = []
        for problem in problems:
            key, text = labelled(problem)
            text = in_picker_terms(text)
            if not (self.whole_form or key in self.touched):
                continue
            if key in self.messages:
                shown.setdefault(key, []).append(text)
            listed.append((order.get(key, len(order)) if key else len(order), text))
        for key, label in self.messages.items():
            label.setText("\n".join(shown.get(key, [])))
            label.setVisible(key in shown)
        self._show_problems("\n".join(text for _, text in sorted(listed, key=lambda x: x[0])))
        return problems

    def _problems(self, data: dict[str, Any]) -> list[str]:
        """The core's problems with `data`; a field filing.toml gave a list or a table and
        counsel has not typed since is read with that value, so its problem is the
        command's ("Issuer must be text in quotes"), not that it is missing."""
        untyped = {
            (table, key): value
            for (table, key), value in getattr(self, "misshapen", {}).items()
            if data.get(table, {}).get(key) in ("", [], None)
        }
        if not untyped:
            return validation_problems(data)
        given = {
            table: dict(section) if isinstance(section, dict) else section
            for table, section in data.items()
        }
        for (table, key), value in untyped.items():
            given.setdefault(table, {})[key] = value
        return validation_problems(given)

    # --- filing.toml --------------------------------------------------------------------------
    def import_toml(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, "Import filing details", start_at(self), "Filing details (*.toml)"
            )
        if path:
            try:  # through the input gate: a pipe or a device never hangs the form
                self.load(read_filing_data(path))
            except InputError as exc:
                self._show_problems(str(exc))
                return
            self.whole_form = True  # what the file lacks is said at once
            self.validate()

    def export_toml(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                "Export filing details",
                start_at(self, "filing.toml"),
                "Filing details (*.toml)",
            )
        if path:
            data = self.data()
            with contextlib.suppress(FilingError):  # if invalid, written as typed
                data = filing_from_dict(data).to_toml_dict()
            write_text_atomic(path, tomli_w.dumps(data))


def _party_lines(party: dict[str, Any]) -> str:
    """A party of [[copy_to]] as the form shows it: name, firm, address lines, phone."""
    address = party.get("address", [])
    lines = [
        party.get("name", ""),
        party.get("firm", "") or party.get("company", ""),
        *(address if isinstance(address, list) else [address]),
        party.get("phone", ""),
    ]
    return "\n".join(str(line) for line in lines if line not in (None, "")).strip()


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
