"""The filing details form's fields read from and written to filing.toml's nesting: each
editor's value in the shape the core's validation reads, so the form and the command agree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from amendtool.core.filing_fields import FIELDS
from amendtool.gui.filing_form_exhibits import ExhibitsTable, as_rows, well_formed
from amendtool.gui.filing_form_fields import BLANK_DATE, parties, party_lines

Fields = dict[tuple[str, str], QWidget]
_KINDS = {(table, key): kind for table, key, _, kind in FIELDS}
MANY = ("lines", "parties")  # the fields that take a list


def load_values(widgets: Fields, data: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """Puts `data` into the editors; returns the fields given a list or a table where they
    take one value: such a field is left empty and says what the command says of it, never
    takes the list's text."""
    misshapen: dict[tuple[str, str], Any] = {}
    for (table, key), widget in widgets.items():
        if table == "copy_to":
            given = data.get("copy_to", [])
            given = given if isinstance(given, list) else [given]
            text = "\n\n".join(party_lines(p) for p in given if isinstance(p, dict))
            widget.setPlainText(text)  # type: ignore[attr-defined]
            continue
        section = data.get(table)  # a hand-edited file may hold anything anywhere
        value = section.get(key) if isinstance(section, dict) else None
        if isinstance(widget, ExhibitsTable):
            if well_formed(value) or value is None:
                widget.set_rows(as_rows(value))
            else:  # the check says what is wrong with it, as the command does
                misshapen[(table, key)] = value
                widget.set_rows([])
            continue
        if isinstance(value, (list, dict)) and _KINDS[(table, key)] not in MANY:
            misshapen[(table, key)] = value
            value = None
        if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
            moment = QDateTime.fromString(str(value or "")[:19], "yyyy-MM-ddTHH:mm:ss")
            if not moment.isValid():
                moment = QDateTime.fromString(str(value or "")[:16], "yyyy-MM-ddTHH:mm")
            widget.setDateTime(moment if moment.isValid() else widget.minimumDateTime())
        elif isinstance(widget, QDateEdit):
            date = QDate.fromString(str(value or "")[:10], "yyyy-MM-dd")
            widget.setDate(date if date.isValid() else BLANK_DATE)
        elif isinstance(widget, QComboBox) and widget.isEditable():
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
            else:
                widget.setEditText("" if value is None else str(value))
            if (line := widget.lineEdit()) is not None:
                line.home(False)
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
            # a value longer than its box is read from its beginning, not from its end
            widget.home(False)
    return misshapen


def read_values(widgets: Fields) -> dict[str, Any]:
    """The editors' values in filing.toml's nesting."""
    out: dict[str, Any] = {}
    for (table, key), widget in widgets.items():
        if table == "copy_to":
            out["copy_to"] = parties(widget.toPlainText())  # type: ignore[attr-defined]
            continue
        kind = next(k for t, n, _, k in FIELDS if (t, n) == (table, key))
        value: Any
        if isinstance(widget, ExhibitsTable):
            if rows := widget.rows():  # none: filing.toml leaves the table out
                out.setdefault(table, {})[key] = rows
            continue
        if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
            moment = widget.dateTime()
            blank = moment.date() == BLANK_DATE
            value = "" if blank else moment.toString("yyyy-MM-ddTHH:mm:ss")
        elif isinstance(widget, QDateEdit):
            date = widget.date()
            value = "" if date == BLANK_DATE else date.toString("yyyy-MM-dd")
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
    return out


def same_details(a: Any, b: Any) -> bool:
    """The form gives back the details it was opened with: a field left blank is the same
    as one never given, so OK with nothing changed is no change of counsel's."""
    return _given(a) == _given(b)


def _given(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _given(v) for k, v in value.items() if _given(v) not in (None, "", {}, [])}
    if isinstance(value, list):
        return [_given(v) for v in value]
    return value
