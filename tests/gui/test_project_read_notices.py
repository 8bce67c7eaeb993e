"""A project edited by hand with a terminal's colour code in it opens in the app with what was
taken out said in the status bar, as the command line says it, and the code gone whole."""

from __future__ import annotations

import json
from pathlib import Path

from amendtool.cli import main
from tests.conftest import SAMPLES


def test_a_colour_code_typed_into_a_project_is_said_when_it_opens(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hand-edited.amend"
    argv = ["draft", str(SAMPLES / "offer-to-exchange.txt")]
    argv += [str(SAMPLES / "offer-to-exchange-revised.txt"), "--filing"]
    argv += [str(SAMPLES / "filing.toml"), "--out", str(tmp_path / "out"), "--project", str(path)]
    assert main(argv) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    paragraph = data["original"]["sections"][1]["paragraphs"][0]
    paragraph["text"] = "Bad \x1b[31m " + paragraph["text"]
    path.write_text(json.dumps(data), encoding="utf-8")
    window.open_project(path)
    said = window.statusBar().currentMessage()
    assert "hand-edited.amend" in said
    assert "escape sequence ESC[31m" in said
    opened = window.session.series.original.sections[1].paragraphs[0].text
    assert opened.startswith("Bad ") and "[31m" not in opened


def test_filing_details_refused_on_opening_are_said_in_a_dialog(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """As `amendtool check` refuses them: an expiration in year 9999 saved in the project."""
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "year-9999.amend"
    argv = ["draft", str(SAMPLES / "offer-to-exchange.txt")]
    argv += [str(SAMPLES / "offer-to-exchange-revised.txt"), "--filing"]
    argv += [str(SAMPLES / "filing.toml"), "--out", str(tmp_path / "out"), "--project", str(path)]
    assert main(argv) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    offer = data["amendments"][0]["filing"]["offer"]
    offer["expiration"] = "9999-12-31T23:59:00"
    path.write_text(json.dumps(data), encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    window.open_project(path)
    assert len(said) == 1, said
    assert "Amendment No. 1 has no valid filing details" in said[0]
    assert "9999-12-31 is not a plausible date" in said[0] and "Filing Details" in said[0]
    assert window.session.series is not None  # the rest of the project is open
