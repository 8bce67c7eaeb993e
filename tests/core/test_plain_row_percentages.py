"""A holder's figure and its percentage in parentheses describe one holding, then and now:
"Mikkel Strand now holds 6,100 Eligible Options (0.5%). He held 8,100 (0.7%)." pairs 8,100
with 6,100 and 0.7% with 0.5%. Read as one pair, the old count with the new percentage
("states 8,100 to 0.5%, which no row of the table changes"), counsel's correct paragraph
was an error that blocked export; a wrong pairing is still one."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from tests.support.plain import rsu_table_amendment, table_errors

HEAD = "Name\tEligible Options Held\tPercent of Class"
OLD = [
    "Okafor, Adaeze\t12,400\t1.0%",
    "Strand, Mikkel\t8,100\t0.7%",
    "Vasquez, Lucia\t5,600\t0.5%",
    "Yamada, Ren\t2,300\t0.2%",
]
NEW = [row.replace("8,100\t0.7%", "6,100\t0.5%") for row in OLD]


@pytest.fixture
def holders(example_filing_toml: Path) -> Amendment:
    return rsu_table_amendment(example_filing_toml, HEAD, OLD, NEW, section="4. Interests")


RIGHT = [
    "Mikkel Strand now holds 6,100 Eligible Options (0.5%). He held 8,100 (0.7%).",
    "Mikkel Strand now holds 6,100 Eligible Options (0.5% of the class). It was 8,100 (0.7%).",
    "Mikkel Strand now holds 6,100 Eligible Options, or 0.5%. He held 8,100, or 0.7%.",
]


@pytest.mark.parametrize("paragraph", RIGHT)
def test_a_figure_and_its_percentage_are_paired_with_their_own(
    holders: Amendment, paragraph: str
) -> None:
    assert table_errors(holders, paragraph) == []


WRONG = [
    ("Mikkel Strand now holds 6,100 Eligible Options (0.5%). He held 8,100 (0.5%).", "0.5%"),
    ("Mikkel Strand now holds 6,100 Eligible Options (0.5%). He held 6,100 (0.7%).", "6,100"),
    ("Mikkel Strand now holds 6,100 Eligible Options (0.7%). He held 8,100 (0.5%).", "0.7%"),
]


@pytest.mark.parametrize(("paragraph", "figure"), WRONG)
def test_a_figure_paired_with_the_wrong_one_is_still_an_error(
    holders: Amendment, paragraph: str, figure: str
) -> None:
    errors = table_errors(holders, paragraph)
    assert errors, paragraph
    assert any(figure in e for e in errors), errors
