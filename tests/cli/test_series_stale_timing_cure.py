"""An extension refused because the open amendment's outputs are stale, while that amendment
is itself short of the period its changes require, says how to cure it in this amendment:
exporting a filing known to be short only to reach the extension is not the way."""

from __future__ import annotations

import datetime as dt
import re
import shlex
from pathlib import Path

import pytest

from amendtool.core.checks import run_checks
from amendtool.core.series_lock import TIMING_CODES, lock_refusal
from amendtool.io.project_file import load_project
from tests.support.series_cli import (
    ORIGINAL,
    extend_as_third,
    next_filing,
    run,
    stale_second_amendment,
)


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
        "--reverses-earlier", "--to", "2026-05-07 23:59",
    )  # fmt: skip
    assert status == 0, err
    series = load_project(project).series
    assert [a.number for a in series.amendments] == [1, 2]
    amendment = series.amendment(-1)
    assert amendment is not None
    assert not [f for f in run_checks(amendment) if f.code in TIMING_CODES]


# Amendment No. 2 (April 21) requires the offer open through the end of April 27; it expires
# at 11:59 p.m. on April 23. April 24 is short of that; April 25 is a Saturday. Each command
# the refusal names is run from the state it was refused in.
@pytest.mark.parametrize(
    ("to", "pick"), [("2026-04-24 23:59", 0), ("2026-04-24 23:59", 1), ("2026-04-25 23:59", 0)]
)
def test_every_command_an_extension_refusal_names_works(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, to: str, pick: int
) -> None:
    project = stale_second_amendment(capsys, tmp_path)
    third = next_filing(tmp_path, 3, dt.date(2026, 4, 22))
    status, _, err = run(
        capsys, "extend", project, "--to", to, "--filing", third, "--out", tmp_path / "no3"
    )
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert f'"{to}"' not in line, line  # a date refused in its turn is never advised
    advised = re.findall(r"amendtool (?:amend|extend|export|filed) [^;]*", line)
    if to.endswith("25 23:59"):  # the date is refused first, naming the days around it
        assert "not a business day" in line and "Friday, April 24, 2026" in line, line
        assert not advised, line
        return
    assert len(advised) == 2, line  # export (then extend), or extend in the draft
    command = advised[pick]
    words = shlex.split(command.replace("FILING.toml", str(tmp_path / "no2.toml")))
    status, _, err = run(capsys, *words[1:])
    assert status == 0, (command, err)
    if words[1] == "amend":  # extended in the draft, to the earliest compliant expiration
        assert '--to "2026-04-27 midnight"' in command, command
        amendment = load_project(project).series.amendment(-1)
        assert amendment is not None
        assert not [f for f in run_checks(amendment) if f.code in TIMING_CODES]
