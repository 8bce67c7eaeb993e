"""A file of the earlier export that cannot be removed after the swap (Word holds it open,
a sync client locks it) leaves DIR's old folder beside DIR: the rest of it still goes, the
export says which folder stays and why, and a later export removes it once the file is
free, saying so only when it did."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from amendtool.io import publish
from amendtool.io.outputs import NOTICE_DOCX, write_outputs
from tests.io.test_exports import DOCUMENTS, amendment_with
from tests.io.test_exports import filing as filing


def _leftovers(out: Path) -> list[Path]:
    return [p for p in out.parent.iterdir() if ".amendtool-" in p.name]


def test_a_held_file_leaves_its_folder_named_until_a_later_export_removes_it(
    filing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    if not publish.exchange(tmp_path / "a", tmp_path / "b"):  # Linux, macOS: one-step swaps
        pytest.skip("this file system cannot swap two folders in one step")
    (tmp_path / "a").rmdir(), (tmp_path / "b").rmdir()
    out = tmp_path / "out"
    write_outputs(amendment_with(filing), out, DOCUMENTS)
    real_unlink = Path.unlink
    opened = (out / NOTICE_DOCX).stat().st_ino  # the notice counsel has open in Word

    def held(path: Path, missing_ok: bool = False) -> None:
        if path.exists() and path.stat().st_ino == opened:
            raise PermissionError(13, "The process cannot access the file")
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", held)
    said: list[str] = []
    write_outputs(amendment_with(filing, items=2), out, DOCUMENTS, report=said)
    [left] = _leftovers(out)
    assert sorted(p.name for p in left.iterdir() if not p.name.startswith(".")) == [NOTICE_DOCX]
    assert any(f"could not remove {left.name}" in line and NOTICE_DOCX in line for line in said)
    assert sorted(os.listdir(out)) == sorted([*DOCUMENTS, ".amendtool-manifest.json"])

    said.clear()  # still held: said again, never "removed"
    write_outputs(amendment_with(filing), out, DOCUMENTS, report=said)
    assert left.exists()
    assert not any("finished or removed" in line for line in said)
    assert any(f"could not remove {left.name}" in line for line in said)

    monkeypatch.setattr(Path, "unlink", real_unlink)  # Word closed
    said.clear()
    write_outputs(amendment_with(filing, items=2), out, DOCUMENTS, report=said)
    assert _leftovers(out) == []
    assert any("finished or removed 1 folder(s)" in line for line in said), said
    assert not any("interrupted run" in line for line in said)


def test_a_folder_that_refuses_changes_is_named_not_its_first_file(
    filing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """An administrator's lock on DIR (or a read-only mount) refuses every move out of it:
    the export said the first file of the set was open in another program."""
    import tempfile

    from amendtool.io.safe_write import WriteError

    out = tmp_path / "out"
    write_outputs(amendment_with(filing), out, DOCUMENTS)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_replace, real_mkstemp = os.replace, tempfile.mkstemp

    def locked_replace(source: str, target: str) -> None:
        if Path(source).parent == out:  # nothing leaves or enters the locked folder
            raise PermissionError(1, "Operation not permitted")
        real_replace(source, target)

    def locked_mkstemp(*args: object, **named: object):  # type: ignore[no-untyped-def]
        if Path(str(named.get("dir", ""))) == out:
            raise PermissionError(1, "Operation not permitted")
        return real_mkstemp(*args, **named)  # type: ignore[call-overload]

    monkeypatch.setattr(publish, "exchange", lambda a, b: False)  # the lock refuses a swap
    monkeypatch.setattr(os, "replace", locked_replace)
    monkeypatch.setattr(tempfile, "mkstemp", locked_mkstemp)
    with pytest.raises(WriteError) as refused:
        write_outputs(amendment_with(filing, items=2), out, DOCUMENTS)
    said = str(refused.value)
    assert said.startswith(f"{out.name}: folder cannot be changed"), said
    assert "open in another program" not in said
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert _leftovers(out) == []
