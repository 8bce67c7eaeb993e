"""The offer as filed and its revision are counsel's files, never the tool's: an original
kept in the output folder under the name of an output ("redline.docx", "schedule-to-
amendment.txt") is refused in one line before anything is written, and so is a project named
as one of the outputs. Exit 2, the offers byte for byte as they were, nothing new in DIR."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.support.series_cli import filing_toml, run

ORIGINAL = SAMPLES / "offer-to-exchange.txt"
REVISED = SAMPLES / "offer-to-exchange-revised.txt"


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.mark.parametrize(
    ("original_as", "revised_as"),
    [
        ("schedule-to-amendment.txt", "offer-revised.txt"),
        ("offer.txt", "schedule-to-amendment.htm"),
    ],
)
def test_an_offer_named_as_an_output_in_dir_is_never_written_over(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, original_as: str, revised_as: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    original, revised = out / original_as, out / revised_as
    shutil.copy(ORIGINAL, original)
    shutil.copy(REVISED, revised)
    before = _listing(out)
    filing = filing_toml(tmp_path / "filing.toml")
    status, _, err = run(
        capsys, "draft", original, revised, "--filing", filing, "--out", out,
        "--project", out / "offer.amend",
    )  # fmt: skip
    assert status == 2, err
    assert _listing(out) == before
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "choose another output folder" in lines[0], err
    assert "Traceback" not in err


def test_a_project_named_as_an_output_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    filing = filing_toml(tmp_path / "filing.toml")
    status, _, err = run(
        capsys, "draft", ORIGINAL, REVISED, "--filing", filing, "--out", out,
        "--project", out / "items.json",
    )  # fmt: skip
    assert status == 2, err
    assert "a name of its own ending in .amend" in err, err
    assert not out.exists() or not any(out.iterdir())
