"""The filing details form edits the offer's own terms like every other filing.toml key."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QLineEdit

from amendtool.core.filing import filing_from_dict
from amendtool.gui.filing_form import FilingForm


def test_the_offers_own_terms_are_edited_in_the_form(qtbot, example_filing_toml: Path) -> None:  # type: ignore[no-untyped-def]
    form = FilingForm(tomllib.loads(example_filing_toml.read_text()))
    qtbot.addWidget(form)
    fields = {
        key: form.widgets[("offer", key)]
        for key in ("consideration", "tendered", "transmittal_document")
    }
    assert all(isinstance(w, QLineEdit) and not w.text() for w in fields.values())
    assert fields["transmittal_document"].placeholderText() == "Election Form"  # type: ignore[attr-defined]
    assert filing_from_dict(form.data()).consideration == "New Options"  # blank: the default
    fields["consideration"].setText("Purchase Price")  # type: ignore[attr-defined]
    fields["transmittal_document"].setText("Letter of Transmittal")  # type: ignore[attr-defined]
    assert form.validate() == []
    filing = filing_from_dict(form.data())
    assert (filing.consideration, filing.transmittal_document) == (
        "Purchase Price",
        "Letter of Transmittal",
    )
    form.load(filing.to_toml_dict())
    assert fields["consideration"].text() == "Purchase Price"  # type: ignore[attr-defined]


def test_the_statements_exhibits_are_kept_through_the_form(  # type: ignore[no-untyped-def]
    qtbot, example_filing_toml: Path
) -> None:
    data = tomllib.loads(example_filing_toml.read_text())
    recorded = [{"label": "(d)(1)", "description": "Amended and Restated Stock Option Plan."}]
    data["offer"]["exhibits"] = recorded
    form = FilingForm(data)
    qtbot.addWidget(form)
    form.widgets[("signature", "name")].setText("R. Zuckerman")  # type: ignore[attr-defined]
    filing = filing_from_dict(form.data())
    assert filing.signature_name == "R. Zuckerman"
    assert [(e.label, e.description) for e in filing.statement_exhibits] == [
        ("(d)(1)", "Amended and Restated Stock Option Plan.")
    ]


def test_the_issuers_form_and_defined_name_are_edited_in_the_form(  # type: ignore[no-untyped-def]
    qtbot, example_filing_toml: Path
) -> None:
    from amendtool.core.offer_names import defined_name, entity_form

    form = FilingForm(tomllib.loads(example_filing_toml.read_text()))
    qtbot.addWidget(form)
    kind = form.widgets[("issuer", "entity_form")]
    name = form.widgets[("issuer", "defined_name")]
    assert isinstance(kind, QLineEdit) and isinstance(name, QLineEdit)
    assert not kind.text() and name.placeholderText() == "the Company"
    form.widgets[("issuer", "name")].setText("Bramblewick Partners, L.P.")  # type: ignore[attr-defined]
    filing = filing_from_dict(form.data())
    assert (entity_form(filing), defined_name(filing)) == ("limited partnership", "the Partnership")
    kind.setText("limited liability company")
    name.setText("the Fund")
    assert form.validate() == []
    filing = filing_from_dict(form.data())
    assert (filing.entity_form, filing.defined_name) == ("limited liability company", "the Fund")
    form.load(filing.to_toml_dict())
    assert kind.text() == "limited liability company"
