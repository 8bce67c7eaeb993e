"""A refusal is the one line on the screen, and its words fit the case: the path where the
path is what is wrong, the advice for a permission the user lacks, no notes of a draft that
was then not written."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import SAMPLE_FILING, as_text, edited, offer

from amendtool.cli import main


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def draft_argv(original: Path, revised: Path, out: Path) -> list[str]:
    return ["draft", str(original), str(revised), "--filing", str(SAMPLE_FILING), "--out", str(out)]


def test_a_write_refused_is_the_only_line_not_after_the_drafts_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    original, revised = tmp_path / "offer.txt", tmp_path / "revised.txt"
    original.write_text(as_text(offer()).replace("Each new", "Each\x07 new"), encoding="utf-8")
    revised.write_text(as_text(edited(offer())).replace("Each new", "Each\x07 new"), "utf-8")
    out = tmp_path / "out"

    def read_only(*args: object, **kwargs: object) -> list[Path]:
        raise OSError(errno.EROFS, "Read-only file system", str(out))

    monkeypatch.setattr("amendtool.io.outputs.write_outputs", read_only)
    assert main(draft_argv(original, revised, out)) == 2
    line = one_line(capsys)
    assert "Read-only file system" in line and "read-only" in line, line


def test_a_missing_document_is_named_by_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    revised = tmp_path / "revised.txt"
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    missing = tmp_path / "drafts" / "offer.txt"
    assert main(draft_argv(missing, revised, tmp_path / "out")) == 2
    line = one_line(capsys)
    assert line.startswith(f"amendtool: {missing}: ") and "not found" in line, line


def test_a_link_that_loops_is_named_by_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert main(["outline", str(loop)]) == 2
    assert one_line(capsys).startswith(f"amendtool: {loop}: ")


def test_a_permission_refused_says_to_ask_for_access(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "offer.txt"
    path.write_text(as_text(offer()), encoding="utf-8")

    def refuse(*args: object) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr("amendtool.io.source_file._read_at_most", refuse)
    monkeypatch.setattr("amendtool.io.source_file.os.name", "posix")
    assert main(["outline", str(path)]) == 2
    line = one_line(capsys)
    assert "permission denied" in line and "ask" in line and "other programs" not in line, line


def test_an_original_recorded_where_a_device_now_is_is_not_said_to_be_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from amendtool.io.project_original import original_problem

    problem, found = original_problem("/dev/zero", "0" * 64, tmp_path / "p.amend")
    assert found is None and "no longer at" not in problem and "/dev/zero" in problem, problem


def test_a_history_that_cannot_be_written_is_one_line_without_the_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    original, revised = tmp_path / "offer.txt", tmp_path / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    project = tmp_path / "p.amend"
    assert main([*draft_argv(original, revised, tmp_path / "out"), "--project", str(project)]) == 0
    capsys.readouterr()
    target = tmp_path / "h.docx"

    def read_only(*args: object, **kwargs: object) -> Path:
        raise OSError(errno.EROFS, "Read-only file system", str(target))

    monkeypatch.setattr("amendtool.io.history_docx.write_history", read_only)
    assert main(["history", str(project), "--docx", str(target)]) == 2
    said = capsys.readouterr()
    assert said.out == "" and len(said.err.strip().splitlines()) == 1, said


def test_a_table_of_the_filing_details_given_as_a_list_says_where_to_copy_it_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original, revised = tmp_path / "offer.txt", tmp_path / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    sample = SAMPLE_FILING.read_text(encoding="utf-8")
    filing = tmp_path / "f.toml"
    filing.write_text(sample.replace("[issuer]", "issuer = [1, 2]\n[unused]", 1), "utf-8")
    argv = ["draft", str(original), str(revised), "--filing", str(filing)]
    assert main([*argv, "--out", str(tmp_path / "out")]) == 2
    line = one_line(capsys)
    assert "[issuer] must be a table" in line and "resources/samples/filing.toml" in line, line
