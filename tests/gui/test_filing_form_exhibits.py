"""The statement's other exhibits ([[offer.exhibits]]) in the filing details form: rows are
added, edited and removed; what the form gives is what filing.toml holds; a number that
clashes (one of the tool's own exhibits, a row listed twice, an exhibit an earlier amendment
of the project filed) is said beside the table in the command's words."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from pathlib import Path

from PySide6.QtWidgets import QSpinBox

from amendtool.core.exhibits import StatementExhibit
from amendtool.core.filing import filing_from_dict, load_filing
from amendtool.core.series import Series
from amendtool.gui.filing_form import FilingForm
from amendtool.gui.filing_form_exhibits import ExhibitsTable
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

PRESS = {"label": "(a)(5)", "description": "Press release dated March 26, 2026."}
PLAN = {"label": "(d)(1)", "description": "2018 Equity Incentive Plan.", "filed_by": 1}


def sample() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((SAMPLES / "filing.toml").read_text(encoding="utf-8"))


def table_of(form: FilingForm) -> ExhibitsTable:
    widget = form.widgets[("offer", "exhibits")]
    assert isinstance(widget, ExhibitsTable)
    return widget


def type_row(table: ExhibitsTable, row: int, label: str, description: str) -> None:
    table.table.item(row, 0).setText(label)
    table.table.item(row, 1).setText(description)


def test_rows_are_added_edited_and_removed_as_filing_toml_holds_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    data = sample()
    data["offer"]["exhibits"] = [PRESS, PLAN]
    form = FilingForm(data)
    qtbot.addWidget(form)
    table = table_of(form)
    assert table.table.rowCount() == 2 and table.isVisibleTo(form)
    filed = table.table.cellWidget(1, 2)
    assert isinstance(filed, QSpinBox) and filed.value() == 1
    assert filed.text() == "Amendment No. 1"
    assert table.table.cellWidget(0, 2).text() == "the Schedule TO"  # type: ignore[union-attr]
    assert form.data()["offer"]["exhibits"] == [PRESS, PLAN]
    assert form.validate() == []

    table.add_button.click()
    assert table.table.rowCount() == 3
    type_row(table, 2, "(a)(9)", "Form of  letter to holders.")
    details = filing_from_dict(form.data())
    assert details.statement_exhibits[-1] == StatementExhibit(
        "(a)(9)", "Form of letter to holders.", 0
    )
    table.table.selectRow(0)
    table.remove_button.click()
    assert [e["label"] for e in form.data()["offer"]["exhibits"]] == ["(d)(1)", "(a)(9)"]
    # an empty row is no exhibit; no rows, no [[offer.exhibits]]
    table.add_button.click()
    assert len(form.data()["offer"]["exhibits"]) == 2
    table.table.selectAll()
    table.remove_button.click()
    assert "exhibits" not in form.data()["offer"]


def test_clashing_numbers_are_said_beside_the_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    data = sample()
    notice = data["amendment"]["notice_exhibit"]
    data["offer"]["exhibits"] = [PRESS, {"label": notice, "description": "Another notice."}]
    form = FilingForm(data)
    qtbot.addWidget(form)
    form.whole_form = True
    problems = form.validate()
    assert any(notice in p and "exhibit the tool files itself" in p for p in problems)
    message = form.messages[("offer", "exhibits")]
    assert not message.isHidden() and "Other exhibits" in message.text()
    assert notice in message.text()
    table = table_of(form)
    type_row(table, 1, "(a)(5)", "The same press release.")
    assert any("(a)(5) is listed twice" in p for p in form.validate())
    type_row(table, 1, "(a)(x", "A press release.")
    assert any("is not an exhibit label" in p for p in form.validate())
    type_row(table, 1, "(a)(8)", "A second press release.")
    assert form.validate() == [] and message.isHidden()


def test_a_number_an_earlier_amendment_filed_is_refused_as_the_command_refuses_it(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    first = dataclasses.replace(
        load_filing(SAMPLES / "filing.toml"), amendment_number=1, amendment_date=dt.date(2026, 4, 4)
    )
    series = Series(original)
    series.draft(revised, first)
    earlier = [series.earlier(a) for a in series.amendments]
    filed_label = earlier[0].exhibits[0][0]  # Amendment No. 1's notice
    data = sample()
    data["amendment"] = {**data["amendment"], "number": 2, "notice_exhibit": "(a)(12)"}
    data["offer"]["exhibits"] = [{"label": filed_label, "description": "A press release."}]
    form = FilingForm(data, earlier=earlier)
    qtbot.addWidget(form)
    [problem] = form.validate()
    assert f"{filed_label} is the number of the exhibit Amendment No. 1 filed" in problem
    # a number no exhibit of the statement has: no clash
    type_row(table_of(form), 0, "(a)(13)", "A press release.")
    assert form.validate() == []
