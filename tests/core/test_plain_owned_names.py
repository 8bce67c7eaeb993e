"""A figure named by a noun that says whose it is only with its owner ("term", a rate of
interest) is said with that owner, from its sentence: "The term of the New Options is now 36
months", never "The term is now 36 months"; "The interest rate on the notes is now 6%",
never "The notes are now 6%" or "The notes bear interest is now 6%"."""

from __future__ import annotations

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        pytest.param(
            "The New Options will have a term of 24 months.",
            "The New Options will have a term of 36 months.",
            "The term of the New Options is now 36 months. It was 24 months.",
            id="will-have-a-term",
        ),
        pytest.param(
            "Each New Option will have a term of 24 months from the grant date.",
            "Each New Option will have a term of 36 months from the grant date.",
            "The term of each New Option is now 36 months. It was 24 months.",
            id="each-has-a-term",
        ),
        pytest.param(
            "The term of each new option will be 24 months.",
            "The term of each new option will be 36 months.",
            "The term of each new option is now 36 months. It was 24 months.",
            id="term-of-will-be",
        ),
        pytest.param(
            "The notes bear interest at 5% per annum.",
            "The notes bear interest at 6% per annum.",
            "The interest rate on the notes is now 6%. It was 5%.",
            id="bear-interest",
        ),
        pytest.param(
            "The interest rate on the notes is 5%.",
            "The interest rate on the notes is 6%.",
            "The interest rate on the notes is now 6%. It was 5%.",
            id="interest-rate-on",
        ),
        pytest.param(
            "Dividends on the Preferred Shares accrue at 6.5% per year.",
            "Dividends on the Preferred Shares accrue at 7% per year.",
            "The accrual rate of the dividends on the Preferred Shares is now 7%. It was 6.5%.",
            id="accrue-at",
        ),
        pytest.param(
            "Dividends are payable at a rate of 7% per year.",
            "Dividends are payable at a rate of 8% per year.",
            "The rate at which the dividends are payable is now 8%. It was 7%.",
            id="at-a-rate-of",
        ),
        pytest.param(
            "The Preferred Shares pay cumulative dividends at an annual rate of 7%.",
            "The Preferred Shares pay cumulative dividends at an annual rate of 8%.",
            "The rate at which the Preferred Shares pay cumulative dividends is now 8%.",
            id="at-an-annual-rate-of",
        ),
        pytest.param(
            "The dividend on the Preferred Shares is $1.50 per year.",
            "The dividend on the Preferred Shares is $1.75 per year.",
            "The dividend on the Preferred Shares per year is now $1.75. It was $1.50.",
            id="dividend-per-year",
        ),
    ],
)
def test_a_figure_is_said_with_whose_it_is(old: str, new: str, said: str) -> None:
    changes, _ = fact_changes(old, new)
    text = " ".join(fact_sentences(changes, house_wording()))
    assert text.startswith(said), text
