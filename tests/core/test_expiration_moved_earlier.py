"""An amendment that moves the offer's expiration earlier (another day, or an earlier time
of the same day) shortens a live offer: `check` warns, naming the old and the new
expiration, and Item 4 states the change as it states any other change of the terms. A
move later is an extension and gets neither."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.extension import extended_document
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.items import Materiality, letter
from amendtool.core.layout import plain_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, filing

EARLIER_DAY = dt.datetime(2026, 4, 21, 23, 59)  # the sample's April 23 moved to a Tuesday
EARLIER_TIME = dt.datetime(2026, 4, 23, 17, 0)  # the same day, 5:00 p.m.
LATER = dt.datetime(2026, 4, 28, 23, 59)


def moved_to(new: dt.datetime) -> Amendment:
    """The sample offer, its every statement of the expiration moved to `new`; the filing
    details give `new`, as counsel would."""
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    details = filing(1, dt.date(2026, 4, 1), new)
    zone = details.zone
    revised = extended_document(
        original, EXPIRATION.replace(tzinfo=zone), new.replace(tzinfo=zone), details.time_zone
    )
    return draft_amendment(original, revised, details)


def item4(amendment: Amendment) -> str:
    text = plain_text(schedule_to_blocks(amendment))
    start = text.index("Item 4.")
    return " ".join(text[start:].split())


@pytest.mark.parametrize(
    ("new", "said"),
    [(EARLIER_DAY, "11:59 p.m., Eastern Time, on April 21, 2026"), (EARLIER_TIME, "5:00 p.m.")],
)
def test_an_earlier_expiration_is_warned_of_and_stated_in_item_4(
    new: dt.datetime, said: str
) -> None:
    amendment = moved_to(new)
    warnings = [f for f in run_checks(amendment) if f.code == "expiration_earlier"]
    assert len(warnings) == 1, [f.message for f in run_checks(amendment)]
    [warning] = warnings
    assert warning.severity == "warning"
    assert "11:59 p.m., Eastern Time, on April 23, 2026" in warning.message
    assert said in warning.message
    assert "earlier" in warning.message and "14e-1" in warning.message
    stated = item4(amendment)
    assert "amended the Offer to move the expiration of the Offer earlier" in stated
    assert "11:59 p.m., Eastern Time, on April 23, 2026" in stated
    assert said in stated


def test_a_later_expiration_is_no_shortening() -> None:
    amendment = moved_to(LATER)
    assert not [f for f in run_checks(amendment) if f.code == "expiration_earlier"]
    assert "earlier" not in item4(amendment)


def test_a_shortening_counsel_classes_clarifying_is_told_it_gets_no_period() -> None:
    amendment = moved_to(EARLIER_DAY)
    [warning] = [f for f in run_checks(amendment) if f.code == "expiration_earlier"]
    assert "counts no period" not in warning.message
    assert warning.item is not None
    amendment.change_items[warning.item].choose_materiality(Materiality.CLARIFYING)
    [warning] = [f for f in run_checks(amendment) if f.code == "expiration_earlier"]
    assert f"item {letter(warning.item or 0)} is classed clarifying" in warning.message
    assert "class it material" in warning.message
