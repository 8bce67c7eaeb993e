"""What the filing details form shows for each field: its group, its tooltip with an example,
its placeholder, the editor its kind takes, and how the copies' parties read as text."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
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

from amendtool.gui.holiday_calendar import mark_holidays

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
BLANK_DATE = QDate(1900, 1, 1)
_PHONE = re.compile(r"^\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}")


def make_widget(kind: str) -> QWidget:
    """The editor for a field of this kind: pickers for dates, lists for fixed choices."""
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
