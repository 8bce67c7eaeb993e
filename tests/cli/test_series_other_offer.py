"""Filing details of another offer are refused as another offer's first: before their
amendment number or date is compared with the series (an earlier date or a wrong number
would hide that they describe a different offer altogether)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.support.series_cli import ORIGINAL, first_amendment, next_filing, run

OTHER = {"issuer__name": "Corvane Biosciences, Inc."}


@pytest.mark.parametrize(
    "mismatch",
    [
        {"amendment__date": dt.date(2026, 4, 1)},  # before No. 1's
        {"amendment__number": 5},  # not the next number
    ],
)
def test_another_offers_details_are_refused_as_such_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mismatch: dict[str, object]
) -> None:
    project = first_amendment(tmp_path)
    before = project.read_bytes()
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 14), **OTHER, **mismatch)
    status, _, err = run(
        capsys, "amend", project, ORIGINAL, "--filing", filing, "--out", tmp_path / "no2"
    )
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert "issuer.name = Corvane Biosciences, Inc." in line, line
    assert "amendment.date" not in line and "amendment.number" not in line, line
    assert project.read_bytes() == before
