"""Counsel's paragraph that tells a change the wrong way round with the right figures
(tester08 finding 5): "down from $3.85" said of a raise to $4.15, "up from $6.25", "went up"
and "We raised" said of a cut to $5.50. Only figures swapped were caught; the direction words
(resources/plain/direction.toml) are now read against the direction of the change's own
figures, and a paragraph that tells the change the right way round still passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.checks import ERROR, run_checks
from amendtool.core.plain_direction import direction_said
from tests.support.plain import lowered, plain_filing

PAY = "We will pay {} in cash for each Eligible RSU promptly after the offer ends."
RAISE = (PAY.format("$3.85"), PAY.format("$4.15"))
PRICE = "The exercise price of the Repriced Options is {} per share."
CUT = (PRICE.format("$6.25"), PRICE.format("$5.50"))


@pytest.mark.parametrize(
    ("change", "paragraph", "said"),
    [
        (RAISE, "We will now pay $4.15 for each Eligible RSU, down from $3.85.", "down from"),
        (RAISE, "We lowered the cash payment from $3.85 to $4.15.", "lowered"),
        (CUT, "The exercise price is now $5.50 per share, up from $6.25.", "up from"),
        (CUT, "The exercise price went up from $6.25 to $5.50.", "went up"),
        (CUT, "We raised the exercise price of your Repriced Options to $5.50.", "raised"),
        (CUT, "The exercise price increased to $5.50 per share.", "increased"),
    ],
)
def test_a_change_told_the_wrong_way_round_is_named(
    change: tuple[str, str], paragraph: str, said: str
) -> None:
    [problem] = direction_said(*change, paragraph)
    assert f"“{said}" in problem and "wrong way round" in problem, problem


@pytest.mark.parametrize(
    ("change", "paragraph"),
    [
        (RAISE, "We will now pay $4.15 for each Eligible RSU, up from $3.85."),
        (RAISE, "We raised the cash payment from $3.85 to $4.15."),
        (CUT, "The exercise price is now $5.50 per share, down from $6.25."),
        (CUT, "We lowered the exercise price to $5.50. It went down by $0.75."),
        (CUT, "The exercise price is now $5.50. It was $6.25."),
        # a market move in a condition is no direction of the change
        (CUT, "We may end the offer if our stock rose above $5.50 before it ends."),
        # a figure the change does not state
        (CUT, "The exercise price is now $5.50. Our stock went up to $7.00 last year."),
    ],
)
def test_a_change_told_the_right_way_round_passes(change: tuple[str, str], paragraph: str) -> None:
    assert direction_said(*change, paragraph) == []


def test_check_names_the_direction_said_wrongly(example_filing_toml: Path) -> None:
    amendment = lowered(plain_filing(example_filing_toml))  # $20.00 lowered to $17.50
    amendment.change_items[0].set_plain_summary(
        "More options are now eligible: the threshold is now $17.50, up from $20.00."
    )
    errors = [f.message for f in run_checks(amendment) if f.severity == ERROR]
    assert any("“up from" in e and "wrong way round" in e for e in errors), errors
