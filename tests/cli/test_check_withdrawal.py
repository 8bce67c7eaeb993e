"""`amendtool check` refuses withdrawal rights that end before the offer expires (Rule
13e-4(f)(2)(i)), whatever class the item that ends them is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_check_command import amendtool
from tests.conftest import SAMPLES

SUMMARY = "before 11:59 p.m.,\nEastern Time, on April 23, 2026. If we extend"
SECTION = "at any\ntime before the expiration date. In addition"


def checked(tmp_path: Path, old: str, new: str) -> str:
    text = (SAMPLES / "offer-to-exchange.txt").read_text(encoding="utf-8")
    assert old in text
    original, revised = tmp_path / "o.txt", tmp_path / "r.txt"
    original.write_text(text, encoding="utf-8")
    revised.write_text(text.replace(old, new), encoding="utf-8")
    filing = SAMPLES / "filing.toml"
    result = amendtool("check", str(original), str(revised), "--filing", str(filing))
    return result.stderr


@pytest.mark.parametrize(
    ("old", "new", "end"),
    [
        pytest.param(
            SECTION,
            "at any\ntime before 5:00 p.m., Eastern Time, on the expiration date. In addition",
            "at 5:00 p.m., Eastern Time, on the expiration date",
            id="earlier-time-on-the-expiration-date",
        ),
        pytest.param(
            SUMMARY,
            "before 5:00 p.m.,\nEastern Time, on April 22, 2026. If we extend",
            "at 5:00 p.m., Eastern Time, on April 22, 2026",
            id="earlier-date",
        ),
        pytest.param(
            SECTION,
            "at any\ntime before the expiration date. Once tendered, your election is "
            "irrevocable. In addition",
            "once tendered (“irrevocable”)",
            id="irrevocable",
        ),
    ],
)
def test_withdrawal_rights_ending_before_the_expiration_are_an_error(
    tmp_path: Path, old: str, new: str, end: str
) -> None:
    stderr = checked(tmp_path, old, new)
    assert f"error: item A has withdrawal rights end {end}, before the offer expires" in stderr
    assert "Rule 13e-4(f)(2)(i)" in stderr


def test_withdrawal_rights_to_the_expiration_or_after_it_are_no_error(tmp_path: Path) -> None:
    later = "before 11:59 p.m.,\nEastern Time, on April 23, 2026. You may not withdraw after "
    stderr = checked(tmp_path, SUMMARY, later + "the offer expires. If we extend")
    assert "withdrawal rights end" not in stderr
