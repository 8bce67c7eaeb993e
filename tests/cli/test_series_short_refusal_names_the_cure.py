"""Starting the next amendment while the open one is short of the period its changes
require is refused with the cure named: extend the offer (as the next amendment, which
cures the period, or in the open one itself), each with the command that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.cli.test_series_amend_extends import revised_offer
from tests.support.series_cli import first_amendment, next_filing, run


def test_the_next_amendment_refused_for_a_short_period_names_the_extension(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    revised = revised_offer(tmp_path, "no2.docx", None)
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 22))
    out = tmp_path / "no2"
    status, _, err = run(
        capsys, "amend", project, revised, "--allow-short-period", "--filing", filing, "--out", out
    )
    assert status == 0, err
    third = next_filing(tmp_path, 3, dt.date(2026, 4, 24))
    before = project.read_bytes()
    status, _, err = run(
        capsys, "amend", project, revised, "--filing", third, "--out", tmp_path / "no3"
    )
    assert status == 2
    [line] = err.strip().splitlines()
    assert "Amendment No. 2 cannot be marked filed" in line, line
    assert f"amendtool extend {project}" in line, line
    assert line.count('--to "2026-05-05 midnight"') == 2, line  # the earliest compliant
    assert "as Amendment No. 3" in line and "in Amendment No. 2 itself" in line, line
    assert "then start Amendment No. 3" not in line, line
    assert project.read_bytes() == before
