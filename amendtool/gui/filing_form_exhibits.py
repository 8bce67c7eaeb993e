"""The statement's other exhibits in the filing details form ([[offer.exhibits]]): the election
form, the plan, a press release, each listed in every amendment's exhibit index as previously
filed. Counsel adds, removes and edits rows (number, description, the filing it came with);
the form checks them as the command does, and says a clash beside the table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.exhibits import KEY, StatementExhibit

COLUMNS = ("Exhibit no.", "Description, as the index prints it", "Filed with")
FIRST_FILED = "the Schedule TO"  # filed_by 0: the statement as first filed
ROWS_SHOWN = 4


class ExhibitsTable(QWidget):
    """Rows of number, description and filing; `changed` is emitted on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("exhibitsTable")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + row_height * ROWS_SHOWN + 4)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        self.add_button = QPushButton("Add exhibit")
        self.add_button.setObjectName("addExhibit")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton("Remove exhibit")
        self.remove_button.setObjectName("removeExhibit")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, label: str = "", description: str = "", filed_by: int = 0) -> int:
        """A row, the cursor in its number when it is new and empty."""
        row = self.table.rowCount()
        blocker = self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(label))
        self.table.setItem(row, 1, QTableWidgetItem(description))
        self.table.blockSignals(blocker)
        filing = QSpinBox()
        filing.setRange(0, 999)
        filing.setPrefix("Amendment No. ")
        filing.setSpecialValueText(FIRST_FILED)
        filing.setValue(filed_by)
        filing.setToolTip(
            f"The filing the exhibit came with: {FIRST_FILED} as first filed, or the amendment "
            "that filed it"
        )
        filing.valueChanged.connect(lambda *_: self.changed.emit())
        self.table.setCellWidget(row, 2, filing)
        if not label and not description:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def set_rows(self, entries: list[dict[str, Any]]) -> None:
        """The rows of [[offer.exhibits]] as given; a value of another type is shown as text
        for counsel to correct (the form's check says what is wrong)."""
        blocker = self.blockSignals(True)
        self.table.setRowCount(0)
        for entry in entries:
            filed_by = entry.get("filed_by", 0)
            whole = isinstance(filed_by, int) and not isinstance(filed_by, bool)
            self.add_row(
                _text(entry.get("label")),
                _text(entry.get("description")),
                min(max(filed_by, 0), 999) if whole else 0,
            )
        self.blockSignals(blocker)

    def rows(self) -> list[dict[str, Any]]:
        """The rows as filing.toml holds them; a row left wholly empty is no exhibit."""
        out: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            label, description = self._cell(row, 0), " ".join(self._cell(row, 1).split())
            if not label and not description:
                continue
            filing = self.table.cellWidget(row, 2)
            filed_by = filing.value() if isinstance(filing, QSpinBox) else 0
            exhibit = StatementExhibit(label, description, filed_by)
            out.append(exhibit.to_dict())
        return out

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""


def well_formed(value: Any) -> bool:
    """Whether `value` is rows the table can show: a list of tables (or one table)."""
    entries = [value] if isinstance(value, dict) else value
    return isinstance(entries, list) and all(isinstance(e, dict) for e in entries)


def as_rows(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    return [value] if isinstance(value, dict) else list(value)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


__all__ = ["KEY", "ExhibitsTable", "as_rows", "well_formed"]
