"""An extension refused because the open amendment's outputs are stale, while that amendment
is itself short of the period its changes require, says how to cure it in this amendment:
exporting a filing known to be short only to reach the extension is not the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.checks import run_checks
from amendtool.core.series_lock import TIMING_CODES, lock_refusal
from amendtool.io.project_file import load_project
from tests.support.series_cli import ORIGINAL, extend_as_third, run, stale_second_amendment


def test_the_stale_refusal_of_an_extension_names_the_cure_in_this_amendment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = stale_second_amendment(capsys, tmp_path)
    status, _, err = extend_as_third(capsys, project, tmp_path)
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert "export first" in line
    assert "short of the period" in line
    assert (
        f"amendtool amend {project} {ORIGINAL} --filing FILING.toml --out {tmp_path / 'no2'} "
        '--to "2026-05-07 23:59"'
    ) in line


def test_the_app_is_told_to_extend_in_this_draft(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = stale_second_amendment(capsys, tmp_path)
    series = load_project(project).series
    refusal = lock_refusal(series, "extension")
    assert refusal is not None and "short of the period" in refusal
    assert '"Extend in Amendment No. 2, this draft' in refusal
    # marking it filed is no extension: no cure by extending is offered
    filed = lock_refusal(series, "filed", str(project))
    assert filed is not None and "--to" not in filed


def test_the_cure_named_extends_in_this_amendment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = stale_second_amendment(capsys, tmp_path)
    second = tmp_path / "no2.toml"  # the filing details Amendment No. 2 was drafted with
    status, _, err = run(
        capsys, "amend", project, ORIGINAL, "--filing", second, "--out", tmp_path / "no2",
        "--to", "2026-05-07 23:59",
    )  # fmt: skip
    assert status == 0, err
    series = load_project(project).series
    assert [a.number for a in series.amendments] == [1, 2]
    amendment = series.amendment(-1)
    assert amendment is not None
    assert not [f for f in run_checks(amendment) if f.code in TIMING_CODES]
