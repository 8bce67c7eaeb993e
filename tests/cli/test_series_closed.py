"""Nothing follows the final amendment reporting the results, another report of results
included: refused with one line, nothing written; the final amendment itself, still a
draft, may be drafted again as what it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.io.project_file import load_project
from tests.support.series_cli import first_amendment, next_filing, run

RESULTS = {
    "results__tendered": 100,
    "results__accepted": 100,
    "results__issued": 100,
    "results__grant_date": dt.date(2026, 5, 26),
}


def test_no_second_report_of_results_follows_the_final_amendment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    final = next_filing(tmp_path, 2, dt.date(2026, 4, 24), **RESULTS)
    status, _, err = run(capsys, "results", project, "--filing", final, "--out", tmp_path / "no2")
    assert status == 0, err
    # drafted again as what it is, while a draft
    again = next_filing(tmp_path, 2, dt.date(2026, 4, 24), **{**RESULTS, "results__issued": 90})
    status, _, err = run(capsys, "results", project, "--filing", again, "--out", tmp_path / "no2")
    assert status == 0, err
    before = project.read_bytes()
    later = next_filing(tmp_path, 3, dt.date(2026, 4, 27), **RESULTS)
    status, _, err = run(capsys, "results", project, "--filing", later, "--out", tmp_path / "no3")
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert "Amendment No. 2 is the final amendment reporting the results" in line
    assert "no amendment follows it" in line
    assert project.read_bytes() == before and not (tmp_path / "no3").exists()
    series = load_project(project).series
    assert [(a.number, a.kind.value) for a in series.amendments] == [(1, "text"), (2, "results")]
    assert series.current.results is not None and series.current.results["issued"] == 90


def test_once_the_final_amendment_is_filed_no_command_is_advised_that_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    final = next_filing(tmp_path, 2, dt.date(2026, 4, 24), **RESULTS)
    status, _, err = run(capsys, "results", project, "--filing", final, "--out", tmp_path / "no2")
    assert status == 0, err
    status, _, err = run(capsys, "filed", project)
    assert status == 0, err
    for args in (
        ["plain", project, "A", "--text", "Plain words."],
        ["classify", project, "A", "clarifying"],
    ):
        status, _, err = run(capsys, *args)
        assert status == 2, err
        [line] = err.strip().splitlines()
        assert "the series is closed" in line, line
        assert "amendtool amend" not in line, line  # refused after the final amendment
