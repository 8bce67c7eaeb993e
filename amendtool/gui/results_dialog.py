"""The results of the offer as the final amendment reports them, entered by counsel.

Every field of a new final amendment starts empty and OK waits until each required one holds
a value: a form that offered 0 shares and today's date would let the final amendment report
an offer nobody took up, granted today, at one click. Results drafted again (entered in the
app or from the command line) open as the project holds them, for counsel to correct. An
offer that defines a date of its own (an Early Tender Date) may have its results counted as
of that date: counsel picks it from the offer's own dates, as [results] as_of names it, or
leaves the results counted as the offer expired."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from amendtool.core.results_words import ResultsLabels, results_labels

COUNTS = ("tendered", "accepted", "issued")


def parse_count(text: str) -> int | None:
    """'1,200,000' (or a principal amount, '$41,250,000') → 1200000; None unless a whole
    number."""
    cleaned = re.sub(r"[,\s]", "", text).removeprefix("$")
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
    """The results in the words of what the offer sought and gives (an option exchange's
    without `labels`): what was tendered and accepted, what is given and its date. An offer
    that pays counts nothing it gives: it asks only the date of payment."""

    def __init__(
        self,
        parent: QWidget | None = None,
        labels: ResultsLabels | None = None,
        dates: Sequence[tuple[str, str]] = (),
        held: Mapping[str, Any] | None = None,
    ) -> None:
        """`dates`: the dates the offer defines by name, with their moments as it states them
        (results_dates.as_of_choices); none: the results are counted as the offer expired.
        `held`: the results the final amendment already reports ([results]), shown."""
        super().__init__(parent)
        self.setObjectName("resultsDialog")
        self.setWindowTitle("Results of the offer")
        self.labels = labels or results_labels(None)
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for key in (*COUNTS, "holders", "grant_date", "price"):
            label = getattr(self.labels, key)
            if not label:
                continue  # nothing of this is entered for this kind of offer
            box = QLineEdit()
            box.setObjectName(f"results_{key}")
            box.setPlaceholderText(self.labels.example(key))  # in the offer's own terms
            box.textChanged.connect(self._update)
            self.fields[key] = box
            form.addRow(f"{label}:", box)
        self.as_of: QComboBox | None = None
        if dates:
            self.as_of = QComboBox()
            self.as_of.setObjectName("results_as_of")
            self.as_of.addItem(self.labels.as_of_expiration, "")
            for name, moment in dates:
                self.as_of.addItem(f"The {name} ({moment})", name)
            form.addRow(f"{self.labels.as_of}:", self.as_of)
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
        if held:
            self._show(held)
        self._update()

    def _show(self, held: Mapping[str, Any]) -> None:
        """Each field as the results held give it: counts with their commas, the grant date
        as counsel reads it, the price and the date the results are counted to."""
        for key, box in self.fields.items():
            value = held.get(key)
            if isinstance(value, bool) or value is None or value == "":
                continue
            if isinstance(value, int):
                box.setText(f"{value:,}")
            elif key == "grant_date":
                day = parse_day(str(value)) if not isinstance(value, dt.date) else value
                box.setText(f"{day:%B} {day.day}, {day.year}" if day else str(value))
            else:
                box.setText(str(value))
        if self.as_of is not None and (found := self.as_of.findData(held.get("as_of", ""))) >= 0:
            self.as_of.setCurrentIndex(found)

    def problems(self) -> list[str]:
        """What still keeps OK from being pressed, field by field, named as its label."""
        out = []
        for key in COUNTS:
            if key in self.fields and parse_count(self.fields[key].text()) is None:
                out.append(f"{_named(getattr(self.labels, key))}: a number")
        holders = self.fields["holders"].text().strip()
        if holders and parse_count(holders) is None:
            out.append(f"{_named(self.labels.holders)}: a number, or leave it empty")
        if parse_day(self.fields["grant_date"].text()) is None:
            example = self.labels.example("grant_date").removeprefix("e.g. ")  # after expiry
            out.append(f"{_named(self.labels.grant_date)}: a date such as {example}")
        if "price" in self.fields and not _price_or_empty(self.fields["price"].text()):
            stated = self.labels.example("price").removeprefix("e.g. ")  # the offer's own
            such = f" such as {stated}" if stated else ""
            out.append(f"{_named(self.labels.price)}: an amount{such}, or leave it empty")
        return out

    def _update(self) -> None:
        problems = self.problems()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        self.missing.setText("Still to enter: " + "; ".join(problems) if problems else "")

    def values(self) -> dict[str, Any]:
        """The results as [results] in the filing details holds them."""
        out: dict[str, Any] = {k: parse_count(self.fields[k].text()) for k in self.fields}
        out.pop("holders", None)
        out.pop("grant_date", None)
        out.pop("price", None)
        if price := self.fields["price"].text().strip() if "price" in self.fields else "":
            out["price"] = price if price.startswith("$") else f"${price}"
        if "issued" not in self.fields:  # an offer that pays: it pays for what it accepted
            out["issued"] = out["accepted"]
        if holders := parse_count(self.fields["holders"].text()):
            out["holders"] = holders
        day = parse_day(self.fields["grant_date"].text())
        out["grant_date"] = day.isoformat() if day else ""
        if self.as_of is not None and (name := self.as_of.currentData()):
            out["as_of"] = name  # Item 4 reports the results as of the date the offer names
        return out


def _named(label: str) -> str:
    """A label as the middle of a sentence: its first word lowered unless it is a defined
    term ("Shares under the …" → "shares under the …"; "Preferred Shares …" kept)."""
    first, _, rest = label.partition(" ")
    defined = rest[:1].isupper()
    return label if defined or not first else first.lower() + (" " + rest if rest else "")


def _price_or_empty(text: str) -> bool:
    """An amount ("1,025.00", "$26.25") or nothing: the price is optional."""
    return not text.strip() or bool(re.fullmatch(r"\$?\d{1,3}(?:,?\d{3})*(?:\.\d+)?", text.strip()))
