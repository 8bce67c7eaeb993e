"""A value longer than its one-line box in the filing details form is shown from its
beginning, as counsel reads it ("Senior Vice President, General…"), never from its end
("…ce President, General Counsel and Secretary"): when the form opens on a 1366×768 screen
and when a filing.toml is imported into it."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QComboBox, QLineEdit

from amendtool.gui.filing_form import FilingForm
from amendtool.resources import resource_path
from tests.gui.human import pause

SAMPLE = resource_path("samples", "filing.toml")
LONG = {
    ("issuer", "name"): "Halvorsen Networks and Brightline Systems Holdings International, Inc.",
    ("agent", "company"): "Halvorsen Networks and Brightline Systems Holdings International, Inc.",
    ("signature", "title"): "Executive Vice President, Chief Legal Officer, General Counsel and "
    "Corporate Secretary",
    ("notice", "to"): "Halvorsen Employees Holding Eligible Options Granted Under the 2018 Plan "
    "and the Brightline Systems, Inc. Stock Option Plan",
}


def one_line_boxes(form: FilingForm) -> dict[tuple[str, str], QLineEdit]:
    boxes = {}
    for key, widget in form.widgets.items():
        if isinstance(widget, QComboBox) and widget.isEditable():
            widget = widget.lineEdit()
        if isinstance(widget, QLineEdit):
            boxes[key] = widget
    return boxes


def too_long(box: QLineEdit) -> bool:
    return box.fontMetrics().horizontalAdvance(box.text()) > box.contentsRect().width()


def assert_read_from_the_start(form: FilingForm) -> list[tuple[str, str]]:
    form.grab()  # painted as on screen: where each box has scrolled to
    long = [key for key, box in one_line_boxes(form).items() if too_long(box)]
    for key in long:
        box = one_line_boxes(form)[key]
        # the text cursor sits before the first letter, at the box's left edge
        assert box.cursorPosition() == 0, (key, box.text())
        assert box.cursorRect().left() < box.width() // 8, (key, box.cursorRect())
    return long


def with_long_values(data: dict[str, Any]) -> dict[str, Any]:
    for (table, key), value in LONG.items():
        data.setdefault(table, {})[key] = value
    return data


@pytest.fixture
def laptop(monkeypatch):  # type: ignore[no-untyped-def]
    from amendtool.gui import screen_fit

    monkeypatch.setattr(screen_fit, "available", lambda widget: QRect(0, 0, 1366, 728))


@pytest.mark.parametrize("shape", ["sample", "long values"])
def test_a_long_value_is_shown_from_its_beginning_when_the_form_opens(
    qtbot, laptop, shape: str
) -> None:  # type: ignore[no-untyped-def]
    data = tomllib.loads(SAMPLE.read_text())
    if shape == "long values":
        data = with_long_values(data)
    form = FilingForm(data)
    qtbot.addWidget(form)
    form.show()
    pause(20)
    long = assert_read_from_the_start(form)
    assert ("agent", "title") in long  # the sample's own: "Senior Vice President, …"
    if shape == "long values":
        assert set(LONG) <= set(long)


def test_a_long_value_is_shown_from_its_beginning_after_an_import(
    qtbot, laptop, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    form = FilingForm(None)
    qtbot.addWidget(form)
    form.show()
    pause(20)
    path = tmp_path / "filing.toml"
    path.write_bytes(tomli_w.dumps(with_long_values(tomllib.loads(SAMPLE.read_text()))).encode())
    form.import_toml(str(path))
    pause(20)
    long = assert_read_from_the_start(form)
    assert set(LONG) <= set(long)
    assert one_line_boxes(form)[("signature", "title")].text() == LONG[("signature", "title")]
