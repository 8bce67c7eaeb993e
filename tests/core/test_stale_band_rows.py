"""A threshold lowered below the first band of a table ("$20.00 - $29.99 | 1 for 2") leaves
the amounts between the new threshold and the band's start in no row: the warning says so,
rather than only "change it there too"."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from tests.support.builders import doc

RATIOS = [
    "Exercise Price\tExchange Ratio",
    "$20.00 - $29.99\tOne New Option for every two Eligible Options",
    "$30.00 and above\tOne New Option for every three Eligible Options",
]


def test_a_band_left_behind_by_a_lowered_threshold_is_named(example_filing_toml: Path) -> None:
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")
    old = "Options with an exercise price per share of $20.00 or more are eligible."
    original = doc([("1. Eligibility", [old]), ("2. Exchange Ratios", RATIOS)])
    revised = doc(
        [("1. Eligibility", [old.replace("$20.00", "$17.50")]), ("2. Exchange Ratios", RATIOS)]
    )
    amendment = draft_amendment(original, revised, filing)
    stale = [f.message for f in run_checks(amendment) if f.code == "stale_term"]
    [band] = [m for m in stale if "row" in m]
    assert "“$20.00 - $29.99”" in band
    assert "from $17.50 up to $20.00 now fall in no row" in band
