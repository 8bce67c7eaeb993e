"""Filing details form: every filing.toml field, the CLI's validation messages, import/export."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomli_w

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
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
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.errors import InputError
from amendtool.core.filing import FilingError, filing_from_dict, read_filing_data
from amendtool.core.filing_fields import FIELDS, labelled
from amendtool.gui import settings
from amendtool.gui.counsel_files import start_at
from amendtool.gui.file_drop import FILINGS, FileDropTarget, accept_file_drops
from amendtool.gui.filing_form_checks import (
    earlier_amendments,
    form_problems,
    in_picker_terms,
    required_fields,
)
from amendtool.gui.filing_form_fields import (
    BLANK_DATE,
    GROUPS,
    PLACEHOLDERS,
    TIPS,
    OpensNearby,
    form_audience,
    group_of,
    labelled_rows,
    make_widget,
    name_the_consideration,
    relabel,
)
from amendtool.gui.filing_form_values import load_values, read_values
from amendtool.gui.screen_fit import fit, remember
from amendtool.io.project_file import jsonable
from amendtool.io.safe_write import write_text_atomic

if TYPE_CHECKING:
    from amendtool.core.lineage import Earlier


# issuer … copies, signature and the other exhibits on the left; the offer and what follows
# on the right
LEFT_COLUMN = ("issuer", "securities", "agent", "copy_to", "signature", "exhibits")


class FilingForm(FileDropTarget, QDialog):
    """The filing details, grouped as the cover page reads; required fields marked *; each
    field explained in its tooltip; a problem shown beside its field, in its own words."""

    def __init__(
        self,
        data: dict[str, Any] | None,
        parent: QWidget | None = None,
        earlier: list[Earlier] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filingForm")
        self.setWindowTitle("Filing details")
        # the project's earlier amendments: an exhibit recorded under a number one of them
        # filed is refused here as the command refuses it
        self.earlier = earlier if earlier is not None else earlier_amendments(parent)
        self.widgets: dict[tuple[str, str], QWidget] = {}
        self.messages: dict[tuple[str, str], QLabel] = {}
        # problems are shown for the fields counsel has changed, and all of them once OK
        # (or an import) asks for the whole form: a new form does not open in red
        self.touched: set[tuple[str, str]] = set()
        self.whole_form = False
        self.read_notes: list[str] = []  # how an imported filing.toml was read (cp1252)
        self._loading = False
        required = required_fields()
        self.group_boxes: dict[str, QGroupBox] = {}
        self.captions: dict[tuple[str, str], QLabel] = {}
        body = QWidget()
        columns = QHBoxLayout(body)
        column_layouts = [QVBoxLayout(), QVBoxLayout()]
        for layout in column_layouts:
            columns.addLayout(layout, 1)
        forms: dict[str, QFormLayout] = {}
        for table, key, label, kind in FIELDS:
            group = group_of(table, key)
            if group not in forms:
                box = self.group_boxes[group] = QGroupBox(GROUPS[group])
                box.setObjectName(f"group_{group}")
                forms[group] = QFormLayout(box)
                forms[group].setFieldGrowthPolicy(
                    QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
                )
                column_layouts[0 if group in LEFT_COLUMN else 1].addWidget(box)
            widget = make_widget(kind)
            widget.setObjectName(f"field_{table}_{key or 'parties'}")
            if isinstance(widget, QDateTimeEdit):
                OpensNearby(widget, BLANK_DATE, self._near_date)
            widget.setToolTip(TIPS.get((table, key), ""))
            self.widgets[(table, key)] = widget
            if (table, key) in PLACEHOLDERS and isinstance(widget, QLineEdit):
                widget.setPlaceholderText(PLACEHOLDERS[(table, key)])
            mark = " *" if (table, key) in required else ""
            caption, message = labelled_rows(forms[group], f"{label}{mark}", widget, (table, key))
            self.captions[(table, key)], self.messages[(table, key)] = caption, message
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
                "changed",  # the exhibits table
            ):
                signal = getattr(widget, name, None)
                if signal is not None:
                    signal.connect(lambda *_, key=field: self._changed(key))
        title = self.widgets[("offer", "document_title")]
        if isinstance(title, QLineEdit):
            title.textChanged.connect(lambda *_: self.speak_to_audience())
        self.speak_to_audience()
        self.validate()
        accept_file_drops(self)  # a filing.toml dropped anywhere on the form, fields included
        fit(self, 1180, 720, settings.FILING_FORM_GEOMETRY)

    def speak_to_audience(self) -> None:
        """Group titles, tooltips and the notice styles name whom the offer's notice speaks
        to, as its wording does for the offer's title: holders of an Offer to Purchase are
        not employees."""
        audience = form_audience(self.widgets[("offer", "document_title")], self.parent())
        if audience != getattr(self, "audience", None):
            self.audience = audience
            relabel(audience, self.group_boxes, self.widgets, self.captions)
            name_the_consideration(self.widgets, self.parent())  # "New RSUs", as the offer says

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
        date = filed.date() if isinstance(filed, QDateEdit) else BLANK_DATE
        return date if date != BLANK_DATE else QDate.currentDate()

    drop_suffixes = FILINGS

    def take_files(self, paths: list[Path]) -> None:
        """A filing.toml dropped on the form is imported, as with Import filing.toml…"""
        self.import_toml(str(paths[0]))

    # --- data in and out -------------------------------------------------------------------
    def load(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._load(data)
        finally:
            self._loading = False

    def _load(self, data: dict[str, Any]) -> None:
        self.misshapen = load_values(self.widgets, jsonable(data))

    def data(self) -> dict[str, Any]:
        return read_values(self.widgets)

    def _show_problems(self, text: str) -> None:
        # how the imported file was read stays said while counsel edits: each edit shows
        # the problems again, and the note is not a problem that editing cures
        text = "\n".join([*self.read_notes, text]).strip()
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
        return form_problems(data, getattr(self, "misshapen", {}), self.earlier)

    # --- filing.toml --------------------------------------------------------------------------
    def import_toml(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, "Import filing details", start_at(self), "Filing details (*.toml)"
            )
        if path:
            read_as: list[str] = []  # not in UTF-8: how it was read, said as the CLI says it
            self.read_notes = []
            try:  # through the input gate: a pipe or a device never hangs the form
                self.load(read_filing_data(path, read_as))
            except InputError as exc:
                self._show_problems(str(exc))
                return
            self.read_notes = read_as
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
