"""The results of the offer as the final amendment reports them, entered by counsel.

Every field starts empty and OK waits until each required one holds a value: a form that
offered 0 shares and today's date would let the final amendment report an offer nobody
took up, granted today, at one click."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

COUNTS = (
    ("tendered", "Shares under the options tendered and not withdrawn:"),
    ("accepted", "Shares under the options accepted for exchange:"),
    ("issued", "Shares under the new options to be granted:"),
)
HOLDERS = ("holders", "Holders who tendered (optional):")
GRANT = ("grant_date", "Grant date of the new options:")


def parse_count(text: str) -> int | None:
    """'1,200,000' → 1200000; None unless a whole number."""
    cleaned = re.sub(r"[,\s]", "", text)
    return int(cleaned) if cleaned.isdigit() else None


def parse_day(text: str) -> dt.date | None:
    """'2026-05-26' or 'May 26, 2026'; None unless a date."""
    text = " ".join(text.split())
    for form in ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y"):
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


class ResultsDialog(QDialog):
    """The results: shares tendered, accepted and to be granted, and the grant date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsDialog")
        self.setWindowTitle("Results of the offer")
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (*COUNTS, HOLDERS, GRANT):
            box = QLineEdit()
            box.setObjectName(f"results_{key}")
            box.setPlaceholderText(
                "e.g. May 26, 2026 or 2026-05-26" if key == "grant_date" else "e.g. 1,200,000"
            )
            box.textChanged.connect(self._update)
            self.fields[key] = box
            form.addRow(label, box)
        self.missing = QLabel()
        self.missing.setObjectName("resultsMissing")
        self.missing.setWordWrap(True)
        form.addRow(self.missing)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._update()

    def problems(self) -> list[str]:
        """What still keeps OK from being pressed, field by field."""
        out = []
        for key, label in COUNTS:
            if parse_count(self.fields[key].text()) is None:
                out.append(
                    label.rstrip(":").lower().replace("shares under the ", "") + ": a number"
                )
        holders = self.fields["holders"].text().strip()
        if holders and parse_count(holders) is None:
            out.append("holders who tendered: a number, or leave it empty")
        if parse_day(self.fields["grant_date"].text()) is None:
            out.append("grant date: a date such as May 26, 2026")
        return out

    def _update(self) -> None:
        problems = self.problems()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        self.missing.setText("Still to enter: " + "; ".join(problems) if problems else "")

    def values(self) -> dict[str, Any]:
        """The results as [results] in the filing details holds them."""
        out: dict[str, Any] = {k: parse_count(self.fields[k].text()) for k, _ in COUNTS}
        if holders := parse_count(self.fields["holders"].text()):
            out["holders"] = holders
        day = parse_day(self.fields["grant_date"].text())
        out["grant_date"] = day.isoformat() if day else ""
        return out
