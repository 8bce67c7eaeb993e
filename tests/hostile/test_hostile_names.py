"""A file name never acts on the line it is printed in: a newline, an escape sequence, a
right-to-left override or another control in a name is written out visibly, in every
message of the command line and the app (one helper, errors.shown_name)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import SAMPLE_FILING, as_text, edited, offer

from amendtool.cli import main
from amendtool.core.errors import InputError, shown_name, shown_path
from amendtool.core.shown_names import visible

HOSTILE = {
    "newline": ("off\ner.txt", "off\\ner.txt"),
    "escape": ("\x1b[2Jclear.txt", "\\x1b[2Jclear.txt"),
    "override": ("cod\u202etxt.exe", "cod<U+202E>txt.exe"),
    "isolate": ("a\u2066b\u2069.txt", "a<U+2066>b<U+2069>.txt"),
    "bell": ("be\x07ll.txt", "be\\x07ll.txt"),
    "tab": ("ta\tb.txt", "ta\\tb.txt"),
    "c1": ("c\x9bone.txt", "c\\x9bone.txt"),
    "zero width": ("zero\u200bwidth.txt", "zero<U+200B>width.txt"),
    "undecodable byte": ("bad\udcffbyte.txt", "bad\\xffbyte.txt"),
}
ACTING = ("\n", "\x1b", "\u202e", "\u2066", "\x07", "\t", "\x9b", "\u200b", "\udcff")


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_name_is_made_visible(kind: str) -> None:
    name, shown = HOSTILE[kind]
    assert shown_name(name) == shown
    assert str(InputError(Path("/x") / name, "file is empty")) == f"{shown}: file is empty"


def test_a_plain_name_is_left_as_it_is() -> None:
    for name in ("offer.txt", "Offer to Exchange — final (2).docx", "café ñ 日本.htm"):
        assert visible(name) == name


def test_a_long_hostile_name_is_shortened_after_it_is_made_visible() -> None:
    shown = shown_name("\x1b" * 300)
    assert len(shown) <= 120 and "\x1b" not in shown


def written_lines(capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    captured = capsys.readouterr()
    both = captured.out + captured.err
    assert not any(char in both.replace("\n", "") for char in ACTING if char != "\n"), both
    return captured.err.strip().splitlines(), captured.out


@pytest.mark.parametrize("kind", ["newline", "escape", "override", "bell"])
def test_a_document_with_a_hostile_name_is_named_visibly_in_one_line(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, shown = HOSTILE[kind]
    empty = tmp_path / name
    empty.write_text("", encoding="utf-8")
    revised = tmp_path / "revised.txt"
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    argv = ["draft", str(empty), str(revised), "--filing", str(SAMPLE_FILING)]
    assert main([*argv, "--out", str(tmp_path / "out")]) == 2
    lines, _ = written_lines(capsys)
    assert len(lines) == 1 and lines[0].startswith(f"amendtool: {shown}: "), lines


def drafted(folder: Path, original_name: str, project_name: str) -> list[str]:
    """The offer saved as `original_name` and its revision drafted into the project
    `project_name`; the command, to draft again."""
    original, revised = folder / original_name, folder / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    argv = ["draft", str(original), str(revised), "--filing", str(SAMPLE_FILING)]
    argv += ["--out", str(folder / "out"), "--project", str(folder / project_name)]
    assert main(argv) == 0
    return argv


@pytest.mark.parametrize("kind", ["newline", "escape", "override"])
def test_a_project_with_a_hostile_name_is_named_visibly(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = HOSTILE[kind][0]
    original, project = tmp_path / f"offer{name}", tmp_path / f"{name}.amend"
    argv = drafted(tmp_path, original.name, project.name)
    capsys.readouterr()
    assert main(argv) == 0  # re-drafted into it: "kept counsel's wording … from PROJECT"
    assert main(["classify", str(project), "A", "material", "--reason", "A new term."]) == 0
    lines, out = written_lines(capsys)
    assert f"kept in {shown_path(project)}" in out, out

    shutil.move(original, tmp_path / "moved.txt")  # the original moves: check names it
    assert main(["check", str(project)]) == 1
    lines, _ = written_lines(capsys)
    said = [line for line in lines if "is no longer at" in line]
    # named visibly, or as the project recorded it (without what no text may hold)
    assert said and said[0].startswith("amendtool: error: the original offer"), said


@pytest.mark.parametrize("kind", ["newline", "escape", "override"])
def test_the_history_file_and_a_pending_project_are_named_visibly(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every name the command line prints is one the user chose: the history's .docx, the
    project kept beside itself when it cannot be put in place."""
    from amendtool.io import project_outputs

    name, shown = HOSTILE[kind]
    project = tmp_path / f"{name}.amend"
    argv = drafted(tmp_path, "offer.txt", project.name)
    capsys.readouterr()
    assert main(["history", str(project), "--docx", str(tmp_path / f"{name}.docx")]) == 0
    _, out = written_lines(capsys)
    assert f"wrote {shown}.docx" in out, out

    def refused(pending: Path, path: Path) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(project_outputs, "_put_in_place", refused)
    assert main(argv) == 2
    lines, _ = written_lines(capsys)
    assert len(lines) == 1 and f".{shown}.amend.pending-" in lines[0], lines


def test_the_crash_log_is_named_visibly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The log's folder comes from the environment (XDG_STATE_HOME): a name like any other."""
    from amendtool.io.failure_reports import internal_error_line

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state\x1b[2J\nx"))
    line = internal_error_line(ZeroDivisionError("a defect"), "amendtool outline x")
    assert "\n" not in line and "\x1b" not in line
    assert "state\\x1b[2J\\nx" in line
