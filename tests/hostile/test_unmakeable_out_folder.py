"""An --out folder that does not exist yet, in a place where no folder can be made (a
read-only disk, a folder the user may not write in, a disk that refuses): one line saying
the folder cannot be made and why, before anything is drafted; never "check the path"."""

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


def _shut(monkeypatch: pytest.MonkeyPatch, place: Path, read_only: bool) -> None:
    """The system's answers for `place`: no writing in it; on a read-only disk or not."""
    real_access, real_statvfs = os.access, os.statvfs

    def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        if Path(path) == place and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    def statvfs(path: Any) -> Any:
        found = real_statvfs(path)
        if Path(path) != place or not read_only:
            return found
        values = list(found)
        values[8] |= os.ST_RDONLY  # f_flag
        return os.statvfs_result(values)

    def mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        code = errno.EROFS if read_only else errno.EACCES
        if Path(path).parent == place:
            raise OSError(code, os.strerror(code), str(path))
        return real_mkdir(path, *args, **kwargs)

    def open_(path: Any, *args: Any, **kwargs: Any) -> int:
        code = errno.EROFS if read_only else errno.EACCES
        if Path(path).parent == place or place in Path(path).parents:
            raise OSError(code if Path(path).parent == place else errno.ENOENT, "refused", path)
        return real_open(path, *args, **kwargs)

    real_mkdir, real_open = os.mkdir, os.open
    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "statvfs", statvfs)
    monkeypatch.setattr(os, "mkdir", mkdir)
    monkeypatch.setattr(os, "open", open_)


@pytest.mark.parametrize(("read_only", "said"), [(True, "read-only"), (False, "may not write")])
def test_a_folder_that_cannot_be_made_is_said_so(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    read_only: bool,
    said: str,
) -> None:
    place = tmp_path / "mounted"
    place.mkdir()
    argv = _argv(tmp_path, place / "new")
    _shut(monkeypatch, place, read_only)
    assert main(argv) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("amendtool: new: the folder cannot be made"), line
    assert "mounted" in line and said in line, line
    assert "check the path" not in line
    assert list(place.iterdir()) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_a_folder_the_disk_refuses_to_make_names_the_folder_and_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    place = tmp_path / "disk"
    place.mkdir()
    argv = _argv(tmp_path, place / "new")

    def refuse(path: Any, *args: Any, **kwargs: Any) -> None:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr("amendtool.io.publish.write_file", refuse)
    assert main(argv) == 2
    line = capsys.readouterr().err.strip()
    assert line.startswith("amendtool: new: the folder cannot be made in "), line
    assert os.strerror(code) in line
    assert "left as it was" not in line  # there was no folder to leave
    assert list(place.iterdir()) == []
