"""The final amendment reports a grant that follows the offer: a grant date before the
expiration is refused, naming both; the filing and the notice speak of the grant in the
tense the amendment's date gives it (will be granted, or were granted)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from amendtool.core.errors import AmendtoolError
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.layout import plain_text
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

EXPIRATION = dt.datetime(2026, 4, 23, 23, 59)  # the sample offer's


def results_filing(date: dt.date) -> FilingDetails:
    return dataclasses.replace(
        load_filing(SAMPLES / "filing.toml"),
        amendment_date=date,
        expiration=EXPIRATION,
        notice_style="precedent",
    )


def drafted(date: dt.date, grant: dt.date) -> Series:
    series = Series(load_document(SAMPLES / "offer-to-exchange.docx"))
    data = {
        "results": {
            "tendered": 1200000,
            "accepted": 1150000,
            "issued": 575000,
            "grant_date": grant.isoformat(),
        }
    }
    draft_results(series, results_filing(date), data)
    return series


def texts(series: Series) -> tuple[str, str]:
    amendment = series.amendment(-1)
    assert amendment is not None
    return (
        " ".join(plain_text(schedule_to_blocks(amendment)).split()),
        " ".join(plain_text(notice_blocks(amendment)).split()),
    )


@pytest.mark.parametrize("grant", [dt.date(2026, 4, 22), dt.date(2026, 4, 1)])
def test_a_grant_date_before_the_expiration_is_refused(grant: dt.date) -> None:
    with pytest.raises(AmendtoolError) as refused:
        drafted(dt.date(2026, 4, 24), grant)
    message = str(refused.value)
    assert "results.grant_date" in message
    assert grant.strftime("%B %-d, %Y") in message
    assert "April 23, 2026" in message


def test_a_grant_still_to_come_will_be_granted() -> None:
    filing, notice = texts(drafted(dt.date(2026, 4, 24), dt.date(2026, 10, 26)))
    assert "will be granted on October 26, 2026." in filing
    assert "were granted on" not in filing
    assert "We will grant New Options" in notice


def test_a_grant_made_by_the_amendments_date_was_granted() -> None:
    filing, notice = texts(drafted(dt.date(2026, 4, 28), dt.date(2026, 4, 24)))
    assert "were granted on April 24, 2026." in filing
    assert "will be granted on" not in filing
    assert "We granted New Options" in notice and "We will grant" not in notice
    assert "When did you get your" in notice


def test_a_grant_date_edited_to_before_the_expiration_is_an_error_of_the_check() -> None:
    from amendtool.core.checks import run_checks

    series = drafted(dt.date(2026, 4, 24), dt.date(2026, 10, 26))
    assert series.current.results is not None
    series.current.results = {**series.current.results, "grant_date": "2026-04-20"}
    amendment = series.amendment(-1)
    assert amendment is not None
    [finding] = [f for f in run_checks(amendment) if f.code == "results_grant"]
    assert finding.severity == "error" and "April 20, 2026" in finding.message
