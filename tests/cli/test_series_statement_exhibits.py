"""The statement's other exhibits, recorded in an amendment's filing details, are listed in
its exhibit index as previously filed, kept in the project for the amendments after it, and
refused in one line where a number is one an amendment of the project filed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.io.project_file import load_project
from tests.support.series_cli import first_amendment, next_filing, run

RECORDED = [
    {"label": "(d)(1)", "description": "Halvorsen 2019 Equity Incentive Plan."},
    {"label": "(a)(5)", "description": "Press release dated April 2, 2026.", "filed_by": 1},
]


def index_lines(text: str) -> list[str]:
    start = text.index("INDEX TO EXHIBITS")
    block = text[start:].split("Previously filed.")[0]
    return [line.split()[0] for line in block.splitlines() if line.startswith("(")]


def test_recorded_exhibits_are_listed_and_kept_in_the_project(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 10), offer__exhibits=RECORDED)
    status, _, err = run(
        capsys, "extend", project, "--to", "2026-04-30 23:59", "--filing", filing,
        "--out", tmp_path / "no2",
    )  # fmt: skip
    assert status == 0, err
    text = (tmp_path / "no2" / "schedule-to-amendment.txt").read_text(encoding="ascii")
    assert index_lines(text) == ["(a)(1)*", "(a)(3)*", "(a)(5)*", "(a)(6)*", "(a)(7)", "(d)(1)*"]
    assert "Halvorsen 2019 Equity Incentive Plan." in text
    entry = load_project(project).series.amendments[-1]
    assert entry.filing is not None
    assert [e.label for e in entry.filing.statement_exhibits] == ["(d)(1)", "(a)(5)"]


def test_a_recorded_number_an_earlier_notice_has_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    before = project.read_bytes()
    clash = [{"label": "(a)(6)", "description": "Press release.", "filed_by": 1}]
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 10), offer__exhibits=clash)
    status, out, err = run(
        capsys, "extend", project, "--to", "2026-04-30 23:59", "--filing", filing,
        "--out", tmp_path / "no2",
    )  # fmt: skip
    assert status == 2, out + err
    [line] = err.strip().splitlines()
    assert "offer.exhibits (a)(6), the number of the exhibit Amendment No. 1 filed" in line
    assert project.read_bytes() == before and not (tmp_path / "no2").exists()
