"""The two ends of a range a sentence states ("The cash payment ranges from $1.25 to $2.50")
moved are no amount any holder receives: the notice said "You will receive more for each of
your Eligible Options" of the top of a range whose bottom band was cut, and Item 4 said
"increase the amount from $1.25 to $1.40" and "increase the amount from $2.50 to $2.75"."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.fact_ranges import an_end_of_a_range, ranges_changed, ranges_in
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.series_amendment import supplements
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

RANGE = "The cash payment for each Eligible Option ranges from $1.25 to $2.50."


def test_the_ends_of_a_range_are_read_as_such() -> None:
    assert ranges_in(RANGE) == [("$1.25", "$2.50")]
    assert ranges_in("You will receive between $1.40 and $2.75 for each option.") == [
        ("$1.40", "$2.75")
    ]
    assert ranges_in("We increased the price from $26.25 to $26.75.") == []  # a change, said
    changes, _ = fact_changes(RANGE, RANGE.replace("$1.25", "$1.40").replace("$2.50", "$2.75"))
    assert all(an_end_of_a_range(c) for c in changes)
    assert len(ranges_changed(changes)) == 1


OFFER: Spec = [
    ("", ["Kerrow Corp. offers to pay cash for eligible options.", RANGE]),
    (
        "1. Terms of the Offer",
        [
            "We will pay $1.25 for each option with an exercise price of $35.00 or more.",
            "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2026.",
        ],
    ),
    ("7. Conditions of the Offer", ["The conditions are for our benefit."]),
]


def test_a_range_moved_is_said_as_a_range_and_no_one_is_told_they_receive_more(
    example_filing_toml: Path,
) -> None:
    new = [(h, [p.replace("$1.25 to $2.50", "$1.40 to $2.75") for p in ps]) for h, ps in OFFER]
    amendment = draft_amendment(doc(OFFER), doc(new), plain_filing(example_filing_toml))
    text = " ".join(p.text for p in plain_paragraphs(amendment))
    assert "receive more" not in text, text
    (supplement,) = supplements(amendment)
    assert "from between $1.25 and $2.50 to between $1.40 and $2.75" in supplement.text
    assert supplement.text.count("amended the Offer to") == 1, supplement.text


def test_the_notice_says_a_range_moved_as_one_range(example_filing_toml: Path) -> None:
    """Not "The amount you will receive is now $1.40. It was $1.25." of its bottom end."""
    new = [(h, [p.replace("$1.25 to $2.50", "$1.40 to $2.75") for p in ps]) for h, ps in OFFER]
    amendment = draft_amendment(doc(OFFER), doc(new), plain_filing(example_filing_toml))
    texts = [p.text for p in plain_paragraphs(amendment)]
    said = [t for t in texts if "$1.40" in t]
    assert len(said) == 1, texts
    assert "is now between $1.40 and $2.75. It was between $1.25 and $2.50." in said[0], said
