"""Filing details: the example file is accepted as it is; every bad field gets a clear message."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.errors import InputError
from amendtool.core.filing import (
    FilingError,
    cusip_check_digit,
    filing_from_dict,
    load_filing,
    validate_cusip,
)


@pytest.fixture
def data(example_filing_toml: Path) -> dict[str, Any]:
    return tomllib.loads(example_filing_toml.read_text())


def test_example_is_accepted_as_it_is(example_filing_toml: Path) -> None:
    filing = load_filing(example_filing_toml)
    assert filing.cusip == "62473L101"
    assert filing.notice_exhibit == "(a)(11)"
    assert filing.copy_to[0].firm == "Shearman & Sterling"
    assert str(filing.expiration_local.utcoffset()) == "-1 day, 20:00:00"  # EDT


@pytest.mark.parametrize(("cusip", "digit"), [("03783310", 0), ("59491810", 4), ("62473L10", 1)])
def test_cusip_check_digit(cusip: str, digit: int) -> None:
    assert cusip_check_digit(cusip) == digit


def problems_for(data: dict[str, Any], table: str, key: str, value: Any) -> list[str]:
    data[table][key] = value
    with pytest.raises(FilingError) as error:
        filing_from_dict(data)
    return error.value.problems


@pytest.mark.parametrize(
    ("table", "key", "value", "message"),
    [
        (
            "securities",
            "cusip",
            "62473L102",
            "securities.cusip: '62473L102' has check digit 2, expected 1; check for a typo",
        ),
        ("securities", "cusip", "6247", "securities.cusip: '6247' is not a CUSIP"),
        (
            "amendment",
            "notice_exhibit",
            "a11",
            "amendment.notice_exhibit: 'a11' is not an exhibit label such as (a)(1) or (a)(11)",
        ),
        ("offer", "document_exhibit", "(a)1", "offer.document_exhibit: '(a)1' is not an exhibit"),
        ("offer", "time_zone", "Eastern", "offer.time_zone: 'Eastern' is not a time zone name"),
        ("offer", "kind", "merger", "offer.kind must be 'issuer' or 'third-party'"),
        ("offer", "statement_filed", "August 27", "offer.statement_filed must be a date"),
        ("offer", "expiration", "soon", "offer.expiration must be a local date and time"),
        ("amendment", "number", 0, "amendment.number must be a whole number"),
        ("amendment", "final", "no", "amendment.final must be true or false"),
        ("issuer", "name", "", "issuer.name is required"),
        ("amendment", "date", "2001-08-01", "amendment.date is before offer.statement_filed"),
    ],
)
def test_each_bad_field_has_its_message(
    data: dict[str, Any], table: str, key: str, value: Any, message: str
) -> None:
    problems = problems_for(data, table, key, value)
    assert any(p.startswith(message) for p in problems), problems


def test_missing_table_and_optional_keys(data: dict[str, Any]) -> None:
    del data["notice"]["explanation"]
    assert filing_from_dict(data).notice_explanation == ""
    del data["signature"]
    with pytest.raises(FilingError, match=r"\[signature\] is missing"):
        filing_from_dict(data)


def test_not_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "filing.toml"
    path.write_text("[issuer\nname = ")
    with pytest.raises(InputError, match=r"^filing.toml: is not valid TOML"):
        load_filing(path)


def test_valid_cusip_has_no_problem() -> None:
    assert validate_cusip("037833100") is None


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ("‘", "’")])
def test_curly_quotes_around_a_value_are_named_with_the_fix(
    opening: str, closing: str, tmp_path: Path
) -> None:
    """A value a word processor set in curly quotes is no TOML value: the line and the
    quotes are named, and straight quotes are asked for (the parser's "Invalid value" alone
    did not say what was wrong with it)."""
    path = tmp_path / "filing.toml"
    path.write_text(f"[issuer]\nname = {opening}Tarnwood, Inc.{closing}\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_filing(path)
    message = str(refused.value)
    assert message.startswith("filing.toml: is not valid TOML: line 2 sets a value in curly")
    assert f"({opening}…{closing})" in message and 'straight quotes ("…")' in message, message
