"""A filing.toml that gives a list where a field takes text (issuer.name = ["…", "…"]) is
not taken as that text, nor shown as missing: the form says what `amendtool check` says of
the field, beside it and in the list of problems, until counsel types the field again."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from amendtool.cli import main as cli_main
from amendtool.gui.filing_form import FilingForm
from tests.conftest import SAMPLES

LISTS = {
    ("issuer", "name"): '["Halvorsen Networks, Inc.", "Halvorsen"]',
    ("securities", "title"): '["Options to purchase", "common stock"]',
}


def listed_filing(tmp_path: Path) -> Path:
    text = (SAMPLES / "filing.toml").read_text("utf-8")
    for (table, key), value in LISTS.items():
        section = text.index(f"[{table}]")
        head, tail = text[:section], text[section:]
        tail = re.sub(rf"^{key} = .*$", f"{key} = {value}", tail, count=1, flags=re.M)
        text = head + tail
    path = tmp_path / "filing.toml"
    path.write_text(text, "utf-8")
    return path


def said_by_check(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What `amendtool check` says of each field, without its 'amendtool: FILE: '."""
    capsys.readouterr()
    cli_main(
        [
            "check",
            str(SAMPLES / "offer-to-exchange.docx"),
            str(SAMPLES / "offer-to-exchange-revised.docx"),
            "--filing",
            str(path),
        ]
    )
    lines = capsys.readouterr().err.splitlines()
    return [re.sub(r"^amendtool: [^:]+: ", "", line).split(" (")[0] for line in lines]


def test_a_list_where_text_belongs_is_named_as_the_command_names_it(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    path = listed_filing(tmp_path)
    said = said_by_check(path, capsys)
    assert "Issuer must be text in quotes" in said[0]
    form = FilingForm(None)
    qtbot.addWidget(form)
    form.import_toml(str(path))
    problems = form.problems.text()
    for table, key in LISTS:
        widget = form.widgets[(table, key)]
        shown = widget.text() if hasattr(widget, "text") else widget.toPlainText()
        assert "[" not in shown and "Halvorsen Networks, Inc. Halvorsen" not in shown, shown
        beside = form.messages[(table, key)]
        assert not beside.isHidden() and "must be text in quotes" in beside.text()
        assert "missing" not in beside.text() and "required" not in beside.text()
    for line in said:
        assert line in problems, (line, problems)
    assert form.data()["issuer"]["name"] != str(["Halvorsen Networks, Inc.", "Halvorsen"])
    # counsel types the name: its problem goes
    form.widgets[("issuer", "name")].setText("Halvorsen Networks, Inc.")
    form.validate()
    assert form.messages[("issuer", "name")].isHidden()
    assert "Issuer must be text" not in form.problems.text()
    assert "Title of class must be text in quotes" in form.problems.text()
