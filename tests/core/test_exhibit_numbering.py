"""The next exhibit number the tool suggests stays in the Item 1016(a) category of the one it
follows: after (a)(1)(G) comes (a)(1)(H), never (a)(2)(G), a different category."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.series_rules import free_label
from amendtool.core.series_steps import next_filing_data, next_label


@pytest.mark.parametrize(
    ("label", "following"),
    [
        ("(a)(1)(F)", "(a)(1)(G)"),
        ("(a)(1)(B)", "(a)(1)(C)"),
        ("(a)(1)(Z)", "(a)(1)(AA)"),
        ("(a)(5)(i)", "(a)(5)(ii)"),
        ("(a)(5)(iv)", "(a)(5)(v)"),
        ("(a)(11)", "(a)(12)"),
        ("(a)(5)", "(a)(6)"),
        ("(d)(2)", "(d)(3)"),
    ],
)
def test_the_next_label_advances_the_last_part_in_its_own_kind(label: str, following: str) -> None:
    assert next_label(label) == following


def test_a_reused_letter_is_refused_with_the_letter_after_the_highest_of_its_category() -> None:
    """A gap below the highest ((a)(1)(C), (D)) was most likely filed with the statement and
    is unknown to the project: counsel numbers a new exhibit next after the highest."""
    used = {
        label: "filed"
        for label in ("(a)(1)(A)", "(a)(1)(B)", "(a)(1)(E)", "(a)(1)(F)", "(a)(1)(G)")
    }
    assert free_label("(a)(1)(F)", used) == "(a)(1)(H)"
    assert free_label("(a)(1)(G)", used) == "(a)(1)(H)"
    assert free_label("(a)(1)(B)", used) == "(a)(1)(H)"
    assert free_label("(a)(1)(A)", used) == "(a)(1)(H)"
    assert free_label("(a)(5)(ii)", {"(a)(5)(ii)": "filed", "(a)(5)(iv)": "filed"}) == "(a)(5)(v)"
    assert free_label("(a)(12)", {"(a)(12)": "filed", "(a)(9)": "filed"}) == "(a)(13)"


def test_the_next_amendment_numbers_its_notice_in_the_same_category() -> None:
    data = {"amendment": {"number": 3, "notice_exhibit": "(a)(1)(F)"}}
    following = next_filing_data(data, dt.date(2026, 11, 20), {"(a)(1)(G)"})
    assert following["amendment"]["notice_exhibit"] == "(a)(1)(H)"
