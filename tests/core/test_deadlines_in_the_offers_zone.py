"""Every deadline the notice or Item 4 states names the zone as the offer does: an offer
stating "5:00 p.m., Pacific Time" is not told "5:00 p.m., Pacific Daylight Time" (another
name for the same clock reads as a change) nor a time with no zone at all. The class:
each kind of amendment (a change of terms, an extension, the results), each notice style,
and offers naming their zones differently."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.offer_zone import zoned
from tests.support.builders import Spec, doc
from tests.support.plain import OFFER, plain_filing, revised

# (the offer's name of its zone, its IANA zone, the time of day it expires)
ZONES = [
    ("Pacific Time", "America/Los_Angeles", dt.time(17, 0), "5:00 p.m."),
    ("New York City time", "America/New_York", dt.time(17, 0), "5:00 p.m."),
    ("Eastern Time", "America/New_York", dt.time(23, 59), "11:59 p.m."),
]
_CLOCK = re.compile(r"\b(?:1[0-2]|[1-9]):[0-5]\d (?:a\.m\.|p\.m\.)|\b12:00 (?:midnight|noon)")


def offer(zone_said: str, clock: str, withdrawal: bool = False) -> Spec:
    """The plain notice's small offer, expiring at `clock`, `zone_said`, on April 23, 2026
    (and ending withdrawal a week before, when `withdrawal`)."""
    spec = revised(OFFER, "11:59 p.m., Eastern Time", f"{clock}, {zone_said}")
    if withdrawal:
        heading, paragraphs = spec[2]
        ends = f"You may withdraw your tendered options before {clock} on April 16, 2026."
        spec[2] = (heading, [*paragraphs, ends])
    return spec


def filing_for(example: Path, zone: str, at: dt.time, **changes: object) -> FilingDetails:
    base = plain_filing(example)
    expiration = dt.datetime.combine(dt.date(2026, 4, 23), at)
    return dataclasses.replace(base, time_zone=zone, expiration=expiration, **changes)  # type: ignore[arg-type]


def stated_times(amendment: Amendment) -> list[str]:
    """Each clock time the notice (in both styles) and the Schedule TO state, with the
    words after it up to the day."""
    texts = [b.text for b in schedule_to_blocks(amendment)]
    for style in ("plain", "precedent"):
        styled = dataclasses.replace(
            amendment, filing=dataclasses.replace(amendment.filing, notice_style=style)
        )
        texts += [b.text for b in notice_blocks(styled)]
    said = []
    for text in texts:
        flat = " ".join(text.split())
        said += [flat[m.start() : m.end() + 40] for m in _CLOCK.finditer(flat)]
    return said


def assert_named_as_the_offer_does(amendment: Amendment, zone_said: str) -> None:
    said = stated_times(amendment)
    assert said, "the amendment states no deadline"
    wrong = [s for s in said if not re.match(rf"[^,]+, {re.escape(zone_said)}, ", s)]
    assert wrong == [], f"named otherwise than as {zone_said!r}"


@pytest.mark.parametrize(("zone_said", "zone", "at", "clock"), ZONES)
def test_a_change_of_terms_states_the_deadline_in_the_offers_zone(
    example_filing_toml: Path, zone_said: str, zone: str, at: dt.time, clock: str
) -> None:
    filing = filing_for(example_filing_toml, zone, at)
    spec = offer(zone_said, clock)
    amendment = draft_amendment(doc(spec), doc(revised(spec, "$20.00", "$17.50")), filing)
    assert amendment.kind == "text"
    texts = " ".join(b.text for b in notice_blocks(amendment))
    assert f"The deadline is still {clock}, {zone_said}, on Thursday, April 23, 2026." in texts
    assert_named_as_the_offer_does(amendment, zone_said)


@pytest.mark.parametrize(("zone_said", "zone", "at", "clock"), ZONES)
def test_an_extension_states_both_deadlines_in_the_offers_zone(
    example_filing_toml: Path, zone_said: str, zone: str, at: dt.time, clock: str
) -> None:
    filing = filing_for(example_filing_toml, zone, at)
    filing = dataclasses.replace(filing, expiration=filing.expiration.replace(day=30))
    spec = offer(zone_said, clock)
    later = revised(spec, "on April 23, 2026", "on April 30, 2026")
    amendment = draft_amendment(doc(spec), doc(later), filing)
    assert amendment.kind == "extension"
    assert_named_as_the_offer_does(amendment, zone_said)


@pytest.mark.parametrize(("zone_said", "zone", "at", "clock"), ZONES)
def test_a_withdrawal_deadline_is_stated_in_the_offers_zone(
    example_filing_toml: Path, zone_said: str, zone: str, at: dt.time, clock: str
) -> None:
    # withdrawal ending before the expiration stands only on counsel's recorded reason
    why = "SEC no-action relief granted to the issuer."
    filing = filing_for(example_filing_toml, zone, at, withdrawal_reason=why)
    spec = offer(zone_said, clock, withdrawal=True)
    amendment = draft_amendment(doc(spec), doc(revised(spec, "$20.00", "$17.50")), filing)
    texts = " ".join(b.text for b in notice_blocks(amendment))
    assert f"{clock}, {zone_said}, on Thursday, April 16, 2026" in texts
    assert_named_as_the_offer_does(amendment, zone_said)


@pytest.mark.parametrize(("zone_said", "zone", "at", "clock"), ZONES)
def test_the_results_state_the_expiration_in_the_offers_zone(
    example_filing_toml: Path, zone_said: str, zone: str, at: dt.time, clock: str
) -> None:
    filing = filing_for(example_filing_toml, zone, at, amendment_date=dt.date(2026, 4, 27))
    document = doc(offer(zone_said, clock))
    results = {"tendered": 1200, "accepted": 1150, "issued": 575, "grant_date": "2026-04-24"}
    amendment = Amendment(document, document, [], filing, kind="results", results_data=results)
    filed = " ".join(b.text for b in schedule_to_blocks(amendment))
    assert f"The Offer expired at {clock}, {zone_said}, on April 23, 2026." in filed
    assert_named_as_the_offer_does(amendment, zone_said)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The offer expires at 5:00 p.m., Pacific Time, on June 17, 2026.", "Pacific Time"),
        ("THE OFFER EXPIRES AT 5:00 P.M., PACIFIC TIME, ON JUNE 17, 2026.", "Pacific Time"),
        ("The offer expires at 5:00 p.m. ET on June 17, 2026.", "Eastern Time"),
        ("The offer expires at 5:00 p.m. PDT on June 17, 2026.", "Pacific Daylight Time"),
        ("The offer expires at 5:00 p.m. on June 17, 2026.", "Mountain Time"),  # the offer's
    ],
)
def test_a_plain_deadline_names_the_zone_its_sentence_states(sentence: str, said: str) -> None:
    value = zoned("5:00 p.m. on June 17, 2026", sentence, "Mountain Time")
    assert value == f"5:00 p.m., {said}, on June 17, 2026"
    assert zoned("$17.50", sentence, "Mountain Time") == "$17.50"  # no deadline: as it is
