"""A filing detail is a name, a line of an address or a paragraph at most: a value of hundreds
of thousands of characters (a file pasted into a field, a generated string) is refused with
its field, as a document past the limits is, instead of being set on the cover page."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_text, edited, offer

from amendtool.core.filing import FilingError, filing_from_dict

SAMPLE_FILING = Path(__file__).resolve().parents[2] / "resources" / "samples" / "filing.toml"
SAMPLE = SAMPLE_FILING.read_text(encoding="utf-8")
NAME = '"Halvorsen Networks, Inc."'


def _problems(value: str) -> list[str]:
    data = tomllib.loads(SAMPLE.replace(NAME, f'"{value}"', 1))
    with pytest.raises(FilingError) as refused:
        filing_from_dict(data)
    return refused.value.problems


def test_a_value_longer_than_any_filing_detail_is_refused_with_its_field() -> None:
    problems = _problems("Halvorsen " + "Networks " * 5_000)
    assert any(p.startswith("issuer.name is 45,010 characters long") for p in problems)


def test_a_run_of_characters_without_a_space_is_refused_with_its_place() -> None:
    problems = _problems("Halvorsen " + "N" * 5_000)
    assert any(
        p.startswith("issuer.name holds 5,000 characters without a space at character 11")
        for p in problems
    ), problems


def test_a_long_web_address_and_a_long_description_are_taken() -> None:
    address = "https://www.sec.gov/Archives/edgar/data/1234567/000123456726000123/" + "x" * 120
    described = "The offer is described here at length. " * 150  # 6,000 characters
    data = tomllib.loads(SAMPLE.replace(NAME, f'"Halvorsen {address}"', 1))
    data["offer"]["description"] = described
    details = filing_from_dict(data)
    assert address in details.issuer_name and details.offer_description == described.strip()


def test_the_command_line_refuses_it_in_one_line_with_nothing_written(tmp_path: Path) -> None:
    original, revised = tmp_path / "offer.txt", tmp_path / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    filing = tmp_path / "filing.toml"
    filing.write_text(SAMPLE.replace(NAME, '"' + "Networks " * 90_000 + '"', 1), "utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "amendtool", "draft", str(original), str(revised)]
    command += ["--filing", str(filing), "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("amendtool: filing.toml: ")
    assert "810,000 characters long" in lines[0] and len(lines[0]) < 600
    assert not out.exists()
