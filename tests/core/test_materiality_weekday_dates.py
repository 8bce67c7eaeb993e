"""A date printed with its weekday is one date: the weekday changes with it, and an item that
only moves such an expiration is an extension, wherever it is printed."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.facts import extract
from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.plain_summary import summarise
from amendtool.core.wording import house_wording
from tests.support.builders import doc

COVER = (
    "THE OFFER AND WITHDRAWAL RIGHTS EXPIRE AT 11:59 P.M., CENTRAL TIME, ON {}, "
    "UNLESS THE OFFER IS EXTENDED."
)
EXPIRES = "The offer expires at 11:59 p.m., Central Time, on {}, unless we extend it."
OLD_DAY, NEW_DAY = "Friday, November 20, 2026", "Monday, November 30, 2026"


def _items(heading: str, old: str, new: str) -> list[AmendmentItem]:
    front = ("", ["Corvallis Instruments, Inc. is offering to exchange options."])
    before = doc([front, (heading, [old, "Options granted before 2026 are eligible."])])
    after = doc([front, (heading, [new, "Options granted before 2026 are eligible."])])
    return draft_items(before, after).items


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        pytest.param("SUMMARY TERM SHEET", COVER, id="capitals"),
        pytest.param("SUMMARY TERM SHEET", EXPIRES, id="summary"),
        pytest.param(
            "1. Eligibility; Number of Options; Expiration Date", EXPIRES, id="eligibility"
        ),
    ],
)
def test_moving_an_expiration_printed_with_its_weekday_is_an_extension(
    heading: str, sentence: str
) -> None:
    old = sentence.format(OLD_DAY)
    new = sentence.format(NEW_DAY)
    if sentence is COVER:
        old, new = old.upper(), new.upper()
    (item,) = _items(heading, old, new)
    assert item.materiality is Materiality.EXTENSION, item.materiality_reason
    assert item.materiality_reason.startswith("Extends the expiration"), item.materiality_reason
    assert "FRIDAY" not in item.materiality_reason.split(" from ")[0]
    assert "Eligib" not in item.materiality_reason


def test_a_weekday_belongs_to_its_date() -> None:
    (date,) = [f for f in extract("on Friday, November 20, 2026, unless") if f.kind == "date"]
    assert (date.value, date.text) == ("2026-11-20", "Friday, November 20, 2026")


def test_a_corrected_weekday_of_the_same_date_is_clarifying() -> None:
    old = EXPIRES.format("Thursday, November 20, 2026")
    (item,) = _items("SUMMARY TERM SHEET", old, EXPIRES.format(OLD_DAY))
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason


def test_a_section_title_alone_never_makes_an_expiration_sentence_consideration() -> None:
    old = EXPIRES.format(OLD_DAY)
    new = (
        "The offer now expires at 11:59 p.m., Central Time, on Monday, November 30, 2026, "
        "unless we decide to extend it."
    )
    (item,) = _items("1. Eligibility; Number of Options; Expiration Date", old, new)
    assert item.materiality is not Materiality.CONSIDERATION, item.materiality_reason
    assert "Eligib" not in item.materiality_reason
    assert "Friday" not in item.materiality_reason.split("; also")[0]


@pytest.mark.parametrize("sentence", [COVER, EXPIRES], ids=["capitals", "summary"])
def test_the_notice_says_the_new_deadline_with_its_weekday_and_nothing_else(
    sentence: str,
) -> None:
    old, new = sentence.format(OLD_DAY), sentence.format(NEW_DAY)
    if sentence is COVER:
        old, new = old.upper(), new.upper()
    (item,) = _items("SUMMARY TERM SHEET", old, new)
    summary = summarise(item, house_wording())
    assert summary.complete, summary.text
    assert "[" not in summary.text and "other words" not in summary.text
    assert "Monday, November 30, 2026" in summary.text
    assert "Friday, November 20, 2026" in summary.text


def test_an_expiration_moved_earlier_says_so_in_order() -> None:
    old, new = EXPIRES.format(NEW_DAY), EXPIRES.format(OLD_DAY)
    (item,) = _items("SUMMARY TERM SHEET", old, new)
    assert item.materiality is Materiality.MATERIAL
    assert item.materiality_reason.startswith("Moves the expiration earlier, from"), (
        item.materiality_reason
    )
