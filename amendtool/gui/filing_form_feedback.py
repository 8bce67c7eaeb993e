"""How the filing details form speaks to counsel: in the terms of its pickers ("choose a
date"), not filing.toml's ("a date such as 2001-09-13"), which the command line keeps; and
an empty date picker that opens on a month counsel is likely to want, not January 1900."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateTimeEdit

# the core's words for a value typed in filing.toml, and what a picker asks for instead
_PICKER_TERMS = [
    # the command line's hint on writing midnight ("...; midnight, the end of a day, is ...")
    # is about typing, which a picker spares counsel
    (
        re.compile(r" must be a local date and time such as \S+(;.*)?$"),
        ": choose a date and time",
    ),
    (re.compile(r" must be a date such as \S+$"), ": choose a date"),
    (
        re.compile(r" is not a time zone name such as \S+$"),
        " is not a time zone: choose one from the list",
    ),
]


def in_picker_terms(message: str) -> str:
    """A problem as the form says it: "Amendment date: choose a date"."""
    for pattern, instead in _PICKER_TERMS:
        message = pattern.sub(instead, message)
    return message


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
