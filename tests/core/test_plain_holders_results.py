"""The results notice to holders counts the securities they tendered ("Holders tendered
1,600,000 Preferred Shares"), never the shares underlying them: in a tender of preferred
stock the filing's underlying common stock is not what was bought."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from tests.core.test_plain_holders import OFFER, holders  # noqa: F401  (the fixture)
from tests.support.builders import doc


def test_a_holders_results_notice_counts_what_they_tendered(holders: FilingDetails) -> None:  # noqa: F811
    filing = dataclasses.replace(
        holders, amendment_date=dt.date(2026, 5, 4), underlying="Common Stock"
    )
    series = Series(doc(OFFER))
    results = {"tendered": 1600000, "accepted": 1500000, "issued": 1500000}
    draft_results(series, filing, {"results": {**results, "grant_date": "2026-04-28"}})
    amendment = series.amendment(-1)
    assert amendment is not None
    blocks = notice_blocks(amendment)
    exact = next((i for i, b in enumerate(blocks) if "exact" in b.text), len(blocks))
    text = " ".join(b.text for b in blocks[:exact] if b.role is not Role.MEMO)
    assert "Holders tendered 1,600,000 Preferred Shares" in text, text
    assert "We accepted 1,500,000 Preferred Shares" in text, text
    assert "Common Stock" not in text, text
