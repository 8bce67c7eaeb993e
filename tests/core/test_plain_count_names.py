"""A count the firm's list does not name is named by the words of its own clause, as the
offer says it ("the number of shares of our common stock the offer covers", "the number of
employees who hold Eligible Options"), never "The [name this number of shares …]" where the
sentence says what it counts, and never "The there is now …"."""

from __future__ import annotations

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording


@pytest.mark.parametrize(
    ("old", "said"),
    [
        pytest.param(
            "The offer covers 1,400,000 shares of our common stock.",
            "The number of shares of our common stock the offer covers is now 1,550,000.",
            id="object-of-its-clause",
        ),
        pytest.param(
            "Eligible Options cover 1,400,000 shares, or 5% of our outstanding shares.",
            "The number of shares Eligible Options cover is now 1,550,000.",
            id="defined-term-as-subject",
        ),
        pytest.param(
            "There are 1,400,000 shares subject to Eligible Options.",
            "The number of shares covered by eligible options is now 1,550,000.",  # the list's
            id="there-are",
        ),
        pytest.param(
            "Approximately 1,400,000 employees hold Eligible Options.",
            "The number of employees who hold Eligible Options is now 1,550,000.",
            id="subject-of-its-clause",
        ),
        pytest.param(
            "You must hold at least 1,400,000 options to participate.",
            "The minimum number of options you must hold to participate is now 1,550,000.",
            id="with-its-purpose",
        ),
    ],
)
def test_a_count_is_named_by_its_own_clause(old: str, said: str) -> None:
    changes, _ = fact_changes(old, old.replace("1,400,000", "1,550,000"))
    text = " ".join(fact_sentences(changes, house_wording()))
    assert text.startswith(said), text
    assert "[" not in text.split(" It was ")[0]


@pytest.mark.parametrize(
    ("old", "options"),
    [
        pytest.param(
            "As of May 1, options to purchase 1,400,000 shares were outstanding.",
            "outstanding options",
            id="outstanding-not-eligible",
        ),
        pytest.param("There are 1,400,000 shares subject to options.", "options", id="bare"),
        pytest.param(
            "Options to purchase 1,400,000 shares are eligible for exchange.",
            "eligible options",
            id="said-eligible",
        ),
    ],
)
def test_options_are_called_what_their_sentence_calls_them(old: str, options: str) -> None:
    """Options outstanding are not all eligible: the notice never says so for the text."""
    changes, _ = fact_changes(old, old.replace("1,400,000", "1,550,000"))
    text = " ".join(fact_sentences(changes, house_wording()))
    assert text.startswith(f"The number of shares covered by {options} is now 1,550,000."), text
