"""A time zone is named as the offer names it in every message, as in the notice and Item 4:
an offer stating "5:00 p.m., Eastern Time" was told by the extension's note that it moved
"from 5:00 p.m., Eastern Daylight Time, …" (counsel copies such notes into the
announcement). The announcement's own 9:00 a.m. deadline is the rule's, in Eastern time."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.items import Materiality
from tests.support.builders import Spec, doc

FRONT = ("", ["Acme Widgets, Inc. is offering to purchase up to 1,000,000 shares at $20.00."])


def offer(when: str, price: str = "$20.00", zone: str = "Eastern Time") -> Spec:
    return [
        FRONT,
        (
            "1. Terms of the Offer",
            [
                f"We will purchase shares at {price} per share.",
                f"The offer expires at {when}, {zone}, on July 10, 2003, unless we extend it.",
            ],
        ),
        ("7. Conditions of the Offer", ["We may assert the conditions before expiry."]),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return dataclasses.replace(
        load_filing(example_filing_toml),
        time_zone="America/New_York",
        expiration=dt.datetime(2003, 7, 10, 17, 0),
        amendment_date=dt.date(2003, 7, 7),
        notice_explanation="",
    )


@pytest.mark.parametrize("zone", ["Eastern Time", "New York City time"])
def test_every_message_names_the_zone_as_the_offer_does(filing: FilingDetails, zone: str) -> None:
    old = offer("5:00 p.m.", zone=zone)
    new = [FRONT, (old[1][0], [old[1][1][0].replace("$20.00", "$21.00"), old[1][1][1]]), old[2]]
    new[1][1][1] = new[1][1][1].replace("July 10", "July 11")  # a day on, too short a wait
    amendment = draft_amendment(doc(old), doc(new), filing)
    for item in amendment.change_items:
        if "$21.00" in item.new_text:
            item.materiality = Materiality.CONSIDERATION
    messages = [f.message for f in run_checks(amendment)]
    timed = [m for m in messages if "5:00 p.m.," in m or "12:00 midnight," in m]
    assert any("extend" in m for m in timed), messages  # the announcement is among them
    for message in timed:
        assert "Daylight" not in message and "Standard" not in message, message
        assert f", {zone}," in message, message
