"""Counsel's plain paragraph may name a range the change gives ("a new row for options priced
from $12.00 to $14.99"): both ends are new values, so "from … to" there states a range, not a
figure moved from one to the other. It was read as the new value said as the old one, an
error that blocked export."""

from __future__ import annotations

from amendtool.core.plain_contradictions import problems

OLD = "$15.00 to $19.99\t1,200,000\n\n$20.00 and above\t800,000"
NEW = "$12.00 to $14.99\t900,000\n\n$15.00 to $19.99\t1,200,000\n\n$20.00 and above\t800,000"


def test_a_range_the_change_gives_is_no_change_told_backwards() -> None:
    paragraph = "The table now has a new row for options priced from $12.00 to $14.99."
    assert [p.text for p in problems(OLD, NEW, paragraph)] == []


def test_a_figure_moved_is_still_read_from_old_to_new() -> None:
    old, new = "The exercise price is $15.00.", "The exercise price is $12.00."
    assert problems(old, new, "The exercise price goes from $15.00 to $12.00.") == []
    wrong = problems(old, new, "The exercise price goes from $12.00 to $15.00.")
    assert wrong and "wrong way round" in wrong[0].text, wrong


def test_a_range_of_old_values_is_said_as_before() -> None:
    old = "Options priced $12.00 to $14.99 are eligible."
    new = "Options priced $13.00 to $15.99 are eligible."
    paragraph = "Options priced from $12.00 to $14.99 were eligible; now $13.00 to $15.99 are."
    assert [p.text for p in problems(old, new, paragraph)] == []
