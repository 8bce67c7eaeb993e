"""`amendtool filed PROJECT` marks the last amendment filed: the only way on the command
line to lock the final amendment, which no later amendment follows to lock it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.io.project_file import load_project
from tests.support.series_cli import first_amendment, next_filing, run

RESULTS = {
    "results__tendered": 1200000,
    "results__accepted": 1200000,
    "results__issued": 600000,
    "results__grant_date": dt.date(2026, 4, 27),
}


def test_the_final_amendment_is_marked_filed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 24), **RESULTS)
    status, _, err = run(capsys, "results", project, "--filing", filing, "--out", tmp_path / "no2")
    assert status == 0, err
    assert not load_project(project).series.current.locked

    status, out, err = run(capsys, "filed", project)
    assert status == 0, err
    assert out.strip() == "Amendment No. 2 is now marked filed (locked)"
    series = load_project(project).series
    assert [a.locked for a in series.amendments] == [True, True]

    before = project.read_bytes()
    status, _, err = run(capsys, "filed", project)
    assert status == 2
    [line] = err.strip().splitlines()
    assert "Amendment No. 2 is already marked filed" in line
    assert project.read_bytes() == before
