"""What counsel is told to do about a character the EDGAR text cannot hold fits the
character: a space of any width is a space in the .txt (never to be "written out in
words"), an invisible character is removed, a letter is spelt in plain letters, a symbol is
written out in words; the line always says what the character is."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from amendtool.core.filing import load_filing
from amendtool.io.edgar_ascii import edgar_ascii, remedy
from tests.core.test_filing_refusal_lines import _refusal

FIRM = "Shearman & Sterling"


@pytest.fixture
def sample(example_filing_toml: Path) -> str:
    return example_filing_toml.read_text(encoding="utf-8")


@pytest.mark.parametrize("space", ["\u3000", "\u1680", "\u2007", "\u205f"])
def test_a_space_of_any_width_is_a_space_in_the_edgar_text(
    tmp_path: Path, sample: str, space: str
) -> None:
    assert FIRM in sample
    path = tmp_path / "f-space.toml"
    path.write_text(sample.replace(FIRM, FIRM.replace(" & ", f"{space}&{space}"), 1), "utf-8")
    details = load_filing(path)  # not refused
    assert edgar_ascii(details.copy_to[0].firm) == FIRM


@pytest.mark.parametrize(
    ("character", "todo"),
    [("\u014b", "spell the word in plain letters (A-Z)"), ("\u2603", "write it out in words")],
)
def test_the_remedy_fits_the_character(
    tmp_path: Path, sample: str, character: str, todo: str
) -> None:
    spoiled = sample.replace(FIRM, f"Shearman &{character}Sterling", 1)
    line = _refusal(tmp_path, "f-char.toml", spoiled)
    assert f"U+{ord(character):04X}" in line and "copy_to.firm" in line, line
    assert todo in line, line


def test_no_space_and_no_letter_is_ever_to_be_written_out_in_words() -> None:
    every = [chr(c) for c in range(0x80, 0x3100)]
    spaces = [c for c in every if unicodedata.category(c) == "Zs"]
    letters = [c for c in every if unicodedata.category(c).startswith("L")]
    assert "\u3000" in spaces and len(letters) > 1000
    for char in spaces:
        assert "words" not in remedy(char) and "ordinary space" in remedy(char), char
        assert unicodedata.name(char).lower() in remedy(char)
    for char in letters:
        assert "words" not in remedy(char), char
