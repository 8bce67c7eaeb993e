"""The filing details form speaks of whom the offer's notice is for: in a holders' offer (an
Offer to Purchase of preferred stock) no group title, tooltip or choice says "employees";
typing another title turns them as the notice's wording turns."""

from __future__ import annotations

import tomllib

from PySide6.QtWidgets import QComboBox, QLineEdit

from amendtool.gui.filing_form import FilingForm
from tests.conftest import SAMPLES


def sample() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((SAMPLES / "filing.toml").read_text(encoding="utf-8"))


def said(form: FilingForm) -> list[str]:
    texts = [box.title() for box in form.group_boxes.values()]
    texts += [w.toolTip() for w in form.widgets.values()]
    texts += [c.toolTip() for c in form.captions.values()]
    style = form.widgets[("notice", "style")]
    assert isinstance(style, QComboBox)
    texts += [style.itemText(i) for i in range(style.count())]
    return texts


def test_a_holders_offer_never_speaks_of_employees(qtbot) -> None:  # type: ignore[no-untyped-def]
    data = sample()
    data["offer"]["document_title"] = "Offer to Purchase for Cash"
    form = FilingForm(data)
    qtbot.addWidget(form)
    assert form.group_boxes["notice"].title() == "Notice to holders"
    assert form.captions[("offer", "election_form_exhibit")].text() == (
        "Transmittal form's exhibit no. *"
    )
    assert not [t for t in said(form) if "employee" in t.lower()]
    style = form.widgets[("notice", "style")]
    assert isinstance(style, QComboBox) and style.itemText(0) == "Plain English, for holders"
    assert "holders ask" in form.widgets[("notice", "contact")].toolTip()
    assert (
        "the notice to holders is filed as"
        in form.widgets[("amendment", "notice_exhibit")].toolTip()
    )
    # an option exchange's title: the form speaks of employees again, and back
    title = form.widgets[("offer", "document_title")]
    assert isinstance(title, QLineEdit)
    title.setText("Offer to Exchange Outstanding Options")
    assert form.group_boxes["notice"].title() == "Notice to employees"
    assert form.captions[("offer", "election_form_exhibit")].text() == (
        "Election form's exhibit no. *"
    )
    assert "employees ask" in form.widgets[("notice", "contact")].toolTip()
    title.setText("Offer to Purchase")
    assert not [t for t in said(form) if "employee" in t.lower()]
    # what is entered is the same whatever the labels say
    assert form.data()["notice"]["style"] == data["notice"].get("style", "plain")
