"""`amendtool export PROJECT --amendment N` writes a filed amendment's outputs again, as it
was filed, and never changes the project: what was filed stays on record as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.typography import fold_typography
from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.support.docx_text import docx_lines
from tests.support.series_cli import first_amendment, next_filing, run

ORIGINAL = SAMPLES / "offer-to-exchange.docx"


@pytest.fixture
def two(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    """Amendment No. 1 filed, No. 2 (which takes No. 1's changes back) a draft with its
    outputs in no2."""
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
    return project


def test_a_filed_amendments_outputs_are_written_again_and_the_project_is_unchanged(
    capsys: pytest.CaptureFixture[str], two: Path, tmp_path: Path
) -> None:
    before = two.read_bytes()
    recorded = [a.outputs for a in load_project(two).series.amendments]
    status, out, err = run(capsys, "export", two, "--amendment", "1", "--out", tmp_path / "again")
    assert status == 0, err
    assert "exhibit-a6.htm" in out and "exhibit-a7" not in out
    text = fold_typography(" ".join(docx_lines(tmp_path / "again" / "schedule-to-amendment.docx")))
    assert "Amendment No. 1" in text and "Amendment No. 2" not in text
    assert two.read_bytes() == before
    series = load_project(two).series
    assert [a.outputs for a in series.amendments] == recorded
    assert [a.status.value for a in series.amendments] == ["filed", "draft"]


def test_a_filed_amendment_is_never_exported_over_its_own_filed_outputs(
    capsys: pytest.CaptureFixture[str], two: Path, tmp_path: Path
) -> None:
    before = two.read_bytes()
    folder = tmp_path / "no1"
    for spelled in (folder, folder / ".." / "no1"):
        status, out, err = run(capsys, "export", two, "--amendment", "1", "--out", spelled)
        assert status == 2, err
        [line] = err.strip().splitlines()
        assert "Amendment No. 1" in line and "filed" in line and "new folder" in line, line
        assert "wrote" not in out
    assert [p.name for p in folder.iterdir()] == ["schedule-to-amendment.docx"]
    assert (folder / "schedule-to-amendment.docx").read_bytes() == b"Amendment No. 1 as filed"
    assert two.read_bytes() == before
