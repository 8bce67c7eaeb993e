"""An extension restates every statement of the expiration, however the offer writes its
date: "November 20, 2026", "Friday, November 20, 2026", "11/20/2026", "11/20/26",
"2026-11-20"; each keeps its own form."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from amendtool.core.checks import run_checks
from amendtool.core.extension import restate_expiration
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import plain_text
from amendtool.core.series import Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, extension, filing

PACIFIC = ZoneInfo("America/Los_Angeles")
OLD = dt.datetime(2026, 11, 20, 21, 0, tzinfo=PACIFIC)
NEW = dt.datetime(2026, 11, 24, 21, 0, tzinfo=PACIFIC)


@pytest.mark.parametrize(
    ("stated", "restated"),
    [
        (
            "Election Forms must be received by 9:00 p.m. Pacific Time on 11/20/2026.",
            "Election Forms must be received by 9:00 p.m. Pacific Time on 11/24/2026.",
        ),
        (
            "Election Forms must be received by 9:00 p.m. Pacific Time on 11/20/26.",
            "Election Forms must be received by 9:00 p.m. Pacific Time on 11/24/26.",
        ),
        (
            "The offer expires at 9:00 p.m., Pacific Time, on 11/20/2026, unless we extend it.",
            "The offer expires at 9:00 p.m., Pacific Time, on 11/24/2026, unless we extend it.",
        ),
        (
            "Your right to withdraw ends on Friday, November 20, 2026 at 9 p.m. (PT).",
            "Your right to withdraw ends on Tuesday, November 24, 2026 at 9 p.m. (PT).",
        ),
        (
            "The offer expires on 11/20/2026, unless we extend it.",
            "The offer expires on 11/24/2026, unless we extend it.",
        ),
    ],
)
def test_every_form_of_the_date_is_restated_in_its_own_form(stated: str, restated: str) -> None:
    assert restate_expiration(stated, OLD, NEW, "America/Los_Angeles") == restated


def test_another_date_in_numbers_is_left_alone() -> None:
    text = "We granted the options on 11/20/2025, and the offer expires at 9:00 p.m. on 11/20/2026."
    assert restate_expiration(text, OLD, NEW, "America/Los_Angeles") == text.replace(
        "11/20/2026", "11/24/2026"
    )


def test_a_midnight_in_figures_is_the_end_of_its_day() -> None:
    midnight = dt.datetime(2026, 11, 25, 0, 0, tzinfo=PACIFIC)  # the end of November 24
    text = "Election Forms must be received by 9:00 p.m., Pacific Time, on 11/20/2026."
    assert restate_expiration(text, OLD, midnight, "America/Los_Angeles") == (
        "Election Forms must be received by 12:00 midnight, Pacific Time, at the end of 11/24/2026."
    )


def test_an_extension_restating_a_date_in_figures_needs_no_paragraph_of_counsel() -> None:
    """A sentence "Election Forms must be received by 11:59 p.m. Eastern Time on 4/23/2026"
    is restated with the others, and the notice says its deadline moved: nothing is left
    for counsel to name."""
    stated = "Election Forms must be received by 11:59 p.m. Eastern Time on 4/23/2026."
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    first = next(s for s in original.sections if s.number == "3")
    sections = [
        dataclasses.replace(
            s,
            paragraphs=[
                *s.paragraphs[:1],
                dataclasses.replace(s.paragraphs[1], text=stated),
                *s.paragraphs[2:],
            ],
        )
        if s is first
        else s
        for s in original.sections
    ]
    offer = dataclasses.replace(original, sections=sections)
    series = Series(offer)
    series.draft(offer, filing(1, dt.date(2026, 4, 13), EXPIRATION))
    extension(series, dt.date(2026, 4, 22), dt.datetime(2026, 4, 30, 23, 59))
    amendment = series.amendment(1)
    assert amendment is not None
    [item] = [i for i in amendment.change_items if "4/23/2026" in i.old_text]
    assert "4/30/2026" in item.new_text
    notice = " ".join(plain_text(notice_blocks(amendment)).split())
    assert "[" not in notice, notice
    # said in words, with the time its sentence ties to it, as the other statements are
    assert "The deadline is now April 30, 2026" not in notice, notice
    assert not [f for f in run_checks(amendment) if f.severity == "error"]
