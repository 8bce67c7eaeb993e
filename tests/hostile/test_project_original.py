"""Drafting into an existing project from another original would silently replace what the
project was made from: refused in one line, unless --force says it is meant."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import SAMPLE_FILING, as_text, edited, offer

from amendtool.cli import main
from amendtool.io.project_file import load_project


def documents(folder: Path) -> tuple[Path, Path, Path]:
    """The original, its revision, and another offer altogether."""
    original, revised, other = folder / "offer.txt", folder / "revised.txt", folder / "other.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    other.write_text(as_text(offer(sections=3, extra="Another company's offer.")), "utf-8")
    return original, revised, other


def draft(folder: Path, original: Path, revised: Path, *more: str) -> int:
    argv = ["draft", str(original), str(revised), "--filing", str(SAMPLE_FILING)]
    argv += ["--out", str(folder / "out"), "--project", str(folder / "p.amend"), *more]
    return main(argv)


def test_another_original_is_refused_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original, revised, other = documents(tmp_path)
    assert draft(tmp_path, original, revised) == 0
    project = (tmp_path / "p.amend").read_bytes()
    outputs = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    capsys.readouterr()
    assert draft(tmp_path, other, revised) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [
        "amendtool: p.amend: the project was made from another original (offer.txt); "
        "use a new project file or --force"
    ]
    assert (tmp_path / "p.amend").read_bytes() == project
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == outputs


def test_force_replaces_the_original(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original, revised, other = documents(tmp_path)
    assert draft(tmp_path, original, revised) == 0
    assert draft(tmp_path, other, revised, "--force") == 0
    assert load_project(tmp_path / "p.amend").original.source.endswith("other.txt")


def test_the_same_original_copied_or_saved_again_is_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original, revised, _ = documents(tmp_path)
    assert draft(tmp_path, original, revised) == 0
    copy = tmp_path / "offer-copy.txt"
    copy.write_text(as_text(offer()).replace("\n", "\r\n"), encoding="utf-8")  # other bytes
    assert draft(tmp_path, copy, revised) == 0, capsys.readouterr().err


@pytest.mark.parametrize("ends", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_the_original_saved_again_with_other_line_ends_is_not_changed(
    ends: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original, revised, _ = documents(tmp_path)
    assert draft(tmp_path, original, revised) == 0
    original.write_bytes(as_text(offer()).replace("\n", ends).encode("utf-8"))
    capsys.readouterr()
    assert main(["check", str(tmp_path / "p.amend")]) in (0, 1)
    assert "has changed" not in capsys.readouterr().err
    back = tmp_path / "lf.amend"  # and a project drafted from CRLF, the file saved with LF
    argv = ["draft", str(original), str(revised), "--filing", str(SAMPLE_FILING)]
    assert main([*argv, "--out", str(tmp_path / "o2"), "--project", str(back)]) == 0
    original.write_text(as_text(offer()), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(back)]) in (0, 1)
    assert "has changed" not in capsys.readouterr().err


def test_an_original_changed_where_it_was_is_not_told_to_be_put_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original, revised, _ = documents(tmp_path)
    assert draft(tmp_path, original, revised) == 0
    original.write_text(as_text(offer(extra="A word more.")), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(tmp_path / "p.amend")]) == 1
    said = [line for line in capsys.readouterr().err.splitlines() if "has changed" in line]
    assert len(said) == 1 and "put it back where it was" not in said[0], said
