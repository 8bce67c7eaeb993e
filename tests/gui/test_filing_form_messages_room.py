"""A field's message under it in the filing details form is shown whole: when OK shows every
message at once, and when the form is resized, each message has the height its wrapped
lines need, and no field or message lies over another."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from amendtool.gui.filing_form import FilingForm
from amendtool.gui.main_window import MainWindow
from tests.gui.human import pause, type_keys


def in_body(form: FilingForm, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(form, widget.rect().topLeft()), widget.size())


def assert_shown_whole(form: FilingForm) -> None:
    shown = [label for label in form.messages.values() if label.isVisible()]
    assert any("check digit" in label.text() for label in shown)
    for label in shown:
        need = label.heightForWidth(label.width())
        assert label.height() >= need, (label.text(), label.width(), label.height(), need)
    boxes = [in_body(form, w) for w in [*form.widgets.values(), *shown] if w.isVisible()]
    for n, one in enumerate(boxes):
        for other in boxes[n + 1 :]:
            assert not one.intersects(other), (one, other)


@pytest.mark.parametrize("width", [None, 900])
def test_the_cusip_message_is_shown_whole_after_ok(
    qtbot, window: MainWindow, width: int | None
) -> None:  # type: ignore[no-untyped-def]
    form = FilingForm(None, window)
    qtbot.addWidget(form)
    form.show()
    cusip = form.widgets[("securities", "cusip")]
    assert isinstance(cusip, QLineEdit)
    type_keys(cusip, "40612R105", pauses=(10,))  # a wrong check digit
    form.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    pause(50)
    if width is not None:  # counsel resizes the form: it reflows
        form.resize(width, form.height())
        pause(50)
    assert_shown_whole(form)
