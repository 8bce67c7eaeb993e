"""An offer whose cover states its expiration in capitals ("5:00 P.M., NEW YORK CITY TIME")
and whose own sentence in ordinary letters ("New York City time") stands far past it (a long
table of contents between) is said as the offer prints it: "New York City time", never the
capitals' guess "New York City Time". A long offer is said as a short one is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.offer_zone import offer_zone
from tests.core.test_deadlines_in_the_offers_zone import filing_for
from tests.support.builders import Spec, doc

COVER = "THE OFFER EXPIRES AT 5:00 P.M., NEW YORK CITY TIME, ON APRIL 23, 2026."
SAID = "The offer expires at 5:00 p.m., New York City time, on April 23, 2026."


def _offer(contents: int) -> Spec:
    lines = [f"Section {n}. Part {n} ........ {n + 2}" for n in range(1, contents + 1)]
    return [
        ("", [COVER, "Acme Widgets, Inc. is offering to exchange options."]),
        ("Table of Contents", lines),
        ("1. Expiration", [SAID]),
    ]


@pytest.mark.parametrize("contents", [10, 1000])
def test_the_zone_is_said_as_the_offer_prints_it(example_filing_toml: Path, contents: int) -> None:
    filing = filing_for(example_filing_toml, "America/New_York", dt.time(17, 0))
    offer = _offer(contents)
    amendment = draft_amendment(doc(offer), doc(offer), filing)
    assert offer_zone(amendment) == "New York City time"
