"""A figure is named by the measure its own words state: in "options … with an exercise price
of more than $9.00 per share (the "Old Options") for new options (the "Repriced Options") with
an exercise price of $6.25 per share", $6.25 is the Repriced Options' exercise price, never
"the minimum exercise price of eligible options" ($9.00 is that, and it does not change). The
reason and the notice both say whose price it is; the threshold is still named as one."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

COVER = (
    'Cascade Microsystems, Inc. (the "Company") is offering to exchange all outstanding '
    "options to purchase shares of its common stock granted under the 1994 Stock Option Plan "
    'with an exercise price of more than {bar} per share (the "Old Options") for new options '
    '(the "Repriced Options") with an exercise price of {price} per share, the closing price '
    "on May 29, 1998."
)
SECTION = "1. Number of Options; Expiration Date"
TEXT = ["The offer expires at 5:00 p.m., Pacific Time, on July 3, 1998."]


def _offer(bar: str, price: str) -> Spec:
    return [("", [COVER.format(bar=bar, price=price)]), (SECTION, TEXT)]


def _item(bar: str, price: str) -> AmendmentItem:
    (item,) = draft_items(doc(_offer("$9.00", "$6.25")), doc(_offer(bar, price))).items
    return item


def test_the_new_options_price_is_named_as_theirs() -> None:
    reason = _item("$9.00", "$5.875").materiality_reason
    assert "eligible" not in reason and "minimum" not in reason, reason
    assert "exercise price of the Repriced Options from $6.25 to $5.875" in reason, reason


def test_the_threshold_is_still_named_as_the_threshold() -> None:
    reason = _item("$8.00", "$6.25").materiality_reason
    assert "minimum exercise price of eligible options from $9.00 to $8.00" in reason, reason


def test_the_notice_says_whose_exercise_price_it_is(example_filing_toml: Path) -> None:
    amendment = draft_amendment(
        doc(_offer("$9.00", "$6.25")),
        doc(_offer("$9.00", "$5.875")),
        plain_filing(example_filing_toml),
    )
    said = " ".join(p.text for p in plain_paragraphs(amendment))
    assert "exercise price of the Repriced Options is now $5.875" in said, said


BOUND = (
    "We are offering to exchange options granted under the 1997 Stock Plan with an exercise "
    "price of {} or more."
)


def test_a_price_with_a_bound_after_it_is_the_threshold(example_filing_toml: Path) -> None:
    """ "with an exercise price of $25.00 or more": the options' owner is not what the figure
    measures; it is the least price of the options the offer takes."""
    before = [("", [BOUND.format("$25.00")]), (SECTION, TEXT)]
    after = [("", [BOUND.format("$22.50")]), (SECTION, TEXT)]
    amendment = draft_amendment(doc(before), doc(after), plain_filing(example_filing_toml))
    (item,) = amendment.change_items
    assert "minimum exercise price of eligible options" in item.materiality_reason
    said = " ".join(p.text for p in plain_paragraphs(amendment))
    assert "The minimum exercise price is now $22.50" in said, said
