"""filing.toml saved by a Windows editor in its own code page (Windows-1252) or as UTF-16 is
read, with one line saying how it was read and that TOML files are UTF-8: counsel's accented
names come through as typed, and nothing is refused for the encoding alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.cli import main
from amendtool.core.filing import load_filing
from tests.conftest import SAMPLES

ORIGINAL, REVISED = SAMPLES / "offer-to-exchange.txt", SAMPLES / "offer-to-exchange-revised.txt"


def _saved(tmp_path: Path, encoding: str, mark: bool = True) -> Path:
    text = (SAMPLES / "filing.toml").read_text(encoding="utf-8")
    assert "Ashby & Kettering" in text
    path = tmp_path / f"filing-{encoding}.toml"
    data = text.replace("Ashby & Kettering", "Ashby & K\u00e9ttering").encode(encoding)
    path.write_bytes(b"\xff\xfe" + data if encoding == "utf-16-le" and mark else data)
    return path


@pytest.mark.parametrize(
    ("encoding", "said", "mark"),
    [
        ("cp1252", "Windows-1252", False),
        ("utf-16-le", "UTF-16", True),
        # saved without the byte-order mark: each letter a NUL apart, which decodes as UTF-8
        ("utf-16-le", "UTF-16", False),
        ("utf-16-be", "UTF-16", False),
    ],
)
def test_a_filing_in_another_encoding_is_read_and_said_once(
    tmp_path: Path, encoding: str, said: str, mark: bool
) -> None:
    notices: list[str] = []
    details = load_filing(_saved(tmp_path, encoding, mark), notices)
    assert details.copy_to[0].firm.startswith("Ashby & K\u00e9ttering")
    assert len(notices) == 1, notices
    assert said in notices[0] and "UTF-8" in notices[0]


def test_the_command_line_drafts_with_it_and_says_how_it_was_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _saved(tmp_path, "cp1252")
    argv = ["draft", str(ORIGINAL), str(REVISED), "--filing", str(path)]
    assert main([*argv, "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if "Windows-1252" in line]
    assert said == [
        f"amendtool: {path.name}: is not UTF-8, as TOML files are; read as Windows-1252 "
        "(save it as UTF-8 to be sure of its accented letters)"
    ], err
    htm = (tmp_path / "out" / "schedule-to-amendment.htm").read_text(encoding="ascii")
    assert "K&#233;ttering" in htm or "Kéttering" in htm


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_filing_of_plain_letters_in_utf16_without_its_mark_is_read(
    tmp_path: Path, encoding: str
) -> None:
    """No letter past ASCII: every other byte a NUL, which UTF-8 reads without complaint;
    it was refused as "holds text, not filing details"."""
    text = (SAMPLES / "filing.toml").read_text(encoding="utf-8")
    assert text.isascii()
    path = tmp_path / "filing.toml"
    path.write_bytes(text.encode(encoding))
    notices: list[str] = []
    details = load_filing(path, notices)
    assert details.copy_to[0].firm.startswith("Ashby & Kettering")
    assert len(notices) == 1 and "UTF-16" in notices[0], notices
