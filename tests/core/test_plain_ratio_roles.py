"""A number's role decides how the notice and the reasons say it. The denominator of an
exchange ratio printed over a long clause ("For every two shares subject to an Eligible
Option you tender, you will receive a New Option to purchase one share") is the ratio's,
never "the number of shares covered by eligible options"; the ratio is said in the units it
counts (shares under the options, not options), with the right direction. A figure the tool
reads only as one side of a ratio it cannot read whole is left for counsel to explain (a
placeholder), never said as a count that rose."""

from __future__ import annotations

from decimal import Decimal

from amendtool.core.facts import extract
from amendtool.core.materiality import propose
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording
from tests.support.materiality import drafted

SUMMARY = "8. Source and Amount of Consideration; Terms of New Options."
TWO = (
    "For every two shares subject to an Eligible Option you tender, you will receive a New "
    "Option to purchase one share of common stock."
)
THREE = TWO.replace("every two", "every three")


def test_a_ratio_over_a_long_clause_is_one_ratio() -> None:
    [fact] = [f for f in extract(TWO) if f.kind == "ratio"]
    assert Decimal(fact.value) == Decimal("0.5")
    assert not [f for f in extract(TWO) if f.kind == "count"]


def test_the_reason_names_the_ratio_and_its_direction() -> None:
    proposal = propose(drafted(SUMMARY, [TWO], [THREE])[0])
    assert proposal.materiality.value == "consideration"
    assert proposal.reason.startswith("Changes the exchange ratio"), proposal.reason
    assert "fewer new securities" in proposal.reason
    assert "Raises" not in proposal.reason


def test_the_notice_says_the_ratio_in_the_units_it_counts() -> None:
    changes, rest_changed = fact_changes(TWO, THREE)
    assert not rest_changed and [c.kind for c in changes] == ["ratio"]
    assert changes[0].direction < 0  # fewer New Options for the same options given up
    said = " ".join(fact_sentences(changes, house_wording()))
    assert said == (
        "You will now receive New Options for one share for every three shares covered by "
        "your Eligible Options. It was one for every two. You will receive fewer New Options "
        "for the same number of Eligible Options."
    ), said


def test_a_ratio_of_options_is_still_said_in_options() -> None:
    old = "You will receive one New Option for every two Eligible Options."
    changes, _ = fact_changes(old, old.replace("two", "three"))
    said = " ".join(fact_sentences(changes, house_wording()))
    assert said.startswith("You will now receive one New Option for every three Eligible Options.")
    assert "fewer New Options" in said


def test_a_side_of_a_ratio_the_tool_cannot_read_whole_is_left_to_counsel() -> None:
    old = "Each New Option will cover 50 shares per 100 shares of the Eligible Option surrendered."
    new = old.replace("per 100", "per 150")
    changes, _ = fact_changes(old, new)
    said = " ".join(fact_sentences(changes, house_wording()))
    assert "[" in said, said  # counsel names it: the tool does not guess
    assert "More" not in said and "more" not in said and "fewer" not in said.lower(), said
    proposal = propose(drafted(SUMMARY, [old], [new])[0])
    assert proposal.materiality.value == "consideration"
    assert "Raises" not in proposal.reason, proposal.reason
