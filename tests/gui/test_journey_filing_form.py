"""The filing details form as counsel meets it: grouped as the cover page reads, required
fields marked, every field explained, dates and times picked, the zone chosen from a list,
each problem in the field's own words beside it, and the whole form on a 1366×768 screen."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import QDate, QRect
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QGroupBox, QLineEdit

from amendtool.core.filing import filing_from_dict
from amendtool.gui.filing_form import FIELDS, GROUPS, FilingForm
from amendtool.gui.filing_form_fields import group_of
from amendtool.resources import resource_path
from tests.gui.human import type_keys

SAMPLE = resource_path("samples", "filing.toml")


def test_grouped_marked_explained_and_picked(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = FilingForm(tomllib.loads(SAMPLE.read_text()))
    qtbot.addWidget(form)
    titles = [box.title() for box in form.findChildren(QGroupBox)]
    assert titles == [GROUPS[g] for g in dict.fromkeys(group_of(t, k) for t, k, *_ in FIELDS)]
    assert all(w.toolTip() for w in form.widgets.values())  # every field explained
    assert "Example: 40839G107" in form.widgets[("securities", "cusip")].toolTip()
    captions = {label.text() for label in form.findChildren(type(form.problems))}
    assert "CUSIP *" in captions and "Short name" in captions  # required, optional
    assert isinstance(form.widgets[("amendment", "date")], QDateEdit)
    assert form.widgets[("amendment", "date")].calendarPopup()  # type: ignore[attr-defined]
    assert isinstance(form.widgets[("offer", "expiration")], QDateTimeEdit)
    zone = form.widgets[("offer", "time_zone")]
    assert isinstance(zone, QComboBox) and zone.count() >= 6
    assert "Eastern Time" in zone.currentText()
    assert form.validate() == []
    details = filing_from_dict(form.data())  # the pickers give what filing.toml holds
    original = filing_from_dict(tomllib.loads(SAMPLE.read_text()))
    assert details == original


def test_a_problem_is_shown_beside_its_field_in_its_own_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = FilingForm(tomllib.loads(SAMPLE.read_text()))
    qtbot.addWidget(form)
    form.show()
    cusip = form.widgets[("securities", "cusip")]
    assert isinstance(cusip, QLineEdit)
    cusip.clear()
    message = form.messages[("securities", "cusip")]
    assert message.isVisible() and message.text() == "CUSIP is required"
    assert "securities.cusip" not in form.problems.text()
    type_keys(cusip, "40839G107", pauses=(10,))
    assert not message.isVisible()
    date = form.widgets[("amendment", "date")]
    assert isinstance(date, QDateEdit)
    date.setDate(QDate(1999, 1, 4))  # before the offer began
    assert "Amendment date" in form.problems.text()


def test_the_form_fits_a_1366_by_768_screen(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from amendtool.gui import screen_fit

    monkeypatch.setattr(screen_fit, "available", lambda widget: QRect(0, 0, 1366, 728))
    form = FilingForm(tomllib.loads(SAMPLE.read_text()))
    qtbot.addWidget(form)
    form.show()
    assert form.width() <= 1366 and form.height() <= 728
    # long values are read in boxes of several lines
    assert form.widgets[("offer", "description")].height() > 40
