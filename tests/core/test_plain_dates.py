"""A changed date is named by its own clause, never by a word elsewhere in its sentence, and
is said with the time its sentence ties to it."""

from __future__ import annotations

import pytest

from amendtool.core.plain_facts import fact_changes

WITHDRAW = (
    "You may also withdraw tendered Preferred Shares after 12:00 midnight, Eastern Time, on {} "
    "if we have not accepted them for payment."
)


def test_a_date_is_not_named_by_a_word_of_another_clause_and_keeps_its_time() -> None:
    (change,) = fact_changes(
        WITHDRAW.format("October 12, 2027"), WITHDRAW.format("November 2, 2027")
    )[0]
    assert "payment" not in change.label
    assert change.old == "12:00 midnight at the end of October 12, 2027"
    assert change.new == "12:00 midnight at the end of November 2, 2027"
    assert change.direction == 1


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The New Options will be granted on {}, and we will pay any cash promptly.", "grant date"),
        ("We will pay you on {} for each option we cancel.", "payment date"),
        ("Your options will be cancelled on {} if we pay for them.", "cancellation date"),
    ],
)
def test_a_date_is_named_by_the_words_of_its_own_clause(sentence: str, label: str) -> None:
    (change,) = fact_changes(sentence.format("June 5, 2027"), sentence.format("June 9, 2027"))[0]
    assert change.label == label
