"""An extension to 12:00 midnight, as offers state it: counsel types the day the offer names
("2026-04-30 24:00", "2026-04-30 midnight"), the checks call it that day, never the next,
and a refusal says the expiration as counsel does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.io.project_file import load_project
from tests.support.series_cli import first_amendment, next_filing, run


def extend(capsys: pytest.CaptureFixture[str], folder: Path, to: str) -> tuple[int, str, str]:
    project = folder / "offer.amend"
    if not project.exists():
        first_amendment(folder)
    filing = next_filing(folder, 2, dt.date(2026, 4, 20))
    return run(capsys, "extend", project, "--to", to, "--filing", filing, "--out", folder / "no2")


@pytest.mark.parametrize(
    "to", ["2026-04-30 24:00", "2026-04-30 midnight", "2026-04-30 12:00 midnight"]
)
def test_midnight_is_the_end_of_the_day_typed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, to: str
) -> None:
    status, _, err = extend(capsys, tmp_path, to)
    assert status == 0, err
    current = load_project(tmp_path / "offer.amend").series.current
    assert current.filing is not None
    assert current.filing.expiration == dt.datetime(2026, 5, 1, 0, 0)


def test_the_paragraphs_a_midnight_extension_restates_are_not_called_stale(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = extend(capsys, tmp_path, "2026-04-30 24:00")
    assert status == 0, err
    moved = [line for line in err.splitlines() if "may have moved" in line]
    assert moved, err  # the dates hanging on the old expiration are still named
    for line in moved:
        stated = line.partition("which the extension")[0]
        assert "APRIL 30" not in stated.upper(), line
        assert "to April 30, 2026 may have moved" in line, line
    assert "May 1, 2026" not in err, err


def test_a_refusal_says_midnight_as_counsel_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = extend(capsys, tmp_path, "2026-04-30 midnight")
    assert status == 0, err
    project = tmp_path / "offer.amend"
    before = project.read_bytes()
    filing = next_filing(
        tmp_path, 3, dt.date(2026, 4, 21), offer__expiration=dt.datetime(2026, 5, 1)
    )
    status, _, err = run(
        capsys,
        "extend",
        project,
        "--to",
        "2026-04-29 23:59",
        "--filing",
        filing,
        "--out",
        tmp_path / "no3",
    )
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert "12:00 midnight, Eastern Time, at the end of April 30, 2026" in line, line
    assert "00:00" not in line and "May 1" not in line, line
    assert project.read_bytes() == before


@pytest.mark.parametrize("to", ["9999-12-31 23:59", "2062-04-30 23:59"])
def test_an_extension_years_away_is_a_slip_of_the_keyboard(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, to: str
) -> None:
    """Year 9999 ran 78 s and was filed; 2062 for 2026 went through without a word."""
    first_amendment(tmp_path)
    project = tmp_path / "offer.amend"
    before = project.read_bytes()
    status, _, err = extend(capsys, tmp_path, to)
    assert status == 2
    assert "is more than a year after the expiration it extends" in err
    assert "check the year" in err and len(err.strip().splitlines()) == 1
    assert project.read_bytes() == before
    assert not (tmp_path / "no2").exists()
