"""offer.time_zone names the place whose clock the offer keeps (an IANA name such as
America/New_York). An abbreviation or a fixed offset is refused, naming the place to give:
"EST" is Eastern Standard Time all year, an hour off Eastern Time in summer, so every
deadline the offer states in summer would be read an hour wrong."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.filing import FilingError, filing_from_dict


@pytest.fixture
def data(example_filing_toml: Path) -> dict[str, Any]:
    return tomllib.loads(example_filing_toml.read_text())


def problems(data: dict[str, Any], zone: str) -> list[str]:
    data["offer"]["time_zone"] = zone
    with pytest.raises(FilingError) as error:
        filing_from_dict(data)
    return error.value.problems


@pytest.mark.parametrize(
    ("zone", "place"),
    [
        ("EST", "America/New_York"),
        ("EDT", "America/New_York"),
        ("est", "America/New_York"),
        ("CST", "America/Chicago"),
        ("MST", "America/Denver"),
        ("PST8PDT", "America/Los_Angeles"),
        ("EST5EDT", "America/New_York"),
        ("HST", "Pacific/Honolulu"),
        ("AKDT", "America/Anchorage"),
    ],
)
def test_an_abbreviation_is_refused_naming_the_place(
    data: dict[str, Any], zone: str, place: str
) -> None:
    [said] = problems(data, zone)
    assert said.startswith(f"offer.time_zone: '{zone}' "), said
    assert place in said, said


@pytest.mark.parametrize("zone", ["Etc/GMT+5", "GMT", "Factory", "posixrules", "CET", "Eastern"])
def test_a_fixed_offset_or_a_region_without_a_place_is_refused(
    data: dict[str, Any], zone: str
) -> None:
    [said] = problems(data, zone)
    assert said.startswith(f"offer.time_zone: '{zone}' "), said
    assert "America/New_York" in said, said


@pytest.mark.parametrize(
    "zone", ["America/New_York", "America/Phoenix", "Europe/London", "Asia/Tokyo", "US/Eastern"]
)
def test_a_place_is_accepted(data: dict[str, Any], zone: str) -> None:
    data["offer"]["time_zone"] = zone
    assert filing_from_dict(data).time_zone == zone


@pytest.mark.parametrize(
    ("zone", "place"),
    [
        ("Pacific", "America/Los_Angeles"),
        ("America", "America/New_York"),
        ("America/Argentina", "America/New_York"),
        ("US", "America/New_York"),
    ],
)
def test_a_folder_of_the_time_zone_database_is_refused_naming_a_place(
    data: dict[str, Any], zone: str, place: str
) -> None:
    """ "Pacific" and "America" are folders of the tz database, not zones: the line names
    offer.time_zone and the place to give, never the folder as a path."""
    [said] = problems(data, zone)
    assert said.startswith(f"offer.time_zone: '{zone}' "), said
    assert place in said, said
    assert "directory" not in said.lower() and "path" not in said, said


@pytest.mark.parametrize(("zone", "place"), [("Central", "America/Chicago"), ("x" * 300, "")])
def test_a_name_no_zone_has_is_refused_in_a_line(
    data: dict[str, Any], zone: str, place: str
) -> None:
    [said] = problems(data, zone)
    assert said.startswith(f"offer.time_zone: '{zone}' "), said
    assert place in said, said
