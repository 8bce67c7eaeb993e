"""The grant date the offer states: after an extension, a day the offer says falls after the
expiration but no longer does is an error; the results' grant date is read against the grant
date the offer as amended states."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.extension_dates import dates_before
from amendtool.core.results_grant import stated_grant_days

JUNE_17 = dt.date(2026, 6, 17)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will grant the New Options on June 15, 2026, the first business day after the "
        "expiration date.",
        "The New Options will be granted on June 15, 2026, following the expiration of the Offer.",
        "We will accept and cancel the options on June 17, 2026, the day after the expiration.",
    ],
)
def test_a_day_said_to_follow_the_expiration_that_no_longer_does(sentence: str) -> None:
    assert dates_before(sentence, JUNE_17)
    assert not dates_before(sentence.replace("June 1", "June 2"), JUNE_17)


def test_a_day_not_said_to_follow_the_expiration_is_left_to_the_warning() -> None:
    assert dates_before("The offer was commenced on May 15, 2026.", JUNE_17) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We will grant the New Options on June 15, 2026, the first business day after.", 15),
        ("The New Options will be granted on June 16, 2026.", 16),
        ("The grant date of the New Options will be June 18, 2026.", 18),
        ("The scheduled grant date is June 19, 2026.", 19),
    ],
)
def test_the_grant_date_is_read_in_each_form_counsel_writes_it(text: str, day: int) -> None:
    assert [found for _, found in stated_grant_days(text)] == [dt.date(2026, 6, day)]


@pytest.mark.parametrize(
    "text",
    [
        "If we cancel the options on April 24, 2026, the New Options will be granted on "
        "October 26, 2026.",
        "Options granted to our employees before March 26, 2026 are eligible.",
        "We will grant New Options to purchase 3,412,500 shares as of March 24, 2026.",
    ],
)
def test_a_conditional_grant_or_another_date_is_not_the_grant_date(text: str) -> None:
    assert stated_grant_days(text) == []


GRANT = (
    "We will grant the New Options on April 24, 2026, the first business day after the "
    "expiration date."
)


def test_an_extension_past_the_stated_grant_date_is_an_error_in_check() -> None:
    import dataclasses

    from amendtool.core.checks import run_checks
    from amendtool.core.extension import extended_document
    from amendtool.core.series import AmendmentKind, Series
    from amendtool.io.load import load_document
    from tests.conftest import SAMPLES
    from tests.core.test_series_extension import EXPIRATION, filing

    original = load_document(SAMPLES / "offer-to-exchange.docx")
    sections = [
        dataclasses.replace(
            s, paragraphs=[dataclasses.replace(s.paragraphs[0], text=GRANT), *s.paragraphs[1:]]
        )
        if s.number == "4"
        else s
        for s in original.sections
    ]
    series = Series(original)
    series.draft(
        dataclasses.replace(original, sections=sections), filing(1, dt.date(2026, 4, 6), EXPIRATION)
    )
    to = dt.datetime(2026, 4, 30, 23, 59)
    details = filing(2, dt.date(2026, 4, 22), to)
    revised = extended_document(
        series.base(1),
        EXPIRATION.replace(tzinfo=details.zone),
        to.replace(tzinfo=details.zone),
        details.time_zone,
    )
    entry = series.draft(revised, details, kind=AmendmentKind.EXTENSION)
    entry.extended_from = EXPIRATION
    amendment = series.amendment(1)
    assert amendment is not None
    errors = [f for f in run_checks(amendment) if f.severity == "error"]
    said = [f.message for f in errors if f.code == "extension_dates"]
    assert len(said) == 1 and '"Section 4.' in said[0] and "April 24, 2026" in said[0], said
    assert "April 30, 2026" in said[0]
