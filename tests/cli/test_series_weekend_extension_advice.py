"""An extension refused because its day is no business day names only days it could be
extended to: never the expiration in force (or a day before it), which would be refused
in its turn as "not later"."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from amendtool.core.expiration_checks import not_a_business_day
from tests.support.series_cli import first_amendment, next_filing, run

EASTERN = dt.timezone(dt.timedelta(hours=-4))


@pytest.mark.parametrize(
    ("after", "named"),
    [
        (None, ["Friday, April 24, 2026", "Monday, April 27, 2026"]),
        (dt.date(2026, 4, 23), ["Friday, April 24, 2026", "Monday, April 27, 2026"]),
        (dt.date(2026, 4, 24), ["Monday, April 27, 2026"]),
    ],
)
def test_only_days_after_the_expiration_in_force_are_offered(
    after: dt.date | None, named: list[str]
) -> None:
    said = not_a_business_day(dt.datetime(2026, 4, 26, 23, 59, tzinfo=EASTERN), after)
    assert said is not None
    offered = re.findall(r"[A-Z][a-z]+day, [A-Z][a-z]+ \d+, \d{4}", said.split("move")[-1])
    assert offered == named


def test_the_refusal_names_no_day_extend_would_refuse(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)  # expires Thursday, April 23, 2026, 11:59 p.m.
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 20))
    out = tmp_path / "no2"
    status, _, err = run(
        capsys, "extend", project, "--to", "2026-04-24 23:59", "--filing", filing, "--out", out
    )
    assert status == 0, err
    third = next_filing(
        tmp_path, 3, dt.date(2026, 4, 23), offer__expiration=dt.datetime(2026, 4, 24, 23, 59)
    )
    before = project.read_bytes()
    status, _, err = run(
        capsys,
        "extend",
        project,
        "--to",
        "2026-04-26 23:59",
        "--filing",
        third,
        "--out",
        tmp_path / "no3",
    )
    assert status == 2
    [line] = err.strip().splitlines()
    assert "Friday, April 24, 2026" not in line.split("move the expiration to")[-1], line
    assert line.rstrip(".").endswith("move the expiration to Monday, April 27, 2026"), line
    assert project.read_bytes() == before
