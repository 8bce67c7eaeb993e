"""One new expiration printed in several ways (a cover's capitals "MIDNIGHT, EASTERN TIME, ON
MAY 7, 2026", a section's "12:00 midnight, Eastern Time, on May 7, 2026", with or without its
weekday or zone) is one deadline: the plain notice says it in one paragraph naming every
place, with weekday, time and zone. The notice said it twice, the first time as "midnight at
the end of May 7, 2026" with no zone."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

LEGEND = "THE OFFER AND WITHDRAWAL RIGHTS EXPIRE AT {}, UNLESS THE OFFER IS EXTENDED."
ANSWER = "The offer expires at {}, unless we extend it."
SECTION = "The offer expires at {}, unless we extend it. We may extend the offer."


def offer(cover: str, answer: str, section: str) -> Spec:
    return [
        ("", [LEGEND.format(cover), "Kerrow Corp. offers to exchange options for new options."]),
        ("Summary Term Sheet", ["Q1. When does the offer expire?", ANSWER.format(answer)]),
        ("1. Eligibility", ["Employees may take part."]),
        ("3. Expiration Date", [SECTION.format(section)]),
    ]


@pytest.fixture(scope="module")
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


def extended(filing: FilingDetails, places: list[tuple[str, str]], at: dt.datetime) -> Amendment:
    """The offer extended to `at`: each place (cover, answer, section) printing its old and
    new expiration in its own words."""
    extended_to = dataclasses.replace(filing, expiration=at)
    (cover, answer, section) = places
    before = offer(cover[0], answer[0], section[0])
    return draft_amendment(doc(before), doc(offer(cover[1], answer[1], section[1])), extended_to)


MIDNIGHT = dt.datetime(2026, 5, 8, 0, 0)
SAID_NEW = "12:00 midnight, Eastern Time, at the end of Thursday, May 7, 2026"
SAID_OLD = "5:00 p.m., Eastern Time, on Thursday, April 23, 2026"
COVER = ("5:00 P.M., EASTERN TIME, ON APRIL 23, 2026", "MIDNIGHT, EASTERN TIME, ON MAY 7, 2026")
TEXT = (
    "5:00 p.m., Eastern Time, on April 23, 2026",
    "12:00 midnight, Eastern Time, on May 7, 2026",
)


@pytest.mark.parametrize(
    "places",
    [
        [COVER, TEXT, TEXT],
        [
            (COVER[0], "12:00 " + COVER[1]),
            (
                "5:00 p.m., Eastern Time, on Thursday, April 23, 2026",
                "12:00 midnight, Eastern Time, at the end of Thursday, May 7, 2026",
            ),
            (TEXT[0], "midnight, Eastern Time, on May 7, 2026"),
        ],
        # the zone stated on the cover and in the summary only: the section's deadline is
        # still said with it
        [COVER, TEXT, ("5:00 p.m. on April 23, 2026", "12:00 midnight on May 7, 2026")],
    ],
    ids=["capitals", "weekday-and-end-of-day", "zone-not-in-the-section"],
)
def test_one_new_expiration_is_one_deadline_paragraph_with_weekday_and_zone(
    filing: FilingDetails, places: list[tuple[str, str]]
) -> None:
    amendment = extended(filing, places, MIDNIGHT)
    paragraphs = plain_paragraphs(amendment)
    moved = [p for p in paragraphs if "deadline is now" in p.text]
    assert len(moved) == 1, [(p.heading, p.text) for p in paragraphs]
    (deadline,) = moved
    assert deadline.heading.startswith("Deadline (changes "), deadline.heading
    assert len(deadline.items) == 3, deadline.items
    assert f"The deadline is now {SAID_NEW}." in deadline.text, deadline.text
    assert f"It was {SAID_OLD}." in deadline.text, deadline.text
    assert "on the cover page" in deadline.places and "Section 3" in deadline.places


def test_a_deadline_at_11_59_is_said_whole_wherever_it_is_printed(filing: FilingDetails) -> None:
    places = [
        (COVER[0], "11:59 P.M., EASTERN TIME, ON MAY 7, 2026"),
        (
            "5:00 p.m. (Eastern Time) on Thursday, April 23, 2026",
            "11:59 p.m. (Eastern Time) on Thursday, May 7, 2026",
        ),
        (TEXT[0], "11:59 p.m., Eastern Time, on May 7, 2026"),
    ]
    amendment = extended(filing, places, dt.datetime(2026, 5, 7, 23, 59))
    moved = [p for p in plain_paragraphs(amendment) if "deadline is now" in p.text]
    assert len(moved) == 1, [p.text for p in moved]
    said = "The deadline is now 11:59 p.m., Eastern Time, on Thursday, May 7, 2026."
    assert said in moved[0].text, moved[0].text
