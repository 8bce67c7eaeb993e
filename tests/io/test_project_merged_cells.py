"""A project of an offer whose table has a merged cell (a "Sales price" heading over High
and Low) opens again: each row's column spans were saved as a JSON list and checked, when
read back, against the model's tuple, so `check`, `export` and `plain` all called the project
damaged and sent counsel to a recovery copy."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from amendtool import cli
from amendtool.io.load import load_document
from amendtool.io.project_file import load_project

ROOT = Path(__file__).resolve().parents[2]
FILING = ROOT / "resources" / "samples" / "filing.toml"


def _offer(path: Path, extra: str) -> Path:
    word = docx.Document()
    word.add_heading("Section 1. Price Range.", level=2)
    word.add_paragraph("The table below sets forth the high and low sales prices." + extra)
    table = word.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [["", "Sales price", ""], ["Quarter", "High", "Low"], ["Q1", "$1", "$2"]]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Sales price"
    word.add_heading("Section 2. Other Matters.", level=2)
    word.add_paragraph("Nothing else changes in this section of the offer.")
    word.save(str(path))
    return path


def test_a_project_with_a_merged_cell_opens_again(tmp_path: Path) -> None:
    original = _offer(tmp_path / "o.docx", "")
    revised = _offer(tmp_path / "r.docx", " Updated.")
    spans = [p.spans for s in load_document(original).sections for p in s.paragraphs]
    assert (1, 2, 0) in spans  # the merged cell is read as spanning two columns
    project = tmp_path / "offer.amend"
    argv = ["draft", str(original), str(revised), "--filing", str(FILING)]
    assert cli.main([*argv, "--out", str(tmp_path / "out"), "--project", str(project)]) == 0
    opened = load_project(project)
    assert [p.spans for s in opened.original.sections for p in s.paragraphs] == spans


@pytest.mark.parametrize("command", ["check", "plain"])
def test_commands_on_a_project_with_a_merged_cell_do_not_call_it_damaged(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = _offer(tmp_path / "o.docx", "")
    revised = _offer(tmp_path / "r.docx", " Updated.")
    project = tmp_path / "offer.amend"
    argv = ["draft", str(original), str(revised), "--filing", str(FILING)]
    assert cli.main([*argv, "--out", str(tmp_path / "out"), "--project", str(project)]) == 0
    capsys.readouterr()
    cli.main([command, str(project)])
    assert "damaged" not in capsys.readouterr().err
