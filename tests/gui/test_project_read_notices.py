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
