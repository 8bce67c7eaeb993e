"""A multi-line box of the filing details form shows its whole value (the title of the
class, the offer's description, the notice's delivery paragraph), growing as counsel types,
rather than scrolling inside a box of three lines; only a value of many lines scrolls."""

from __future__ import annotations

import tomllib

import pytest

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPlainTextEdit

from amendtool.gui.filing_form import FilingForm
from amendtool.resources import resource_path
from tests.gui.human import pause, type_keys

SAMPLE = resource_path("samples", "filing.toml")
DESCRIPTION = (
    "the offer by the Company to exchange options outstanding under the Halvorsen Networks, "
    "Inc. 2018 Equity Incentive Plan (the “2018 Plan”) and the Brightline Systems, Inc. Stock "
    "Option Plan, as assumed by the Company, having an exercise price greater than $12.00 per "
    "share and held by eligible employees, for new options to be granted under the 2018 Plan, "
    "upon the terms and subject to the conditions set forth in the Offer to Exchange"
)


def text_boxes(form: FilingForm) -> dict[tuple[str, str], QPlainTextEdit]:
    return {k: w for k, w in form.widgets.items() if isinstance(w, QPlainTextEdit)}


def assert_each_shown_whole(form: FilingForm) -> None:
    for key, box in text_boxes(form).items():
        bar = box.verticalScrollBar()
        assert bar.maximum() == 0, (key, box.height(), box.toPlainText()[:40])


@pytest.fixture
def laptop(monkeypatch):  # type: ignore[no-untyped-def]
    from amendtool.gui import screen_fit

    monkeypatch.setattr(screen_fit, "available", lambda widget: QRect(0, 0, 1366, 728))


@pytest.mark.parametrize("shape", ["sample", "long description"])
def test_every_multi_line_box_shows_its_whole_value(qtbot, laptop, shape: str) -> None:  # type: ignore[no-untyped-def]
    data = tomllib.loads(SAMPLE.read_text())
    if shape == "long description":
        data["offer"]["description"] = DESCRIPTION
        data["notice"]["explanation"] = DESCRIPTION
    form = FilingForm(data)
    qtbot.addWidget(form)
    form.show()
    pause(30)
    assert_each_shown_whole(form)
    # a box with little in it keeps the height its kind is given (room to type)
    underlying = text_boxes(form)[("securities", "underlying")]
    assert underlying.height() >= 40
    form.resize(form.width() - 200, form.height())  # narrower: more lines, still whole
    pause(30)
    assert_each_shown_whole(form)


def test_a_box_grows_as_counsel_types_and_shrinks_back(qtbot, laptop) -> None:  # type: ignore[no-untyped-def]
    form = FilingForm(tomllib.loads(SAMPLE.read_text()))
    qtbot.addWidget(form)
    form.show()
    pause(30)
    box = text_boxes(form)[("offer", "withdrawal_reason")]
    empty = box.height()
    box.setFocus()
    reason = "Withdrawal rights end when we accept the options, as Rule 13e-4(f)(2) allows. "
    type_keys(box, reason * 4, pauses=(0,))
    pause(30)
    assert box.height() > empty
    assert box.verticalScrollBar().maximum() == 0
    box.clear()
    pause(30)
    assert box.height() == empty


def test_only_a_value_of_many_lines_scrolls(qtbot, laptop) -> None:  # type: ignore[no-untyped-def]
    data = tomllib.loads(SAMPLE.read_text())
    data["offer"]["description"] = " ".join([DESCRIPTION] * 8)
    form = FilingForm(data)
    qtbot.addWidget(form)
    form.show()
    pause(30)
    box = text_boxes(form)[("offer", "description")]
    assert box.height() < form.height() // 2  # the form stays a form
    assert box.verticalScrollBar().maximum() > 0
