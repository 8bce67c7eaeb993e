"""A changed figure in the offer's terms is named as counsel names the term: "Raises the
minimum exercise price of eligible options from $5.00 to $6.00", "… the minimum exercise
price of the New Options …", never by a word that happens to stand beside the figure, and
the same change is said once however often its sentence prints the figure."""

from __future__ import annotations

import pytest

from amendtool.core.materiality import propose
from tests.core.test_materiality import drafted

ELIGIBILITY = "1. Eligibility."
STS = "Summary Term Sheet"
MINIMUM = "the minimum exercise price of eligible options"


@pytest.mark.parametrize(
    ("heading", "old", "named"),
    [
        pytest.param(
            ELIGIBILITY,
            ["Options with an exercise price of at least $5.00 per share are eligible."],
            MINIMUM,
            id="at-least",
        ),
        pytest.param(
            ELIGIBILITY,
            ['Options with an exercise price per share of $5.00 or more (the "Eligible Options").'],
            MINIMUM,
            id="or-more-defined",
        ),
        pytest.param(
            STS,
            [
                "Which options are eligible?",
                "Options with an exercise price above $5.00 are.",
                "When does the offer expire?",
                "The offer expires at 11:59 p.m., Eastern Time, on May 29, 2026.",
            ],
            MINIMUM,
            id="question-above",
        ),
        pytest.param(
            ELIGIBILITY,
            [
                "Options are eligible if their exercise price is above the $5.00 floor (the "
                '"$5.00 floor").'
            ],
            MINIMUM,
            id="floor-printed-twice",
        ),
        pytest.param(
            ELIGIBILITY,
            ["The minimum exercise price of eligible options is $5.00."],
            MINIMUM,
            id="minimum-named",
        ),
        pytest.param(
            ELIGIBILITY,
            ["We will not accept options with an exercise price per share of less than $5.00."],
            MINIMUM,
            id="not-accepted-below",
        ),
        pytest.param(
            ELIGIBILITY,
            ["Options with an exercise price below $5.00 are not eligible."],
            MINIMUM,
            id="not-eligible-below",
        ),
        pytest.param(
            ELIGIBILITY,
            ["Options with an exercise price of $5.00 or less are eligible."],
            "the maximum exercise price of eligible options",
            id="or-less",
        ),
        pytest.param(
            "5. Terms of the New Options.",
            [
                "The exercise price of each New Option will be the greater of the closing price "
                "on the grant date and $5.00."
            ],
            "the minimum exercise price of the New Options",
            id="new-options-floor",
        ),
    ],
)
def test_a_price_threshold_is_named_as_the_term(heading: str, old: list[str], named: str) -> None:
    new = [p.replace("$5.00", "$6.00") for p in old]
    item = drafted(heading, old, new)[0]
    proposal = propose(item)
    assert proposal.materiality.value == "consideration", proposal.reason
    assert proposal.reason == f"Raises {named} from $5.00 to $6.00 in the offer's terms"
