"""The results are reported as of the offer's expiration as amended (or a date the offer
names, such as its Early Tender Date): counsel's results statement giving another moment
("As of 5:00 p.m. … on April 2, 2026", before the offer expired, or a date the offer never
had) is an error naming both, not a results amendment that checks clean."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.checks import run_checks
from amendtool.core.stated_deadlines import deadline_phrase, long_date
from tests.core.test_results_defined_prices import NOTE_TERMS, NOTES, results_of

COUNTED = "$41,250,000 aggregate principal amount of the Notes had been validly tendered."


def _said(example: Path, moment: str) -> list[str]:
    amendment = results_of(
        example,
        NOTES,
        NOTE_TERMS,
        tendered=41250000,
        accepted=41250000,
        statement=f"As of {moment}, {COUNTED}",
    )
    return [f.message for f in run_checks(amendment) if f.code == "results_date"]


def _expiration(example: Path) -> dt.datetime:
    amendment = results_of(example, NOTES, NOTE_TERMS, tendered=1, accepted=1)
    return amendment.filing.expiration_local


@pytest.mark.parametrize(
    "moment",
    [
        "5:00 p.m., New York City time, on April 2, 2026",  # before it expired
        "11:59 p.m., Eastern Time, on May 30, 2026",  # after: a date the offer never had
        "April 2, 2026",  # a day alone
    ],
)
def test_results_as_of_a_moment_the_offer_never_had_is_an_error(
    example_filing_toml: Path, moment: str
) -> None:
    said = _said(example_filing_toml, moment)
    assert len(said) == 1, said
    expiration = _expiration(example_filing_toml)
    assert "April 2, 2026" in said[0] or "May 30, 2026" in said[0], said
    assert long_date(expiration.date()) in said[0], said


def test_results_as_of_the_expiration_or_a_date_the_offer_names_are_clean(
    example_filing_toml: Path,
) -> None:
    expiration = _expiration(example_filing_toml)
    assert _said(example_filing_toml, deadline_phrase(expiration)) == []
    assert _said(example_filing_toml, long_date(expiration.date())) == []
    assert _said(example_filing_toml, "5:00 p.m., New York City time, on April 9, 2026") == []


def test_results_as_of_the_early_tender_date_speak_of_it_not_of_the_expiration(
    example_filing_toml: Path,
) -> None:
    from amendtool.core.filing_document import notice_blocks
    from amendtool.core.results_reporting import results_statement

    amendment = results_of(
        example_filing_toml,
        NOTES,
        NOTE_TERMS,
        tendered=41250000,
        accepted=41250000,
        as_of="Early Tender Date",
    )
    text = results_statement(amendment)
    assert text.startswith("As of 5:00 p.m.,") and "April 9, 2026, the Early Tender Date" in text
    assert "expired" not in text and "will receive" in text, text
    said = " ".join(b.text for b in notice_blocks(amendment))
    assert "Early Tender Date" in said and "ended at" not in said, said
    assert [f for f in run_checks(amendment) if f.code.startswith("results")] == []


def test_results_as_of_a_date_the_offer_does_not_name_is_an_error(
    example_filing_toml: Path,
) -> None:
    amendment = results_of(
        example_filing_toml, NOTES, NOTE_TERMS, tendered=1, accepted=1, as_of="Early Date"
    )
    said = [f.message for f in run_checks(amendment) if f.code == "results_date"]
    assert len(said) == 1 and "Early Tender Date" in said[0], said
