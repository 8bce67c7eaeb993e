"""A period changed in the offer ("two weeks" to "ten business days": how long the offer
stays open, a notice period, a vesting period) is said in the plain notice as a period, with
its unit on both sides ("… is now ten business days. It was two weeks."), named by its own
sentence or left for counsel to name; never as a count of securities ("The number of period
that may be tendered is now ten. It was two."), whatever verb of tendering, receiving or
issuing its sentence holds. Which way it moved is said only where the units compare."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from amendtool.core.plain_fact_sentences import fact_sentences
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.wording import house_wording
from tests.support.materiality import NAMED_COVER, amended
from tests.support.plain import plain_filing

# the role a period plays, in the offer's own sentences; several hold a verb the firm's
# list uses to name a count of securities (tender, receive, exchange, issue, outstanding)
ROLES = [
    "To withdraw, you must deliver a notice of withdrawal to the stock administration team "
    "within {p} after you tendered.",
    "The offer will remain open for at least {p} after we announce the change.",
    "We will pay for the Eligible Options you tender within {p} after the expiration date.",
    "You will receive your New Options within {p} after the expiration date.",
    "Options exchanged in the offer will be cancelled within {p} after the expiration date.",
    "The New Options will be issued within {p} after the expiration date.",
    "New Options vest over a period of {p} from the grant date.",
    "Directors are not eligible for {p}.",
]
# one period in each unit: days, business days, weeks, months
PERIODS = ["30 days", "ten business days", "two weeks", "three months"]
PAIRS = list(itertools.permutations(PERIODS, 2))
# which way a pair moved, where its units compare (weeks are seven days); 0 where they do
# not (business days against calendar days or months): no "more time" said of it
DIRECTION = {
    ("30 days", "two weeks"): -1,
    ("two weeks", "30 days"): 1,
}
_NAME = re.compile(r"^The (?P<label>.+?) is now (?P<new>.+?)\. It was (?P<old>.+?)\.")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_a_period_is_said_as_a_period_with_its_units(role: str, old: str, new: str) -> None:
    changes, _ = fact_changes(role.format(p=old), role.format(p=new))
    assert len(changes) == 1, changes
    [change] = changes
    [sentence, *_] = fact_sentences(changes, house_wording())
    said = _NAME.match(sentence)
    assert said, sentence
    assert (said["new"], said["old"]) == (new, old), sentence
    label = said["label"]
    assert not label.lower().startswith(("number of", "minimum number", "maximum number"))
    assert "of period" not in label and "periods" not in label, sentence
    assert "period" in label or "term" in label, sentence
    assert change.direction == DIRECTION.get((old, new), 0), (sentence, change.direction)


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        ("two weeks", "three weeks", 1),
        ("ten business days", "20 business days", 1),
        ("three months", "one year", 1),
        ("two years", "18 months", -1),
        ("14 days", "two weeks", 0),
        ("ten days", "ten business days", 0),
    ],
)
def test_periods_in_units_that_compare_say_which_way_they_moved(
    old: str, new: str, direction: int
) -> None:
    role = "The offer will remain open for at least {p} after we announce the change."
    changes, _ = fact_changes(role.format(p=old), role.format(p=new))
    if old == "14 days":  # the same period said in other words changes no fact
        assert changes == []
        return
    [change] = changes
    assert (change.old, change.new, change.direction) == (old, new, direction)


def test_the_notice_heads_and_says_the_period_as_a_period(example_filing_toml: Path) -> None:
    old = (
        "To withdraw, you must deliver a notice of withdrawal to the stock administration "
        "team within two weeks after you tendered."
    )
    amendment = amended(
        plain_filing(example_filing_toml),
        "4. Withdrawal Rights.",
        [old],
        [old.replace("two weeks", "ten business days")],
        NAMED_COVER,
    )
    [paragraph] = plain_paragraphs(amendment)
    assert "is now ten business days. It was two weeks." in paragraph.text, paragraph.text
    for said in (paragraph.heading, paragraph.text):
        assert "number of" not in said.lower(), said
        assert "tendered" not in said, said
