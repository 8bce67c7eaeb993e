"""Every example a filing details tooltip gives is accepted by the same form: counsel who
types the example as shown (a CUSIP, a time zone, an exhibit number, an address) gets no
problem for that field, in an option exchange and in an offer to holders alike."""

from __future__ import annotations

import copy
import datetime as dt
import re
import tomllib
from typing import Any

import pytest

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QSpinBox

from amendtool.core.filing_fields import FIELDS, labelled
from amendtool.gui.filing_form import FilingForm
from amendtool.gui.filing_form_exhibits import FIRST_FILED, ExhibitsTable
from tests.conftest import SAMPLES

KINDS = {(table, key): kind for table, key, _, kind in FIELDS}
_EXAMPLE = re.compile(r"\bExample(s?): (.*)$")


def sample() -> dict[str, Any]:
    return tomllib.loads((SAMPLES / "filing.toml").read_text(encoding="utf-8"))


def examples(tip: str) -> list[str]:
    """What a tooltip offers to type: the rest of its first line after "Example: ", or each
    of "Examples: a; b"."""
    match = _EXAMPLE.search(tip.splitlines()[0] if tip else "")
    if match is None:
        return []
    return [e.strip() for e in match.group(2).split("; ")] if match.group(1) else [match.group(2)]


def type_example(form: FilingForm, key: tuple[str, str], text: str) -> None:
    """`text` entered in the field as counsel would enter what the tooltip shows."""
    widget = form.widgets[key]
    if isinstance(widget, ExhibitsTable):
        label, description, filed_with = re.split(r"\s{2,}", text)
        assert filed_with == FIRST_FILED
        widget.set_rows([{"label": label, "description": description}])
    elif isinstance(widget, QDateTimeEdit):
        moment = dt.datetime.strptime(
            text.replace("p.m.", "PM").replace("a.m.", "AM"), "%B %d, %Y, %I:%M %p"
        )
        widget.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(text))
    elif isinstance(widget, QComboBox):
        widget.setEditText(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text.replace(" / ", "\n") if KINDS[key] == "lines" else text)
    else:
        assert isinstance(widget, QLineEdit), key
        widget.setText(text)


@pytest.mark.parametrize("title", ["Offer to Exchange", "Offer to Purchase for Cash"])
def test_every_tooltip_example_passes_the_forms_own_checks(qtbot, title: str) -> None:  # type: ignore[no-untyped-def]
    data = sample()
    data["offer"]["document_title"] = title
    form = FilingForm(data)
    qtbot.addWidget(form)
    assert form.validate() == []
    shown = [(key, text) for key, w in form.widgets.items() for text in examples(w.toolTip())]
    assert len(shown) > 30  # nearly every field shows one
    refused = []
    for key, text in shown:
        blank = copy.deepcopy(data)  # the field empty, so what is read back is the example
        blank[key[0]].pop(key[1], None)
        form.load(blank)
        type_example(form, key, text)
        refused += [(key, text, p) for p in form.validate() if labelled(p)[0] == key]
        assert form.data()[key[0]][key[1]] not in ("", [], None), (key, text)
    assert refused == []


def test_the_cusip_example_is_a_cusip(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The example the reviewer tried: the form's CUSIP check accepts it."""
    form = FilingForm(sample())
    qtbot.addWidget(form)
    (cusip,) = examples(form.widgets[("securities", "cusip")].toolTip())
    type_example(form, ("securities", "cusip"), cusip)
    assert [p for p in form.validate() if labelled(p)[0] == ("securities", "cusip")] == []
