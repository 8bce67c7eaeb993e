"""A filing detail is a name, a line of an address or a paragraph at most: a value of hundreds
of thousands of characters (a file pasted into a field, a generated string) is refused with
its field, as a document past the limits is, instead of being set on the cover page."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from filing_details import draft_with, sample_data, sample_with

from amendtool.core.filing import FilingError, filing_from_dict

NAME = '"Halvorsen Networks, Inc."'


def _problems(value: str) -> list[str]:
    data = sample_data(NAME, f'"{value}"')
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
    data = sample_data(NAME, f'"Halvorsen {address}"')
    data["offer"]["description"] = described
    details = filing_from_dict(data)
    assert address in details.issuer_name and details.offer_description == described.strip()


def test_the_command_line_refuses_it_in_one_line_with_nothing_written(tmp_path: Path) -> None:
    done, out = draft_with(tmp_path, sample_with(NAME, '"' + "Networks " * 90_000 + '"'))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("amendtool: filing.toml: ")
    assert "810,000 characters long" in lines[0] and len(lines[0]) < 600
    assert not out.exists()
