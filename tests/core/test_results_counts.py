"""The results counsel enters are checked as counsel would read them: nothing tendered or
nothing accepted is almost always a slip (a form left at zero) and is named field by field;
fewer options accepted than tendered needs a word in the filing on why. The notice never
promises the new options without the condition the offer puts on them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import plain_text
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from amendtool.io.load import load_document
from tests.conftest import SAMPLES


def results(**counts: object) -> list[str]:
    """The warnings the check gives the final amendment with these results."""
    amendment = final(**counts)
    return [f.message for f in run_checks(amendment) if f.code == "results_counts"]


def final(**counts: object):  # type: ignore[no-untyped-def]
    filing = dataclasses.replace(
        load_filing(SAMPLES / "filing.toml"),
        amendment_date=dt.date(2026, 4, 24),
        expiration=dt.datetime(2026, 4, 23, 23, 59),
        notice_style="precedent",
    )
    values = {"tendered": 1200000, "accepted": 1200000, "issued": 600000}
    data = {"results": {**values, **counts, "grant_date": "2026-04-24"}}
    series = Series(load_document(SAMPLES / "offer-to-exchange.docx"))
    draft_results(series, filing, data)
    amendment = series.amendment(-1)
    assert amendment is not None
    return amendment


def test_results_as_expected_raise_no_warning() -> None:
    assert results() == []


@pytest.mark.parametrize("field", ["tendered", "accepted", "issued"])
def test_a_count_of_zero_is_named(field: str) -> None:
    counts = {"tendered": 0, "accepted": 0, "issued": 0} if field == "tendered" else {field: 0}
    warnings = results(**counts)
    assert any(f"results.{field} is 0" in w for w in warnings), warnings


def test_all_zeros_are_each_named() -> None:
    warnings = results(tendered=0, accepted=0, issued=0)
    assert len(warnings) == 3, warnings


def test_fewer_accepted_than_tendered_asks_counsel_to_explain() -> None:
    [warning] = results(accepted=1000000)
    assert "1,000,000" in warning and "1,200,000" in warning
    assert "explain" in warning and "results.statement" in warning


def test_the_notice_states_the_condition_of_the_grant() -> None:
    text = " ".join(plain_text(notice_blocks(final())).split())
    assert "you will get your New Options then." not in text
    assert "you still worked for us on that date" in text, text
