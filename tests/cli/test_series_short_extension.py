"""`amendtool extend` to an expiration that does not cure a period an earlier amendment still
requires (5 or 10 business days from its date) is refused, naming the day the offer must
reach; with --allow-short-period counsel drafts it anyway, and it is not marked filed while
the period is short."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.support.series_cli import first_amendment, next_filing, run

ORIGINAL = SAMPLES / "offer-to-exchange.docx"
REVISED = SAMPLES / "offer-to-exchange-revised.docx"


@pytest.fixture
def material(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    """No. 2 (Tuesday April 21, 2026) makes material changes: the offer must stay open five
    business days from then, through Monday April 27; it expires Thursday April 23."""
    project = first_amendment(tmp_path)
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 21))
    status, _, err = run(
        capsys,
        "amend",
        project,
        ORIGINAL,
        "--filing",
        filing,
        "--out",
        tmp_path / "no2",
        "--reverses-earlier",
    )
    assert status == 0, err
    assert "material" in {i.materiality.value for i in load_project(project).series.current.items}
    return project


def extend(capsys: pytest.CaptureFixture[str], project: Path, folder: Path, to: str, *more: str):  # type: ignore[no-untyped-def]
    filing = next_filing(folder, 3, dt.date(2026, 4, 22))
    return run(
        capsys, "extend", project, "--to", to, "--filing", filing, "--out", folder / "no3", *more
    )


def test_an_extension_short_of_an_earlier_period_is_refused_naming_the_day(
    capsys: pytest.CaptureFixture[str], material: Path, tmp_path: Path
) -> None:
    before = material.read_bytes()
    status, _, err = extend(capsys, material, tmp_path, "2026-04-24 23:59")
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert "Amendment No. 2 (April 21, 2026)" in line and "5 business days" in line
    assert "12:00 midnight, Eastern Time, at the end of April 27, 2026" in line
    assert "--allow-short-period" in line
    assert material.read_bytes() == before and not (tmp_path / "no3").exists()

    status, _, err = extend(capsys, material, tmp_path, "2026-04-28 00:00")
    assert status == 0, err
    assert [a.number for a in load_project(material).series.amendments] == [1, 2, 3]


def test_a_short_extension_anyway_never_locks_an_earlier_draft_it_leaves_short(
    capsys: pytest.CaptureFixture[str], material: Path, tmp_path: Path
) -> None:
    """Drafting No. 3 would mark No. 2 filed, and locked, while its own period is short: one
    line says what to do instead, and nothing is written."""
    before = material.read_bytes()
    status, _, err = extend(capsys, material, tmp_path, "2026-04-24 23:59", "--allow-short-period")
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert "Amendment No. 2" in line and "draft" in line and "April 27, 2026" in line, line
    assert "number 2 in the filing details" in line, line
    assert material.read_bytes() == before and not (tmp_path / "no3").exists()


def test_a_short_extension_drafted_anyway_is_not_marked_filed(
    capsys: pytest.CaptureFixture[str], material: Path, tmp_path: Path
) -> None:
    """Extended in No. 2 itself, short all the same: No. 2 stays a draft."""
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 21))
    status, _, err = run(
        capsys, "extend", material, "--to", "2026-04-24 23:59", "--filing", filing,
        "--out", tmp_path / "no2", "--allow-short-period",
    )  # fmt: skip
    assert status == 0, err
    assert "series_timing" in err or "April 27, 2026" in err  # the check still says so
    series = load_project(material).series
    assert series.current.number == 2 and not series.current.locked

    later = next_filing(
        tmp_path, 3, dt.date(2026, 4, 23), offer__expiration=dt.datetime(2026, 4, 24, 23, 59)
    )
    before = material.read_bytes()
    status, _, err = run(
        capsys, "amend", material, REVISED, "--filing", later, "--out", tmp_path / "no3"
    )
    assert status == 2, err
    assert "Amendment No. 2 cannot be marked filed" in err, err
    assert material.read_bytes() == before
