"""Every text file the user names on the command line (counsel's plain paragraph, the filing
details) goes through the gate the documents go through: a regular file of sensible size,
its encoding detected, one line naming the file and what to do when it cannot be read."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_text, offer

from amendtool.cli import main
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("drafted")
    project = folder / "p.amend"
    code = main(
        [
            "draft", str(SAMPLES / "offer-to-exchange.txt"),
            str(SAMPLES / "offer-to-exchange-revised.txt"), "--filing",
            str(SAMPLES / "filing.toml"), "--out", str(folder / "out"), "--project", str(project),
        ]
    )  # fmt: skip
    assert code == 0
    return project


@pytest.fixture
def project(drafted: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "p.amend"
    shutil.copy(drafted, copy)
    return copy


def run_briefly(argv: list[str]) -> int:
    """The command's exit status; it must return (a pipe or a device must not block it)."""
    codes: list[int] = []
    runner = threading.Thread(target=lambda: codes.append(main(argv)), daemon=True)
    runner.start()
    runner.join(timeout=30)
    assert codes, f"amendtool {' '.join(argv)} did not return"
    return codes[0]


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda folder: Path("/dev/zero"), "not a regular file"),
        (lambda folder: _fifo(folder / "words.txt"), "not a regular file"),
        (lambda folder: folder, "is a folder, not a file; give the path of a file in it"),
        (lambda folder: _written(folder / "big.txt", b"Words. " * 200_000), "more than"),
        (lambda folder: _written(folder / "w.txt", b"PK\x03\x04word/document.xml"), "Word"),
        (lambda folder: folder / "missing.txt", "not found"),
    ],
)
def test_a_plain_paragraph_file_that_is_no_text_file_is_one_line(
    make, says: str, project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    given = make(tmp_path)
    before = project.read_bytes()
    assert run_briefly(["plain", str(project), "A", "--file", str(given)]) == 2
    line = one_line(capsys)
    # a document by its name; a device, a pipe, a folder or a file not there by its path
    shown = given.name if given.is_file() else str(given)
    assert line.startswith(f"amendtool: {shown}: ") and says in line, line
    assert project.read_bytes() == before


def test_a_plain_paragraph_in_windows_1252_is_read_as_written(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = tmp_path / "words.txt"
    words.write_bytes("We changed the “conditions” of the café plan — slightly.".encode("cp1252"))
    assert main(["plain", str(project), "A", "--file", str(words)]) == 0
    capsys.readouterr()
    from amendtool.io.project_file import load_project

    items = [i for i in load_project(project).items if i.kind.value != "file_exhibit"]
    assert items[0].plain_summary == "We changed the “conditions” of the café plan — slightly."


_OFFER = as_text(offer())
_PARAGRAPH = "We moved the deadline to 5:00 p.m. so that you have the whole day. "


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (_OFFER.encode("utf-8"), "is an offer document, not the plain paragraph"),
        (_OFFER.encode("utf-16"), "is an offer document, not the plain paragraph"),
        # the same offer without its EDGAR page marks: its numbered headings say what it is
        (_OFFER.replace("<PAGE>", "").encode("utf-8"), "headings"),
        ((_PARAGRAPH * 80).encode("utf-8"), "characters"),
    ],
    ids=["edgar-offer", "utf16-offer", "headings", "too-long"],
)
def test_a_file_that_is_no_plain_paragraph_is_refused_in_one_line(
    content: bytes, says: str, project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    given = tmp_path / "notice-words.txt"
    given.write_bytes(content)
    before = project.read_bytes()
    assert main(["plain", str(project), "A", "--file", str(given)]) == 2
    line = one_line(capsys)
    assert line.startswith("amendtool: notice-words.txt: ") and says in line, line
    assert project.read_bytes() == before


def test_a_whole_offer_typed_as_the_plain_paragraph_is_refused_as_from_a_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = project.read_bytes()
    assert main(["plain", str(project), "A", "--text", _OFFER]) == 2
    line = one_line(capsys)
    assert line.startswith("amendtool: --text: ") and "not the plain paragraph" in line, line
    assert project.read_bytes() == before


def test_a_plain_paragraph_wrapped_over_lines_is_kept_whole(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = tmp_path / "words.txt"
    words.write_text("1. We moved the deadline.\nYou have the whole day.\n", encoding="utf-8")
    assert main(["plain", str(project), "A", "--file", str(words)]) == 0
    capsys.readouterr()


def test_filing_details_given_to_the_series_commands_are_read_once_through_the_gate(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    revised = SAMPLES / "offer-to-exchange-revised.txt"
    fifo = _fifo(tmp_path / "filing.toml")
    code = run_briefly(
        ["amend", str(project), str(revised), "--filing", str(fifo), "--out", str(tmp_path / "o")]
    )
    assert code == 2
    assert "filing.toml: is not a regular file" in one_line(capsys)
    assert not (tmp_path / "o").exists()


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_whole_offer_kept_in_the_project_as_a_plain_paragraph_is_an_error_of_check(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Put there by hand, or by an earlier amendtool: check says so, and export stops."""
    import json

    data = json.loads(project.read_text(encoding="utf-8"))
    data["amendments"][0]["items"][0]["plain_override"] = " ".join(_OFFER.split())
    project.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(project)]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "offer document" in line]
    assert len(errors) == 1 and "item A" in errors[0] and "error" in errors[0], errors


def test_a_plain_paragraph_saved_as_utf16_is_read_with_a_note_saying_so(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = tmp_path / "words.txt"
    words.write_bytes("We moved the deadline to the café’s closing time.".encode("utf-16"))
    assert main(["plain", str(project), "A", "--file", str(words)]) == 0
    notes = capsys.readouterr().err.strip().splitlines()
    assert len(notes) == 1 and "words.txt" in notes[0] and "UTF-16" in notes[0], notes
