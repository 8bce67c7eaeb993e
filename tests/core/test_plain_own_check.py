"""Whatever the tool writes in a plain notice passes the tool's own plain-English check: the
bundled sample's notice (so the demo opens without a warning), the extension's notice and
the results notice, in either tense of the grant. Checked with the sample's own filing
details, which the firm's wording and the sample's text must both meet."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_extension, draft_results
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

EXPIRATION = dt.datetime(2026, 4, 23, 23, 59)  # the sample offer's


def sample_filing(**changes: object) -> FilingDetails:
    details = load_filing(SAMPLES / "filing.toml")
    return dataclasses.replace(details, notice_style="plain", **changes)  # type: ignore[arg-type]


def plain_findings(amendment: Amendment) -> list[str]:
    return [f.message for f in run_checks(amendment) if f.code == "plain_english"]


def test_the_samples_own_notice_passes_the_plain_check() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    amendment = draft_amendment(original, revised, sample_filing())
    assert plain_findings(amendment) == []


def test_the_extension_notice_passes_the_plain_check() -> None:
    series = Series(load_document(SAMPLES / "offer-to-exchange.docx"))
    filing = sample_filing(expiration=EXPIRATION, amendment_date=dt.date(2026, 4, 20))
    draft_extension(series, filing, {}, dt.datetime(2026, 5, 7, 23, 59))
    amendment = series.amendment(-1)
    assert amendment is not None
    assert plain_findings(amendment) == []


@pytest.mark.parametrize(
    ("dated", "grant"),
    [(dt.date(2026, 4, 24), dt.date(2026, 4, 27)), (dt.date(2026, 4, 30), dt.date(2026, 4, 27))],
    ids=["grant-to-come", "grant-made"],
)
def test_the_results_notice_passes_the_plain_check(dated: dt.date, grant: dt.date) -> None:
    series = Series(load_document(SAMPLES / "offer-to-exchange.docx"))
    filing = sample_filing(expiration=EXPIRATION, amendment_date=dated)
    results = {"tendered": 1200000, "accepted": 1150000, "issued": 575000}
    draft_results(series, filing, {"results": {**results, "grant_date": grant.isoformat()}})
    amendment = series.amendment(-1)
    assert amendment is not None
    assert plain_findings(amendment) == []
