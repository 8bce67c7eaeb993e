"""The example's filing details moved to an April 2026 offer period: the stale-term tests'
shared setup, each naming the offer in its own words."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from amendtool.core.filing import FilingDetails, load_filing


def april_filing(example_filing_toml: Path, offer_description: str) -> FilingDetails:
    return dataclasses.replace(
        load_filing(example_filing_toml),
        expiration=dt.datetime(2026, 4, 30, 23, 59),
        amendment_date=dt.date(2026, 4, 9),
        statement_filed=dt.date(2026, 3, 26),
        notice_explanation="",
        offer_description=offer_description,
    )
