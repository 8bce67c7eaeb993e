"""An amendment that extends the offer is held to one rule however it is drafted: `amend
--to`, a revised offer stating a later expiration, or `extend`. Short of the period its own
change (or an earlier amendment's) requires, it is refused with the one message that names
the earliest compliant expiration and how to draft it anyway; --allow-short-period drafts it,
and the check still names the shortfall."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.checks import run_checks
from amendtool.io.project_file import load_project
from tests.cli.test_series_amend_extends import revised_offer
from tests.support.series_cli import first_amendment, next_filing, run

SHORT = "does not keep the offer open long enough"
EARLIEST = "extend it to at least 12:00 midnight, Eastern Time, at the end of May 5, 2026"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return first_amendment(tmp_path)


@pytest.mark.parametrize("stated", ["--to", "revised offer"])
def test_an_extension_short_of_its_own_changes_period_is_refused(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path, stated: str
) -> None:
    """Dated April 22, a change of the securities sought keeps the offer open ten business
    days: to April 30 is short, however the new expiration is given."""
    to = ["--to", "2026-04-30 23:59"] if stated == "--to" else []
    revised = revised_offer(tmp_path, "no2.docx", None if to else "April 30, 2026")
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 22))
    before = project.read_bytes()
    out = tmp_path / "no2"
    status, _, err = run(capsys, "amend", project, revised, *to, "--filing", filing, "--out", out)
    assert status == 2 and "Traceback" not in err, err
    [line] = err.strip().splitlines()
    assert SHORT in line and EARLIEST in line, line
    assert "with --allow-short-period" in line, line
    assert project.read_bytes() == before and not out.exists()
    status, _, err = run(
        capsys,
        "amend",
        project,
        revised,
        *to,
        "--allow-short-period",
        "--filing",
        filing,
        "--out",
        out,
    )
    assert status == 0, err
    amendment = load_project(project).series.amendment(-1)
    assert amendment is not None
    assert any("Earliest compliant expiration" in f.message for f in run_checks(amendment))
