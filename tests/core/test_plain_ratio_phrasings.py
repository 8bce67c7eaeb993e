"""An exchange ratio printed with both its securities named ("3 options for 1 New RSU", "1
New RSU for 3 Eligible Options", "three Eligible Options will be exchanged for one New RSU")
is a ratio to the checks' reader and to the notice's alike: the proposal names the exchange
ratio (not "the number of options"), and the notice says the ratio is now … (it was …). A
figure named by a pronoun in its sentence ("keep it open") is named by what the pronoun
stands for in the notice."""

from __future__ import annotations

from decimal import Decimal

import pytest

from amendtool.core.facts import extract
from amendtool.core.materiality import propose
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording
from tests.core.test_materiality import drafted

RATIO = "2. Exchange Ratio."


@pytest.mark.parametrize(
    ("printed", "worse", "new_per_old"),
    [
        pytest.param(
            "Eligible Options will be exchanged at 3 options for 1 New RSU.",
            "Eligible Options will be exchanged at 4 options for 1 New RSU.",
            Decimal(1) / 3,
            id="options-for-a-new-rsu",
        ),
        pytest.param(
            "You will receive 1 New RSU for 3 Eligible Options.",
            "You will receive 1 New RSU for 4 Eligible Options.",
            Decimal(1) / 3,
            id="a-new-rsu-for-options",
        ),
        pytest.param(
            "Three Eligible Options will be exchanged for one New RSU.",
            "Four Eligible Options will be exchanged for one New RSU.",
            Decimal(1) / 3,
            id="exchanged-for",
        ),
        pytest.param(
            "You will receive one New RSU for every three Eligible Options.",
            "You will receive one New RSU for every four Eligible Options.",
            Decimal(1) / 3,
            id="for-every-three",
        ),
    ],
)
def test_a_ratio_naming_both_securities_is_a_ratio_everywhere(
    printed: str, worse: str, new_per_old: Decimal
) -> None:
    [fact] = [f for f in extract(printed) if f.kind == "ratio"]
    assert abs(Decimal(fact.value) - new_per_old) < Decimal("0.0001")
    assert not [f for f in extract(printed) if f.kind == "count"]

    proposal = propose(drafted(RATIO, [printed], [worse])[0])
    assert proposal.materiality.value == "consideration"
    assert proposal.reason.startswith("Changes the exchange ratio"), proposal.reason

    changes, rest_changed = fact_changes(printed, worse)
    assert not rest_changed and [c.kind for c in changes] == ["ratio"]
    said = " ".join(fact_sentences(changes, house_wording()))
    # the ratio counts New RSUs: said so, whatever the offer calls its consideration
    assert said.startswith("You will now receive one New RSU for every four Eligible Options.")
    assert "It was one for every three." in said


def test_counts_of_two_securities_in_an_example_are_no_ratio() -> None:
    """Two counts in an example's clauses, with no "for" between them, are counts."""
    text = "For example, if you hold 300 options, you would receive 100 New RSUs."
    assert [f.kind for f in extract(text)] == ["count", "count"]


@pytest.mark.parametrize(
    ("old", "named"),
    [
        pytest.param(
            "If we make a material change, we will keep it open for at least 5 business days.",
            "The minimum period for which we will keep the offer open is now 10 business days.",
            id="keep-it-open",
        ),
        pytest.param(
            "If the offer is undersubscribed, we may extend it for up to 5 business days.",
            "The maximum period for which we may extend the offer is now 10 business days.",
            id="extend-it",
        ),
    ],
)
def test_a_pronoun_is_named_by_what_it_stands_for(old: str, named: str) -> None:
    changes, _ = fact_changes(old, old.replace("5 business", "10 business"))
    said = " ".join(fact_sentences(changes, house_wording()))
    assert said.startswith(named), said
    assert " it " not in said
