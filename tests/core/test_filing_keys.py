"""A filing.toml name the reader never uses is refused by name, so a misspelt optional
detail cannot be dropped silently; every shipped filing.toml uses only names it reads."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from amendtool.core.filing import FilingError, load_filing
from amendtool.core.filing_fields import unknown_keys

ROOT = Path(__file__).resolve().parents[2]


def test_misspelt_and_unknown_names_are_refused_by_name(
    example_filing_toml: Path, tmp_path: Path
) -> None:
    text = example_filing_toml.read_text(encoding="utf-8")
    text = text.replace("[amendment]", "[amendment]\nfinale = true", 1)
    text = text.replace("[offer]", '[offer]\nfile_number = "005-12345"', 1)
    bad = tmp_path / "filing.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(FilingError) as caught:
        load_filing(bad)
    message = str(caught.value)
    assert "offer.file_number is not a filing detail" in message
    assert "amendment.finale is not a filing detail" in message
    assert "filing.toml" in message


def test_names_inside_lists_of_tables_are_checked_too() -> None:
    data = tomllib.loads((ROOT / "resources/samples/filing.toml").read_text(encoding="utf-8"))
    data.setdefault("copy_to", [{}])[0]["emial"] = "counsel@example.com"
    assert unknown_keys(data) == ["copy_to.emial"]


@pytest.mark.parametrize(
    "path",
    [
        ROOT / "resources/samples/filing.toml",
        *sorted((ROOT / "tests/corpus").glob("*/filing.toml")),
    ],
    ids=lambda p: p.parent.name,
)
def test_every_shipped_filing_uses_only_names_the_reader_reads(path: Path) -> None:
    assert load_filing(path).issuer_name
    assert unknown_keys(tomllib.loads(path.read_text(encoding="utf-8"))) == []


def test_the_final_amendments_results_table_is_read_and_checked_by_name() -> None:
    data = tomllib.loads((ROOT / "resources/samples/filing.toml").read_text(encoding="utf-8"))
    data["results"] = {"tendered": 10, "accepted": 10, "issued": 5, "grant_date": "2001-09-28"}
    assert unknown_keys(data) == []
    data["results"]["acceptd"] = 10
    assert unknown_keys(data) == ["results.acceptd"]


def test_a_misspelt_required_name_is_named_with_the_detail_it_leaves_missing(
    example_filing_toml: Path, tmp_path: Path
) -> None:
    """ "cusp" for "cusip": the CUSIP is missing because of the name, so the name is said
    first, not only "CUSIP is required"."""
    text = example_filing_toml.read_text(encoding="utf-8")
    assert "\ncusip = " in text
    bad = tmp_path / "filing.toml"
    bad.write_text(text.replace("\ncusip = ", "\ncusp = ", 1), encoding="utf-8")
    with pytest.raises(FilingError) as caught:
        load_filing(bad)
    message = str(caught.value)
    assert "securities.cusp is not a filing detail" in message, message
    assert message.index("cusp is not") < message.index("CUSIP is required"), message
