"""A notice sets no heading with nothing under it: an extension of an offer that states no
deadline has no "Where the offer states the deadline" section, nor an empty "The exact
changes"."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_extension
from tests.core.test_plain_holders import holders  # noqa: F401  (the fixture)
from tests.support.builders import Spec, doc

NO_DEADLINE: Spec = [
    ("", ["OFFER TO PURCHASE FOR CASH UP TO 1,500,000 SHARES OF ITS PREFERRED STOCK"]),
    ("1. Terms of the Offer", ["We will purchase Preferred Shares at $25.00 per Preferred Share."]),
]


def test_an_extension_of_an_offer_stating_no_deadline_has_no_empty_heading(
    holders: FilingDetails,  # noqa: F811
) -> None:
    filing = dataclasses.replace(holders, amendment_date=dt.date(2026, 4, 20))
    series = Series(doc(NO_DEADLINE))
    draft_extension(series, filing, {}, dt.datetime(2026, 5, 7, 17, 0))
    amendment = series.amendment(-1)
    assert amendment is not None
    blocks = [b for b in notice_blocks(amendment) if b.role is not Role.MEMO]
    assert blocks, "the notice has its answers"
    for index, block in enumerate(blocks):
        if block.role is Role.HEADING:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            assert following is not None and following.role is not Role.HEADING, block.text
    assert not any("states the deadline" in b.text for b in blocks)
