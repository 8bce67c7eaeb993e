"""An RSU exchange (or a cash offer) opened in the app: the filing form shows what is offered
in the offer's own term ("New RSUs"), the default a blank field takes, and the results form
asks for the shares covered by the New RSUs and their grant date, never for "New Options",
though filing.toml says "New Options" (copied from another offer, or left at its default)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import docx
import pytest
import tomli_w

from amendtool.gui.filing_form import FilingForm
from amendtool.gui.main_window import MainWindow
from amendtool.gui.results_dialog import ResultsDialog
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items

# (the cover's definition of what the offer gives, its term, the results' label for it)
OFFERS = [
    (
        'Acme Widgets, Inc. is offering to exchange eligible options (the "Eligible Options") '
        'for new restricted stock units (the "New RSUs").',
        "New RSUs",
        "Shares covered by the New RSUs to be granted",
    ),
    (
        'Acme Widgets, Inc. is offering to exchange eligible options (the "Eligible Options") '
        'for a cash payment (the "Cash Payment").',
        "Cash Payment",
        "",
    ),
]


def _offer(path: Path, cover: str, ratio: str) -> Path:
    word = docx.Document()
    word.add_paragraph("ACME WIDGETS, INC.")
    word.add_paragraph(cover)
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    word.add_paragraph("Options with an exercise price of $20.00 or more are eligible.")
    word.add_heading("2. Number of Options; Amount of Consideration", level=2)
    word.add_paragraph(ratio)
    word.save(str(path))
    return path


def _filing(path: Path, consideration: str | None) -> Path:
    data = tomllib.loads((SAMPLES / "filing.toml").read_text(encoding="utf-8"))
    data["offer"].pop("consideration", None)
    data["offer"]["description"] = 'the offer to exchange options (the "Eligible Options")'
    if consideration is not None:
        data["offer"]["consideration"] = consideration
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def _open(qtbot, window: MainWindow, tmp_path: Path, cover: str, given: str | None) -> None:  # type: ignore[no-untyped-def]
    original = _offer(tmp_path / "o.docx", cover, "You will receive it for every two options.")
    revised = _offer(tmp_path / "r.docx", cover, "You will receive it for every three options.")
    window.open_documents(original, revised, _filing(tmp_path / "filing.toml", given))
    wait_items(qtbot, window, 1)


@pytest.mark.parametrize(("cover", "term", "issued"), OFFERS)
def test_the_filing_form_shows_the_offers_own_term(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, cover: str, term: str, issued: str
) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, window, tmp_path, cover, None)
    shown: list[FilingForm] = []

    def look(form: FilingForm) -> int:
        shown.append(form)
        return 0  # counsel closes it

    monkeypatch.setattr(FilingForm, "exec", look)
    window.edit_filing()
    [form] = shown
    field = form.widgets[("offer", "consideration")]
    assert field.text() == ""  # type: ignore[attr-defined]
    assert field.placeholderText() == term  # type: ignore[attr-defined]
    assert f"“{term}”" in field.toolTip()
    assert "New Options" not in field.placeholderText()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("cover", "term", "issued"), OFFERS)
@pytest.mark.parametrize("given", [None, "New Options"])
def test_the_results_form_asks_in_the_offers_own_term(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch,
    cover: str,
    term: str,
    issued: str,
    given: str | None,
) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, window, tmp_path, cover, given)
    asked: list[ResultsDialog] = []

    def look(dialog: ResultsDialog) -> int:
        asked.append(dialog)
        return 0  # counsel cancels

    monkeypatch.setattr(ResultsDialog, "exec", look)
    window.amendment_menu.results()
    [dialog] = asked
    labels = dialog.labels
    assert labels.issued == issued
    said = [labels.tendered, labels.accepted, labels.issued, labels.grant_date]
    assert not [s for s in said if re.search(r"\bNew Options\b", s)], said
    if issued:
        assert labels.grant_date == f"Grant date of the {term}"
    else:  # an offer that pays asks only the date of payment
        assert "issued" not in dialog.fields and "Payment date" in labels.grant_date
