"""An extension says its deadlines in the offer's own name of the zone: an offer stating
"5:00 p.m., Pacific Time" is not extended "to 5:00 p.m., Pacific Daylight Time" (another name
for the same clock, which reads as a change); an offer naming the season keeps it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from amendtool.core.extension import extension_values
from amendtool.core.offer_zone import zoned
from amendtool.core.stated_deadlines import zone_as_stated

LA = "America/Los_Angeles"
NY = "America/New_York"


@pytest.mark.parametrize(
    ("text", "zone", "said"),
    [
        ("The offer expires at 5:00 p.m., Pacific Time, on June 17, 2026.", LA, "Pacific Time"),
        ("THE OFFER EXPIRES AT 5:00 P.M., PACIFIC TIME, ON JUNE 17, 2026.", LA, "Pacific Time"),
        ("at 5:00 p.m., New York City time, on June 17, 2026", NY, "New York City time"),
        ("at 5:00 p.m., Eastern Time, on June 17, 2026", NY, "Eastern Time"),
        # another zone's clock: an offer in Pacific time is not printed in New York's name
        ("at 5:00 p.m., New York City time, on June 17, 2026", LA, ""),
        ("at 5:00 p.m., Pacific Daylight Time, on June 17, 2026", LA, ""),
        ("at 5:00 p.m. PDT on June 17, 2026", LA, ""),
        ("The offer expires at 5:00 p.m. on June 17, 2026.", LA, ""),
    ],
)
def test_the_offers_own_name_of_its_zone(text: str, zone: str, said: str) -> None:
    assert zone_as_stated(text, zone) == said


def test_the_extension_says_the_deadlines_in_the_offers_words() -> None:
    old = dt.datetime(2026, 6, 17, 17, 0, tzinfo=ZoneInfo(LA))
    new = dt.datetime(2026, 6, 24, 17, 0, tzinfo=ZoneInfo(LA))
    values = extension_values(old, new, dt.date(2026, 6, 16), zone_said="Pacific Time")
    assert values["old_deadline"] == "5:00 p.m., Pacific Time, on June 17, 2026"
    assert values["new_deadline"] == "5:00 p.m., Pacific Time, on June 24, 2026"
    seasonal = extension_values(old, new, dt.date(2026, 6, 16))
    assert seasonal["new_deadline"] == "5:00 p.m., Pacific Daylight Time, on June 24, 2026"


def test_a_cover_in_capitals_does_not_set_the_case_of_the_zone() -> None:
    """ "NEW YORK CITY TIME" on the cover shows no case; the offer's own sentences say "New
    York City time", and the notice says it so, not "New York City Time"."""
    cover = "THE OFFER WILL EXPIRE AT 5:00 P.M., NEW YORK CITY TIME, ON JUNE 12, 2026."
    said = zoned("5:00 p.m. on June 12, 2026", cover, "New York City time")
    assert said == "5:00 p.m., New York City time, on June 12, 2026"
    # a sentence in its own case names its zone its own way
    own = "The offer will expire at 5:00 p.m., Eastern Time, on June 12, 2026."
    assert zoned("5:00 p.m. on June 12, 2026", own, "New York City time").count("Eastern Time")
