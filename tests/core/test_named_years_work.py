"""The years of names are read from a text once for all the years it prints, not once for
each year: a restated table of 20,000 holders and grant years read the whole table again for
every figure that looks like a year. Work is counted (texts read), never timed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import named_years
from amendtool.core.changes import compare
from amendtool.core.facts import Fact
from amendtool.core.named_years import as_names, is_name_year


def table(rows: int) -> str:
    """A restated table of holders, each row a grant year and a count, one plan by name."""
    lines = [f"Holder {n}\t{1990 + n % 40}\t{7 * n + 1} options" for n in range(rows)]
    return "\n\n".join(["Options granted under the 2015 Plan are listed below.", *lines])


@pytest.mark.parametrize("rows", [50, 500, 2000])
def test_a_text_is_read_for_its_names_once_however_many_years_it_prints(rows: int) -> None:
    change = compare("Options granted under the 2015 Plan are listed below.", table(rows))
    years = [f for f in change.added if re.fullmatch(r"(?:19|20)\d\d", f.text)]
    assert len(years) >= min(rows, 40)  # the table's grant years are read as figures
    before = named_years.TEXTS_READ[0]
    as_names(change)
    assert named_years.TEXTS_READ[0] - before <= 2  # the old text and the new, once each


def one_by_one(fact: Fact, text: str) -> bool:
    """Every place `text` prints the year is within a name, each year looked for alone."""
    after = named_years._name_after()
    if after is None or fact.kind != "number" or not re.fullmatch(r"(?:19|20)\d\d", fact.text):
        return False
    places = list(re.finditer(rf"(?<![\w.,$]){fact.text}(?![\w%]|[.,]\d)", text))
    return bool(places) and all(after.match(text, m.end()) for m in places)


PIECES = [
    "2015",
    "2019",
    "2020",
    "1999",
    " Plan",
    " Stock Plan",
    " Equity Incentive Plan",
    " options",
    " shares",
    "$",
    ".",
    ",",
    "%",
    " the ",
    "12",
    "\t",
    "\n\n",
    " Grant",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.sampled_from(["2015", "2019", "2020"]))
def test_a_year_is_read_as_a_name_as_when_looked_for_alone(pieces: list[str], year: str) -> None:
    text = "".join(pieces)
    fact = Fact("number", year, year)
    assert is_name_year(fact, text) == one_by_one(fact, text)
    assert is_name_year(fact, text, named_years.name_years(text)) == one_by_one(fact, text)
