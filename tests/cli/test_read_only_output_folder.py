"""A folder of outputs made read-only (a filed set protected) is left as it is: one line
naming it, exit 2, every file as it was. Its parent could be written, so the new set had
been swapped in beside it and the protected set replaced, with nine lines blaming an open
file."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.support.series_cli import run

ORIGINAL, REVISED = SAMPLES / "offer-to-exchange.docx", SAMPLES / "offer-to-exchange-revised.docx"


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def filed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    out = tmp_path / "filed"
    status, _, err = run(
        capsys, "draft", ORIGINAL, REVISED, "--filing", SAMPLES / "filing.toml", "--out", out
    )
    assert status in (0, 1), err
    os.chmod(out, 0o555)
    yield out
    os.chmod(out, 0o755)


def test_a_read_only_output_folder_is_left_as_it_was(
    filed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, inode = _state(filed), os.stat(filed).st_ino
    project = tmp_path / "offer.amend"
    status, _, err = run(
        capsys, "draft", ORIGINAL, SAMPLES / "offer-to-exchange-revised.txt",
        "--filing", SAMPLES / "filing.toml", "--out", filed, "--project", project,
    )  # fmt: skip
    lines = [line for line in err.splitlines() if "warning" not in line]
    assert status == 2
    assert lines == [
        "amendtool: filed: folder is read-only, it was left as it was: make it writable, or "
        "choose another folder"
    ]
    assert _state(filed) == before and os.stat(filed).st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["filed"]  # no project, no leftover
