"""Every message made from a refusal of the operating system ends with what to do: reading
a document, writing the outputs, the project or one file, and at the top level."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import SAMPLE_FILING, as_text, edited, offer

from amendtool.cli import main
from amendtool.guard import known_problem
from amendtool.io.failure_reports import advice
from amendtool.io.safe_write import write_bytes_atomic

CODES = [errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EIO, errno.EBUSY, errno.ENOENT, 999]
WHAT_TO_DO = {
    errno.ENOSPC: "free some space on the disk, or choose another one",
    errno.EROFS: "choose a folder on another one",
    errno.EACCES: "choose a folder you can write to, or close the file in other programs",
    errno.EIO: "check it (or its connection), then try again",
    errno.EBUSY: "close the file in the program that has it open (Word, a viewer), then try again",
    errno.ENOENT: "check the path",
    999: "then try again, or choose another folder",
}
# an output folder not made, in a folder that is there: what stands in the way of making a
# folder there ("check the path" misled: the path is right, the place takes no new folder)
MAKING_A_FOLDER = {
    **WHAT_TO_DO,
    errno.EROFS: "choose a folder on another disk",
    errno.EACCES: "choose a folder you can write to",
    errno.ENOENT: "choose another folder, in your documents or on another disk",
}


def refused_with(code: int) -> OSError:
    return OSError(code, os.strerror(code) if code != 999 else "Unknown error 999")


def draft_argv(folder: Path, project: bool = False) -> list[str]:
    original, revised = folder / "offer.txt", folder / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    argv = ["draft", str(original), str(revised), "--filing", str(SAMPLE_FILING)]
    argv += ["--out", str(folder / "out")]
    return [*argv, "--project", str(folder / "p.amend")] if project else argv


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


# a broken pipe is the reader of stdout leaving (`| head`): not a refusal, nothing to say
@pytest.mark.parametrize(
    "code",
    [c for c in [*CODES, *errno.errorcode] if not isinstance(OSError(c, ""), BrokenPipeError)],
)
def test_the_top_level_line_ends_with_what_to_do(code: int) -> None:
    line = known_problem(OSError(code, "the reason", "/somewhere/out"))
    assert line is not None and line.startswith("out: the reason; ")
    assert line.endswith(advice(OSError(code, "")))
    if code in WHAT_TO_DO:
        assert line.endswith(WHAT_TO_DO[code]), line


@pytest.mark.parametrize("code", CODES)
def test_the_outputs_refused_by_the_system_say_what_to_do(
    code: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, data: bytes) -> None:
        raise refused_with(code)

    monkeypatch.setattr("amendtool.io.publish.write_file", refuse)
    assert main(draft_argv(tmp_path)) == 2
    line = one_line(capsys)
    assert line.startswith("amendtool: out: ") and line.endswith(MAKING_A_FOLDER[code]), line
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("code", CODES)
def test_the_project_refused_by_the_system_says_what_to_do(
    code: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, data: bytes) -> None:
        raise refused_with(code)

    monkeypatch.setattr("amendtool.io.project_outputs.write_file", refuse)
    assert main(draft_argv(tmp_path, project=True)) == 2
    line = one_line(capsys)
    assert line.startswith("amendtool: p.amend: ") and line.endswith(WHAT_TO_DO[code]), line
    assert not (tmp_path / "out").exists() and not (tmp_path / "p.amend").exists()


@pytest.mark.parametrize("code", CODES)
def test_a_document_the_system_will_not_read_says_what_to_do(
    code: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, descriptor: int, limit: int) -> bytes:
        raise refused_with(code)

    monkeypatch.setattr("amendtool.io.source_file._read_at_most", refuse)
    assert main(draft_argv(tmp_path)) == 2
    line = one_line(capsys)
    expected = WHAT_TO_DO[code]
    if code == errno.EACCES:  # a permission is the file owner's to give (on Windows: close it)
        expected = "ask the file's owner for read access, or for a copy of it"
    assert line.startswith("amendtool: offer.txt: ") and line.endswith(expected), line


@pytest.mark.parametrize("code", CODES)
def test_one_file_written_in_place_says_what_to_do(
    code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise refused_with(code)

    monkeypatch.setattr("amendtool.io.safe_write.os.replace", refuse)
    with pytest.raises(Exception) as failed:
        write_bytes_atomic(tmp_path / "history.docx", b"x")
    line = known_problem(failed.value)
    expected = WHAT_TO_DO[code]
    if code == errno.EACCES:  # PermissionError: Word holds it, or the folder is read-only
        expected = "close it in Word and try again, or choose a folder you can write to"
    assert line is not None and line.endswith(expected), line
