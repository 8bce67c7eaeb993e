"""A date the offer works out from its expiration ("October 9, 2026, the business day
following the expiration date"), moved in the same amendment to follow the new expiration
in the same way, is part of the extension: proposed as an extension with its reason, open
to counsel's "extension" class, and, once it follows the new expiration, not named as a
date the extension may have moved."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.drafting import draft_items
from amendtool.core.expirations import extension_refusal
from amendtool.core.extension_dates import act_dates, stale_dates
from amendtool.core.following_dates import worked_out
from amendtool.core.items import AmendmentItem, Materiality
from tests.support.builders import doc
from tests.support.materiality import COVER

EXPIRES = "The offer expires at 11:59 p.m., Eastern Time, on {day}, 2026."
OLD_DAY, NEW_DAY = "October 8", "October 15"  # Thursdays; Monday, October 12 is Columbus Day

# (the sentence, its date for an expiration on October 8, and on October 15)
WORKED_OUT = [
    pytest.param(
        "We will accept and cancel all properly tendered options on {date}, 2026, the "
        "business day following the expiration date.",
        "October 9",
        "October 16",
        id="the-business-day-following",
    ),
    pytest.param(
        "The New Options will be granted on {date}, 2026, the first business day after the "
        "expiration date.",
        "October 9",
        "October 16",
        id="first-business-day-after",
    ),
    pytest.param(
        "Payment will be made on the second business day following the Expiration Date, which "
        "is expected to be {date}, 2026.",
        "October 13",
        "October 19",
        id="second-business-day-over-a-holiday",
    ),
    pytest.param(
        "We will cancel the tendered options on {date}, 2026, the day after the expiration date.",
        "October 9",
        "October 16",
        id="the-calendar-day-after",
    ),
]


def _items(sentence: str, before: str, after: str) -> list[AmendmentItem]:
    """The items of an amendment that extends the offer from October 8 to October 15 and
    moves the sentence's date from `before` to `after`."""
    old = [("", [COVER]), ("4. Expiration.", [EXPIRES.format(day=OLD_DAY)])]
    new = [("", [COVER]), ("4. Expiration.", [EXPIRES.format(day=NEW_DAY)])]
    old.append(("5. Acceptance.", [sentence.format(date=before)]))
    new.append(("5. Acceptance.", [sentence.format(date=after)]))
    items = draft_items(doc(old), doc(new)).items
    assert len(items) == 2, [i.new_text for i in items]
    return items


@pytest.mark.parametrize(("sentence", "before", "after"), WORKED_OUT)
def test_a_date_moved_to_follow_the_new_expiration_is_part_of_the_extension(
    sentence: str, before: str, after: str
) -> None:
    extension, moved = _items(sentence, before, after)
    assert extension.materiality is Materiality.EXTENSION, extension.materiality_reason
    assert moved.materiality is Materiality.EXTENSION, moved.materiality_reason
    reason = moved.materiality_reason
    assert "worked out from the expiration" in reason and "part of the extension" in reason
    assert f"from {before}, 2026 to {after}, 2026" in reason, reason
    assert extension_refusal(moved, "item B", items=[extension, moved]) is None


@pytest.mark.parametrize(("sentence", "before", "after"), WORKED_OUT)
def test_a_date_moved_elsewhere_is_no_extension(sentence: str, before: str, after: str) -> None:
    # moved a week past the day the offer's words give: a change of its own
    later = dt.datetime.strptime(f"{after}, 2026", "%B %d, %Y") + dt.timedelta(days=7)
    extension, moved = _items(sentence, before, later.strftime("%B %-d"))
    assert moved.materiality is not Materiality.EXTENSION, moved.materiality_reason
    refusal = extension_refusal(moved, "item B", items=[extension, moved])
    assert refusal is not None and "cannot be classed an extension" in refusal
    # and without the extension beside it, the move is never part of one
    assert extension_refusal(moved, "item B", items=[moved]) is not None


@pytest.mark.parametrize(("sentence", "before", "after"), WORKED_OUT)
def test_a_date_that_follows_the_new_expiration_is_not_named(
    sentence: str, before: str, after: str
) -> None:
    old, new = dt.date(2026, 10, 8), dt.date(2026, 10, 15)
    assert stale_dates(sentence.format(date=after), old, new) == []
    assert act_dates(sentence.format(date=after), old, new) == []
    # the date left as the old expiration gave it is still named
    assert stale_dates(sentence.format(date=before), old, new) == [f"{before}, 2026"]


@given(
    old=st.dates(dt.date(2026, 1, 5), dt.date(2027, 12, 1)),
    weeks=st.integers(1, 8),
    count=st.integers(1, 3),
)
def test_any_business_day_after_the_new_expiration_stands(
    old: dt.date, weeks: int, count: int
) -> None:
    new = old + dt.timedelta(weeks=weeks)
    nth = ["first", "second", "third"][count - 1]
    stated = worked_out(new, count, business=True)
    said = stated.strftime("%B %-d, %Y")
    sentence = (
        f"We will accept the tendered options on {said}, the {nth} business day after the "
        "expiration date."
    )
    assert stale_dates(sentence, old, new) == []
    assert act_dates(sentence, old, new) == []


ACCEPT = (
    "We will accept and cancel the tendered options on {date}, the business day following "
    "the expiration date."
)


@pytest.mark.parametrize(
    ("moved_to", "short"),
    [("April 28, 2026", False), ("May 4, 2026", True)],
    ids=["follows-the-new-expiration", "moved-elsewhere"],
)
def test_an_extension_that_moves_the_date_with_it_needs_no_period_of_its_own(
    moved_to: str, short: bool
) -> None:
    """`amend --to` with counsel's revision: the sample offer, expiring Thursday, April 23,
    extended on Wednesday, April 22 to Monday, April 27 (3 business days), its acceptance
    date moved with it: a material change would need 5."""
    from amendtool.core.checks import run_checks
    from amendtool.core.extension import changes_terms
    from amendtool.core.series import Series
    from amendtool.core.series_expiration import short_period
    from amendtool.core.series_steps import draft_extension
    from amendtool.io.load import load_document
    from tests.conftest import SAMPLES
    from tests.core.test_results_ratio import stating
    from tests.core.test_series_extension import filing

    sample = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(stating(sample, ACCEPT.format(date="April 24, 2026")))
    revised = stating(sample, ACCEPT.format(date=moved_to))
    new = dt.datetime(2026, 4, 27, 23, 59)
    old = dt.datetime(2026, 4, 23, 23, 59)
    draft_extension(series, filing(1, dt.date(2026, 4, 22), old), {}, new, revised)
    refusal = short_period(series)
    assert (refusal is not None) is short, refusal
    amendment = series.amendment(0)
    assert amendment is not None
    assert changes_terms(amendment.change_items) is short
    warned = [f.message for f in run_checks(amendment) if f.code == "extension_dates"]
    assert any(moved_to in m for m in warned) is short, warned
