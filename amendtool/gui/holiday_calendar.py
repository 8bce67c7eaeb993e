"""Date pickers that mark the federal holidays: an expiration or a filing date falls on a
business day, and counsel sees at a glance which days are not (Juneteenth included)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit

from amendtool.core.business_days import federal_holidays

HOLIDAY = QColor(190, 30, 30)


def mark_holidays(picker: QDateEdit | QDateTimeEdit) -> None:
    """Each federal holiday of the month shown (and the months around it) in red, bold,
    named in its tooltip; marked again as counsel pages through the calendar."""
    calendar = picker.calendarWidget()
    if calendar is None:
        return
    marked: set[int] = set()

    def page(year: int, _month: int = 1) -> None:
        for each in (year - 1, year, year + 1):
            if each not in marked and 1 <= each <= 9999:
                marked.add(each)
                _mark_year(calendar, each)

    calendar.currentPageChanged.connect(page)
    page(calendar.yearShown())
    page(dt.date.today().year)


def _mark_year(calendar: QCalendarWidget, year: int) -> None:
    for day, name in federal_holidays(year).items():
        form = QTextCharFormat()
        form.setForeground(HOLIDAY)
        form.setFontWeight(700)
        form.setToolTip(f"{name}: a federal holiday, not a business day")
        calendar.setDateTextFormat(QDate(day.year, day.month, day.day), form)
