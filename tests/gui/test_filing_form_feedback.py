"""The filing details form speaks when counsel has done something: a new form opens without
errors; a field's problem shows once it is touched, or all of them when OK is pressed, in
the picker's own terms; OK with a problem keeps the form open on the first bad field; an
empty date picker opens at the statement's month or today, never January 1900."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QDialogButtonBox, QLineEdit

from amendtool.core.model import Document
from amendtool.core.series import SeriesAmendment
from amendtool.gui.filing_form import FilingForm
from amendtool.gui.series_view import entry_label
from amendtool.resources import resource_path
from tests.gui.human import press, type_keys

SAMPLE = resource_path("samples", "filing.toml")


def visible_messages(form: FilingForm) -> dict[tuple[str, str], str]:
    return {key: label.text() for key, label in form.messages.items() if label.isVisible()}


def open_calendar(picker: QDateTimeEdit):  # type: ignore[no-untyped-def]
    """Counsel clicks the picker's arrow: its calendar drops down."""
    arrow = QPoint(picker.width() - 5, picker.height() // 2)
    QTest.mouseClick(picker, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = picker.calendarWidget()
    assert calendar.isVisible()
    return calendar


def ok(form: FilingForm) -> None:
    form.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_new_form_is_quiet_until_a_field_is_touched_or_ok_pressed(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = FilingForm(None)
    qtbot.addWidget(form)
    form.show()
    assert visible_messages(form) == {}
    assert not form.problems_area.isVisible()
    cusip = form.widgets[("securities", "cusip")]
    assert isinstance(cusip, QLineEdit)
    type_keys(cusip, "4", pauses=(10,))
    press(cusip, Qt.Key.Key_Backspace)
    assert list(visible_messages(form)) == [("securities", "cusip")]
    ok(form)
    assert form.isVisible() and form.result() == 0  # kept open, nothing lost
    shown = visible_messages(form)
    assert len(shown) > 10
    first = form.widgets[("issuer", "name")]
    assert QApplication.focusWidget() is first  # the first bad field, in the form's order
    said = " ".join(shown.values()) + form.problems.text()
    assert "2001-09-13" not in said and "T23:59" not in said and "America/New_York" not in said
    assert "Schedule TO filed: choose a date" in form.problems.text()
    assert "Expires (local time): choose a date and time" in form.problems.text()


def test_ok_closes_a_complete_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = FilingForm(tomllib.loads(SAMPLE.read_text()))
    qtbot.addWidget(form)
    form.show()
    assert visible_messages(form) == {}
    ok(form)
    assert form.result() == 1 and not form.isVisible()


# the offscreen platform cannot raise a popup nor grab the keyboard for it
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_an_empty_picker_opens_at_the_statements_month_or_today(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = FilingForm(None)
    qtbot.addWidget(form)
    form.show()
    today = dt.date.today()
    expiration = form.widgets[("offer", "expiration")]
    assert isinstance(expiration, QDateTimeEdit)
    calendar = open_calendar(expiration)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    calendar.window().hide()
    data = {"offer": {"statement_filed": "2026-04-14"}}
    form = FilingForm(data)
    qtbot.addWidget(form)
    form.show()
    for key in (("offer", "expiration"), ("amendment", "date")):
        picker = form.widgets[key]
        assert isinstance(picker, QDateTimeEdit)
        calendar = open_calendar(picker)
        assert (calendar.yearShown(), calendar.monthShown()) == (2026, 4), key
        calendar.window().hide()
    assert isinstance(form.widgets[("amendment", "date")], QDateEdit)
    assert form.data()["amendment"]["date"] == ""  # looking is not choosing


def test_the_amendments_list_tells_incomplete_details_from_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    data = {"issuer": {"name": "Acme"}}
    entered = SeriesAmendment(1, Document(sections=[]), [], filing=None, filing_data=data)
    assert "no filing details yet" not in entry_label(entered)
    assert "filing details incomplete" in entry_label(entered)
    none = SeriesAmendment(1, Document(sections=[]), [])
    assert "no filing details yet" in entry_label(none)
