"""A reversal compares whole figures: a deadline (date, time and zone together), a date, a
time, an amount of money, never their parts. An extension to a later day at an earlier
hour ("11:59 p.m. on June 26" to "5:00 p.m. on July 10") does not undo the extension that
set the 11:59 p.m.; the same moment put back in other words does."""

from __future__ import annotations

import pytest

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locator import Locator
from amendtool.core.series_reversals import undoes

HERE = Locator("1", "Section 1. Expiration")


def expiring(moment: str) -> str:
    return f"The Offer will expire at {moment}, unless we extend it."


def change(old: str, new: str) -> AmendmentItem:
    return AmendmentItem(ItemKind.REPLACE_SENTENCE, HERE, old_text=old, new_text=new)


FIRST = "5:00 p.m., New York City time, on June 12, 2026"
SECOND = "11:59 p.m., New York City time, on June 26, 2026"
LATER_AT_AN_EARLIER_HOUR = "5:00 p.m., New York City time, on July 10, 2026"


def test_a_later_expiration_at_an_earlier_hour_does_not_undo_an_extension() -> None:
    earlier = change(expiring(FIRST), expiring(SECOND))
    assert not undoes(change(expiring(SECOND), expiring(LATER_AT_AN_EARLIER_HOUR)), earlier)
    assert undoes(change(expiring(SECOND), expiring(FIRST)), earlier)


def test_the_same_moment_put_back_in_other_words_is_still_a_reversal() -> None:
    earlier = change(expiring(FIRST), expiring(SECOND))
    in_other_words = "5:00 p.m., Eastern Time, on Friday, June 12, 2026"
    assert undoes(change(expiring(SECOND), expiring(in_other_words)), earlier)


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("5:00 p.m. on June 12", "11:59 p.m. on June 26", "5:00 p.m. on July 10"),
        ("June 12, 2026 at 5:00 p.m.", "June 26, 2026 at 11:59 p.m.", "July 10, 2026 at 5:00 p.m."),
        ("5:00 p.m. on the date", "11:59 p.m. on the date", "5:00 a.m. on the next day"),
    ],
)
def test_no_part_of_a_deadline_is_compared_alone(first: str, second: str, third: str) -> None:
    earlier = change(expiring(first), expiring(second))
    assert not undoes(change(expiring(second), expiring(third)), earlier)


def pays(amount: str) -> str:
    return f"We will pay {amount} per Preferred Share in cash, less any withholding."


def test_a_price_in_words_is_one_figure() -> None:
    """$25 to $26, then $26 to $25.50: the price is not put back, whatever words it shares."""
    earlier = change(pays("twenty-five dollars"), pays("twenty-six dollars"))
    later = change(pays("twenty-six dollars"), pays("twenty-five dollars and fifty cents"))
    assert not undoes(later, earlier)
    assert undoes(change(pays("twenty-six dollars"), pays("$25.00")), earlier)


def test_an_amount_with_its_scale_is_one_figure() -> None:
    earlier = change(pays("$1.5 million in total"), pays("$2 million in total"))
    assert not undoes(change(pays("$2 million in total"), pays("$1.5 billion in total")), earlier)
    assert undoes(change(pays("$2 million in total"), pays("$1,500,000 in total")), earlier)
