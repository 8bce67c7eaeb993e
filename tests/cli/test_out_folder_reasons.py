"""An --out folder that the system refuses to make, in a folder that is there, is refused in
one line (exit 2) whose words are true for the refusal: "/proc" is there, so "the file or
folder is not there (moved, renamed or unplugged)" misled; each refusal the making of a folder
can give says what stands in the way and what to do."""

from __future__ import annotations

import errno
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLES
from tests.support.series_cli import run

ORIGINAL, REVISED = SAMPLES / "offer-to-exchange.txt", SAMPLES / "offer-to-exchange-revised.txt"
# what each refusal is, in words, and what the user does about it
SAID = {
    errno.ENOENT: ("makes no new folder in it", "choose another folder"),
    errno.EROFS: ("read-only disk", "choose a folder on another disk"),
    errno.EACCES: ("may not write in it", "choose a folder you can write to"),
    errno.EPERM: ("may not write in it", "choose a folder you can write to"),
    errno.ENOSPC: ("disk is full", "free some space"),
    errno.EDQUOT: ("share of the disk is used up", "free some space"),
    errno.EEXIST: ("already there", "choose another name"),
    errno.ENOTDIR: ("makes no new folder in it", "choose another folder"),
    errno.EMLINK: ("as many folders as", "choose another folder"),
    errno.ENAMETOOLONG: ("too long", "choose a shorter name"),
}


def _draft(capsys: pytest.CaptureFixture[str], out: Path) -> tuple[int, list[str]]:
    filing = SAMPLES / "filing.toml"
    status, _, err = run(capsys, "draft", ORIGINAL, REVISED, "--filing", filing, "--out", out)
    return status, [line for line in err.splitlines() if "amendtool: error" not in line]


@pytest.mark.parametrize("code", sorted(SAID))
def test_each_refusal_to_make_the_folder_is_worded_truly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    place = tmp_path / "place"
    place.mkdir()
    real_mkdir = os.mkdir

    def mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if Path(path).parent == place:
            raise OSError(code, os.strerror(code), str(path))
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", mkdir)
    status, lines = _draft(capsys, place / "new")
    assert status == 2
    refusals = [line for line in lines if "warning" not in line]
    assert len(refusals) == 1, lines
    line = refusals[0]
    assert line.startswith(f"amendtool: new: the folder cannot be made in {place}: "), line
    what, remedy = SAID[code]
    assert what in line and remedy in line, line
    assert os.strerror(code) in line  # the system's own words, for whoever helps
    assert "not there" not in line and "check the path" not in line, line  # it is there
    assert list(place.iterdir()) == []


def test_a_folder_removed_meanwhile_is_said_to_be_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    place = tmp_path / "place"
    place.mkdir()
    real_mkdir = os.mkdir

    def mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if Path(path).parent == place:
            shutil.rmtree(place)  # unplugged as the set was written
            raise OSError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", mkdir)
    status, lines = _draft(capsys, place / "new")
    assert status == 2
    [line] = [line for line in lines if "warning" not in line]
    assert f"{place} is no longer there" in line and "check the path" in line, line


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not Path("/proc/self").is_dir(), reason="Linux /proc"
)
def test_a_folder_in_proc_says_the_system_keeps_proc(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, lines = _draft(capsys, Path("/proc/out"))
    assert status == 2
    [line] = [line for line in lines if "warning" not in line]
    assert line.startswith("amendtool: out: the folder cannot be made in /proc: "), line
    assert "not there" not in line and "makes no new folder in it" in line, line
