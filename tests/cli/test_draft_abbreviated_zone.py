"""filing.toml's time_zone = "EST" was taken as a fixed clock an hour off in summer, and the
draft reported the offer's own deadlines as disagreeing with the filing details. It is one
line naming the file, the key and the zone to give; exit 2; nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.support.series_cli import filing_toml, run


def test_an_abbreviated_zone_is_one_line_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    filing = filing_toml(tmp_path / "filing.toml", offer__time_zone="EST")
    out_folder, project = tmp_path / "out", tmp_path / "p.amend"
    status, out, err = run(
        capsys, "draft", SAMPLES / "offer-to-exchange.docx",
        SAMPLES / "offer-to-exchange-revised.docx", "--filing", filing, "--out", out_folder,
        "--project", project,
    )  # fmt: skip
    assert status == 2, out + err
    [line] = err.strip().splitlines()
    assert "filing.toml" in line and "offer.time_zone" in line, line
    assert "'EST'" in line and "America/New_York" in line, line
    assert out == "" and not out_folder.exists() and not project.exists()
