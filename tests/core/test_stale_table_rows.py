"""Each row of a table states its own value: a ratio changed in one row is not "still
stated" by the other rows of that table; the same value in prose or another table still is,
and a row is named by its caption, never counted as a paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from tests.support.april_filing import april_filing
from tests.support.builders import Spec, doc

HEADING = "Grant date\tUnits outstanding\tExchange ratio"
FRONT = ("", ["Dorrington offers to exchange eligible restricted stock units for new units."])


def offer(ratio: str, summary: str = "") -> Spec:
    eligible = [
        "A unit is eligible if it was granted under our 2005 Incentive Plan.",
        HEADING,
        "March 2, 2008\t410,000\t2 for 1",
        f"August 4, 2008\t225,500\t{ratio}",
        "We will grant the new units on the date the offer expires.",
    ]
    answer = [summary] if summary else ["New units are granted at the exchange ratio below."]
    return [
        FRONT,
        ("Summary Term Sheet", ["How many new units will I receive?", *answer]),
        ("1. Eligible Units", eligible),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return april_filing(
        example_filing_toml,
        "the offer to exchange eligible restricted stock units",
    )


def stale(amendment: Amendment) -> list[str]:
    return [f.message for f in run_checks(amendment) if f.code == "stale_term"]


def test_the_other_rows_of_the_table_keep_their_own_ratio(filing: FilingDetails) -> None:
    amendment = draft_amendment(doc(offer("2 for 1")), doc(offer("3 for 1")), filing)
    assert [i.materiality.value for i in amendment.change_items] == ["consideration"]
    assert stale(amendment) == []


def test_the_old_ratio_in_prose_is_still_named_and_rows_are_not_paragraphs(
    filing: FilingDetails,
) -> None:
    summary = "Units granted on August 4, 2008 are exchanged at a ratio of 2 for 1."
    amendment = draft_amendment(
        doc(offer("2 for 1", summary)), doc(offer("3 for 1", summary)), filing
    )
    [message] = stale(amendment)
    assert "2 for 1" in message and "Summary Term Sheet" in message
    assert "Section 1" not in message, message  # the table's other row is its own ratio


def test_a_row_named_by_a_check_is_cited_by_its_caption() -> None:
    from amendtool.core.cover import paragraph_in

    section = doc(offer("2 for 1")).sections[2]
    rows = [p for p in section.paragraphs if "\t" in p.text]
    assert paragraph_in(section, rows[1]) == 'the row entitled "March 2, 2008"'
    after = section.paragraphs[-1]
    assert paragraph_in(section, after) == "the last paragraph"  # the second of two
