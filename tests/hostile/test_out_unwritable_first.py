"""An --out folder the system will not make or write (under /proc or /sys, or where the
nearest folder that is there may not be written) is refused before anything is read or
drafted: the whole amendment was drafted, with its progress and findings, and only then
refused."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import SAMPLE_FILING, as_text, edited, offer

from amendtool.cli import main


def _argv(folder: Path, out: Path) -> list[str]:
    original, revised = folder / "offer.txt", folder / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    return ["draft", str(original), str(revised), "--filing", str(SAMPLE_FILING), "--out", str(out)]


@pytest.fixture
def nothing_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a document was read before the folder was refused")

    monkeypatch.setattr("amendtool.io.load.load_document", refuse)


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="a system with /sys")
@pytest.mark.parametrize("out", ["/sys/kernel/amendtool-out", "/proc/amendtool-out/new"])
def test_a_folder_under_a_system_folder_is_refused_first(
    out: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], nothing_read: None
) -> None:
    assert main(_argv(tmp_path, Path(out))) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"amendtool: {Path(out).name}: the folder cannot be made"), lines
    assert "the system keeps that folder" in lines[0], lines
    assert not Path(out).exists()


def test_a_folder_whose_nearest_folder_refuses_is_refused_first(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    nothing_read: None,
) -> None:
    """What permissions say is not all (an administrator may write anywhere, a disk may
    refuse all the same): the system is asked, by making a folder there and removing it."""
    place = tmp_path / "shut"
    place.mkdir()
    argv = _argv(tmp_path, place / "a" / "b")
    real_mkdir = os.mkdir

    def mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if Path(path).parent == place:
            raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", mkdir)
    assert main(argv) == 2
    line = capsys.readouterr().err.strip()
    assert line.startswith("amendtool: b: the folder cannot be made in "), line
    assert "may not write" in line, line
    assert list(place.iterdir()) == []


def test_an_existing_folder_that_refuses_is_refused_first(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    nothing_read: None,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    argv = _argv(tmp_path, out)
    real_mkdir = os.mkdir

    def mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if Path(path).parent in (out, tmp_path):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", mkdir)
    assert main(argv) == 2
    line = capsys.readouterr().err.strip()
    assert line.startswith("amendtool: out: "), line
    assert "read-only" in line, line
    assert list(out.iterdir()) == []
