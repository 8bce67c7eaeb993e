"""An amendment that changes nothing is refused: the revised offer given to `amend` states
the offer exactly as the amendments before it leave it, so there is nothing to file, and
the earlier amendment must not be marked filed for it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.support.series_cli import first_amendment, next_filing, run

REVISED = SAMPLES / "offer-to-exchange-revised.docx"


def test_the_same_revised_offer_again_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    before = project.read_bytes()
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 10))
    status, out, err = run(
        capsys, "amend", project, REVISED, "--filing", filing, "--out", tmp_path / "no2"
    )
    assert status == 2, out + err
    [line] = err.strip().splitlines()
    assert "offer-to-exchange-revised.docx" in line and "no change" in line, line
    assert "Amendment No. 1" in line, line
    assert "marked filed" not in err and out == ""
    assert project.read_bytes() == before and not (tmp_path / "no2").exists()
    series = load_project(project).series
    assert [a.number for a in series.amendments] == [1] and not series.current.locked


def test_an_extension_changes_only_the_expiration_and_is_drafted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 10))
    status, out, err = run(
        capsys, "extend", project, "--to", "2026-04-30 23:59", "--filing", filing,
        "--out", tmp_path / "no2",
    )  # fmt: skip
    assert status == 0, err
    assert "Amendment No. 2" in out
