"""What the filing details form shows for each field: its group, its tooltip with an example
(in the words of resources/help/filing-form.toml, speaking of whom the notice is for), its
placeholder, the editor its kind takes (an empty date picker opens on a month counsel is
likely to want, not January 1900), and how the copies' parties read as text."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from amendtool.core.filing_fields import FIELDS
from amendtool.gui.growing_text import GrowingText
from amendtool.gui.holiday_calendar import mark_holidays
from amendtool.gui.wrapped_label import WrappedLabel

# fields shown in a group of their own rather than their table's
OWN_GROUP = {("offer", "exhibits"): "exhibits"}


def group_of(table: str, key: str) -> str:
    """The group box a field is shown in: its table's, or its own."""
    return OWN_GROUP.get((table, key), table)


@cache
def _words() -> dict[str, Any]:
    """resources/help/filing-form.toml: the form's group titles, tooltips and styles."""
    from amendtool.core.resource_toml import read_toml
    from amendtool.resources import resource_path

    return read_toml(resource_path("help", "filing-form.toml"))


def _spoken(text: str, audience: str) -> str:
    """`text` speaking of `audience` ("employees", "holders")."""
    reader = audience.removesuffix("s")
    for name, value in (("{audience}", audience), ("{reader}", reader)):
        text = text.replace(name, value).replace(name.title(), value.capitalize())
    return text


def group_titles(audience: str) -> dict[str, str]:
    return {k: _spoken(v, audience) for k, v in _words()["groups"].items()}


def tooltips(audience: str) -> dict[tuple[str, str], str]:
    """What each field is, with an example, for an offer whose notice speaks to `audience`."""
    words = _words()
    given = {**words["tips"], **words.get(audience, {}).get("tips", {})}
    return {
        (name.partition(".")[0], name.partition(".")[2]): _spoken(text, audience)
        for name, text in given.items()
    }


def style_names(audience: str) -> dict[str, str]:
    return {k: _spoken(v, audience) for k, v in _words()["styles"].items()}


def form_audience(title_field: QWidget, parent: object) -> str:
    """Whom the notice speaks to for the title typed in the form, as the notice's wording
    says (core.offer_names.audience), in the project's house style."""
    from amendtool.core.offer_names import NEUTRAL_TITLE, audience
    from amendtool.core.wording import house_wording

    series = getattr(getattr(parent, "session", None), "series", None)
    wording = house_wording(series.wording_style) if series is not None else house_wording()
    text = title_field.text() if isinstance(title_field, QLineEdit) else ""
    return audience(wording, text.strip() or NEUTRAL_TITLE)


class WrappedMessage(WrappedLabel):
    """A field's message: wrapped, and as tall as its lines (wrapped_label.py)."""

    def __init__(self) -> None:
        super().__init__()


def labelled_rows(
    form: QFormLayout, text: str, widget: QWidget, key: tuple[str, str]
) -> tuple[QLabel, QLabel]:
    """A field's row (its caption and the field) and, under it, the row of the message that
    says its problem (hidden until there is one), the form's whole width: wrapped in the
    field's own column, the form gave it fewer lines' height than it needs once laid out
    again (OK showing every message), and it was clipped and drawn over the next field."""
    name = f"{key[0]}_{key[1] or 'parties'}"
    caption = QLabel(text)
    caption.setToolTip(widget.toolTip())
    caption.setBuddy(widget)
    message = WrappedMessage()
    message.setObjectName(f"problem_{name}")
    message.setStyleSheet("color: #b00020")
    message.hide()
    form.addRow(caption, widget)
    form.addRow(message)
    return caption, message


def relabel(
    audience: str,
    groups: dict[str, QGroupBox],
    widgets: dict[tuple[str, str], QWidget],
    captions: dict[tuple[str, str], QLabel],
) -> None:
    """The form's group titles, tooltips and notice styles for `audience`."""
    for group, title in group_titles(audience).items():
        if group in groups:
            groups[group].setTitle(title)
    for key, tip in tooltips(audience).items():
        if key in widgets:
            widgets[key].setToolTip(tip)
            captions[key].setToolTip(tip)
    named = _words().get(audience, {}).get("labels", {})
    for (table, name), caption in captions.items():
        mark = " *" if caption.text().endswith(" *") else ""
        label = next(text for t, k, text, _ in FIELDS if (t, k) == (table, name))
        caption.setText(named.get(f"{table}.{name}", label) + mark)
    styles = widgets.get(("notice", "style"))
    if isinstance(styles, QComboBox):
        for style, name in style_names(audience).items():
            if (index := styles.findData(style)) >= 0:
                styles.setItemText(index, name)


def name_the_consideration(widgets: dict[tuple[str, str], QWidget], parent: object) -> None:
    """What is offered shown in the offer's own term (offer_consideration: "New RSUs", "Cash
    Payment") when an original is open: the default a blank field takes in the notice and
    the filing, not an option exchange's "New Options"."""
    from amendtool.core.offer_consideration import offer_consideration

    original = getattr(getattr(parent, "session", None), "original", None)
    field, tendered = widgets.get(("offer", "consideration")), widgets.get(("offer", "tendered"))
    if original is None or not isinstance(field, QLineEdit):
        return
    given_up = tendered.text().strip() if isinstance(tendered, QLineEdit) else ""
    term = offer_consideration(original, given_up or PLACEHOLDERS[("offer", "tendered")])
    if term:
        field.setPlaceholderText(term)
        said = f"This offer calls it “{term}”; left empty, the notice and the filing say so."
        field.setToolTip(f"{field.toolTip()}\n{said}".strip())


GROUPS = group_titles("employees")  # as an option exchange's form says them
TIPS = tooltips("employees")
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
BLANK_DATE = QDate(1900, 1, 1)
_PHONE = re.compile(r"^\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}")


def make_widget(kind: str) -> QWidget:
    """The editor for a field of this kind: pickers for dates, lists for fixed choices."""
    if kind in ("text", "lines", "parties"):
        return GrowingText({"text": 48, "lines": 64, "parties": 96}[kind])
    if kind == "exhibits":
        from amendtool.gui.filing_form_exhibits import ExhibitsTable

        return ExhibitsTable()
    if kind == "kind":
        combo = QComboBox()
        combo.addItem("Issuer tender offer (Rule 13e-4)", "issuer")
        combo.addItem("Third-party tender offer (Rule 14d-1)", "third-party")
        return combo
    if kind == "style":
        combo = QComboBox()
        for style, name in style_names("employees").items():
            combo.addItem(name, style)
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
        date.setMinimumDate(BLANK_DATE)
        date.setSpecialValueText("(choose a date)")
        date.setDate(BLANK_DATE)
        mark_holidays(date)
        return date
    if kind == "datetime":
        moment = QDateTimeEdit()
        moment.setCalendarPopup(True)
        moment.setDisplayFormat("MMMM d, yyyy  h:mm AP")
        moment.setMinimumDateTime(QDateTime(BLANK_DATE, QTime(0, 0)))
        moment.setSpecialValueText("(choose a date and time)")
        moment.setDateTime(QDateTime(BLANK_DATE, QTime(0, 0)))
        mark_holidays(moment)
        return moment
    if kind == "int":
        spin = QSpinBox()
        spin.setRange(1, 999)
        return spin
    if kind == "bool":
        return QCheckBox()
    return QLineEdit()


class OpensNearby(QObject):
    """When an empty picker's calendar opens, it shows the month `near()` gives (the
    statement's date, else today) rather than the picker's blank, without choosing it."""

    def __init__(self, picker: QDateTimeEdit, blank: QDate, near: Callable[[], QDate]) -> None:
        super().__init__(picker)
        self.picker, self.blank, self.near = picker, blank, near
        picker.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.picker.date() == self.blank:
            month = self.near()
            self.picker.calendarWidget().setCurrentPage(month.year(), month.month())
        return super().eventFilter(watched, event)


def party_lines(party: dict[str, Any]) -> str:
    """A party of [[copy_to]] as the form shows it: name, firm, address lines, phone."""
    address = party.get("address", [])
    lines = [
        party.get("name", ""),
        party.get("firm", "") or party.get("company", ""),
        *(address if isinstance(address, list) else [address]),
        party.get("phone", ""),
    ]
    return "\n".join(str(line) for line in lines if line not in (None, "")).strip()


def parties(text: str) -> list[dict[str, Any]]:
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
