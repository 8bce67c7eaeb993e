"""Mistakes on the command line are named in one line with what to do (the command's own
synopsis), exit status 2, nothing written: an option the command does not have (said first,
before what is missing), a missing argument or value, a value of the wrong form, and a file of
the wrong kind in a slot (a Word document given as the project or the filing details, the
filing details given as the project, a file given as the output folder)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_docx, as_html, as_text, edited, offer

from amendtool import cli

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_FILING = ROOT / "resources" / "samples" / "filing.toml"
DRAFT = "usage: amendtool draft ORIGINAL REVISED --filing FILING.toml --out DIR"
EXPORT = "usage: amendtool export PROJECT.amend --out DIR"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "original": tmp_path / "offer.txt",
        "revised": tmp_path / "revised.txt",
        "word": tmp_path / "offer.docx",
        "html": tmp_path / "offer.htm",
        "project": tmp_path / "offer.amend",
        "filing": tmp_path / "filing.toml",
        "file": tmp_path / "notes.txt",
    }
    paths["original"].write_text(as_text(offer()), encoding="utf-8")
    paths["revised"].write_text(as_text(edited(offer())), encoding="utf-8")
    paths["word"].write_bytes(as_docx(offer()))
    paths["html"].write_text(as_html(offer()), encoding="utf-8")
    paths["filing"].write_text(SAMPLE_FILING.read_text(encoding="utf-8"), encoding="utf-8")
    paths["project"].write_text('{"format": "amendtool-project", "schema_version": 2}')
    paths["file"].write_text("counsel's notes\n", encoding="utf-8")
    return paths


def refused(argv: list[str], capsys: pytest.CaptureFixture[str], out: Path | None = None) -> str:
    code = cli.main(argv)
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert code == 2, captured.err
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err and "usage: amendtool [-h]" not in captured.err
    if out is not None:
        assert not out.exists()
    return lines[0]


def _draft(files: dict[str, Path], out: Path, *more: str) -> list[str]:
    argv = ["draft", str(files["original"]), str(files["revised"])]
    return [*argv, "--filing", str(files["filing"]), "--out", str(out), *more]


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["draft", "--bogus"], "amendtool: draft has no option --bogus; " + DRAFT),
        (["draft", "a.txt", "b.txt", "-f", "filing.toml"], "draft has no option -f; " + DRAFT),
        (["export", "p.amend", "--out", "x", "--forse"], "export has no option --forse; " + EXPORT),
        (["draft", "a.txt"], "draft needs REVISED, --filing and --out; " + DRAFT),
        (["export"], "export needs PROJECT and --out; " + EXPORT),
        (
            ["draft", "a", "b", "--out", "x", "--filing"],
            "--filing needs a value; " + DRAFT,
        ),
        (["export", "p.amend", "--out", "x", "--amendment", "two"], "--amendment takes a whole"),
        (["outline", "a.txt", "b.txt"], "outline takes one FILE, not also 'b.txt'; usage: amend"),
    ],
)
def test_a_mistake_in_the_words_is_one_line_with_the_synopsis(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert said in refused(argv, capsys)


def test_a_word_document_given_as_the_filing_details_is_named_as_such(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    argv = _draft(files, out)
    argv[argv.index("--filing") + 1] = str(files["word"])
    line = refused(argv, capsys, out)
    assert line.startswith("amendtool: offer.docx: is a Word document, not filing details")
    assert "filing.toml" in line


@pytest.mark.parametrize("slot", ["project", "html"])
def test_the_wrong_file_given_as_the_filing_details_is_named_as_such(
    slot: str, files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    argv = _draft(files, out)
    argv[argv.index("--filing") + 1] = str(files[slot])
    what = {"project": "an amendtool project", "html": "EDGAR HTML"}[slot]
    assert f"{files[slot].name}: is {what}, not filing details" in refused(argv, capsys, out)


@pytest.mark.parametrize(
    ("slot", "what"),
    [
        ("word", "a Word document"),
        ("html", "EDGAR HTML"),
        ("filing", "filing details (filing.toml)"),
    ],
)
@pytest.mark.parametrize("command", ["export", "check", "history"])
def test_the_wrong_file_given_as_the_project_is_named_as_such(
    slot: str,
    what: str,
    command: str,
    files: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    argv = [command, str(files[slot])] + (["--out", str(out)] if command == "export" else [])
    line = refused(argv, capsys, out)
    assert f"{files[slot].name}: is {what}, not an amendtool project" in line
    assert "--project" in line  # how a project is made


def test_a_file_given_as_the_output_folder_is_named_as_such(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    before = files["file"].read_bytes()
    line = refused(_draft(files, files["file"]), capsys)
    assert line.startswith("amendtool: notes.txt: is a file, not a folder; give --out a folder")
    assert files["file"].read_bytes() == before
    assert not [p for p in files["file"].parent.iterdir() if ".amendtool-" in p.name]
