"""A revision that undoes an earlier amendment (most often the offer as filed, edited,
instead of the offer as amended) is refused by `amend` naming that amendment and its items,
until counsel confirms it; `check` keeps it in view."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.io.project_file import load_project
from tests.support.series_cli import ORIGINAL, first_amendment, next_filing, run


def test_a_revision_from_the_offer_as_filed_is_refused_naming_the_earlier_amendment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    before = project.read_bytes()
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 21))
    status, out, err = run(
        capsys, "amend", project, ORIGINAL, "--filing", filing, "--out", tmp_path / "no2"
    )
    assert status == 2, out + err
    [line] = err.strip().splitlines()
    assert "offer-to-exchange.docx" in line and "Amendment No. 1" in line, line
    assert "its items A" in line and "--reverses-earlier" in line, line
    assert "marked filed" not in err and out == ""
    assert project.read_bytes() == before and not (tmp_path / "no2").exists()
    assert [a.number for a in load_project(project).series.amendments] == [1]


def test_confirmed_it_is_drafted_and_check_still_names_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 21))
    status, _, err = run(
        capsys, "amend", project, ORIGINAL, "--filing", filing, "--out", tmp_path / "no2",
        "--reverses-earlier",
    )  # fmt: skip
    assert status == 0, err
    assert load_project(project).series.current.reverses_earlier
    _, out, err = run(capsys, "check", project)
    said = [line for line in (out + err).splitlines() if "Amendment No. 1 did" in line]
    assert said and all("warning" in line and "confirmed" in line for line in said), said
