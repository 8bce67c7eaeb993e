"""Runaway and misplaced values are one line each, exit 2: a document given as the filing
details, an amendment number of thirty digits, a paragraph or a name the size of a file
typed on the command line, a value said back to the user."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import SAMPLE_FILING, as_text, edited, offer

from amendtool.cli import main


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("drafted")
    original, revised = folder / "offer.txt", folder / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    argv = ["draft", str(original), str(revised), "--filing", str(SAMPLE_FILING)]
    assert main([*argv, "--out", str(folder / "out"), "--project", str(folder / "p.amend")]) == 0
    return folder


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert len(lines[0]) < 400, lines[0][:400]
    return lines[0]


def draft_with_filing(folder: Path, filing: Path) -> int:
    argv = ["draft", str(folder / "offer.txt"), str(folder / "revised.txt")]
    return main([*argv, "--filing", str(filing), "--out", str(folder / "new-out")])


def test_a_document_given_as_the_filing_details_says_so(
    drafted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert draft_with_filing(drafted, drafted / "offer.txt") == 2
    line = one_line(capsys)
    assert line.startswith("amendtool: offer.txt: holds text, not filing details; give --filing")
    assert not (drafted / "new-out").exists()


def test_broken_filing_details_say_where(
    drafted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "filing.toml"
    broken.write_text(SAMPLE_FILING.read_text("utf-8").replace("number = 1", "number = = 1"))
    capsys.readouterr()
    assert draft_with_filing(drafted, broken) == 2
    line = one_line(capsys)
    assert "is not valid TOML" in line and "line" in line and line.endswith("correct it there")


@pytest.mark.parametrize("number", ["1" + "0" * 30, "99999999999999999999", "201", "9" * 5000])
def test_an_amendment_number_past_any_offer_is_refused(
    number: str, drafted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filing = tmp_path / "filing.toml"
    text = SAMPLE_FILING.read_text("utf-8")
    assert "\nnumber = 1\n" in text
    filing.write_text(text.replace("\nnumber = 1\n", f"\nnumber = {number}\n"), "utf-8")
    capsys.readouterr()
    assert draft_with_filing(drafted, filing) == 2
    line = one_line(capsys)
    assert "must be 200 or less" in line or "thousands of digits long" in line, line
    assert len(number) < 12 or number[:12] not in line
    assert not (drafted / "new-out").exists()


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["plain", "{p}", "A", "--text", "word " * 20_000], "--text"),
        (["classify", "{p}", "A", "material", "--reason", "word " * 20_000], "--reason"),
        (["plain", "{p}", "A", "--text", "We \u202eextended\u202c it."], "--text"),
        (["classify", "{p}", "A", "material", "--reason", "Bell \x07 rung."], "--reason"),
        (["export", "{p}", "--out", "{o}", "--author", "J" * 100_000], "--author"),
    ],
)
def test_a_runaway_or_hostile_typed_value_is_one_line(
    argv: list[str], option: str, drafted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.amend"
    shutil.copy(drafted / "p.amend", project)
    before = project.read_bytes()
    filled = [a.replace("{p}", str(project)).replace("{o}", str(tmp_path / "o")) for a in argv]
    capsys.readouterr()
    assert main(filled) == 2
    line = one_line(capsys)
    assert line.startswith(f"amendtool: {option}: holds "), line
    assert project.read_bytes() == before and not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "{p}", "--out", "{o}", "--amendment", "9" * 5000],
        ["draft", "a.txt", "b.txt", "x" * 100_000, "--filing", "f.toml", "--out", "{o}"],
        ["export", "{p}", "--out", "{o}", "--" + "x" * 100_000],
        ["drat\x1b[2J" + "x" * 100_000, "a.docx", "b.docx"],
    ],
)
def test_a_value_said_back_is_shortened_and_visible(
    argv: list[str], drafted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = [
        a.replace("{p}", str(drafted / "p.amend")).replace("{o}", str(tmp_path)) for a in argv
    ]
    capsys.readouterr()
    assert main(filled) == 2
    line = one_line(capsys)
    assert "\x1b" not in line
