"""A project whose saved filing details no longer read (a year typed as 9999) is refused on
the command line in one line that names the field and what is wrong with it, as the app
names it, not only that the details are not valid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.series_cli import first_amendment, run


def test_export_names_the_field_of_the_filing_details_that_does_not_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    data = json.loads(project.read_text(encoding="utf-8"))
    data["amendments"][0]["filing"]["offer"]["expiration"] = "9999-12-31T23:59:00"
    project.write_text(json.dumps(data), encoding="utf-8")
    status, _, err = run(capsys, "export", project, "--out", tmp_path / "again")
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert "Amendment No. 1" in line and "offer.expiration" in line and "9999" in line
    assert "Traceback" not in err
