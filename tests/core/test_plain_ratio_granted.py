"""An exchange ratio stated with what is done to the new securities between its two numbers
("One New RSU will be granted for every two Eligible RSUs") is a ratio, to the proposal and
to the notice: never "the number of RSUs that may be issued is now three", which tells
holders something other than what changed. A count of securities named by an acronym keeps
its capitals ("the number of RSUs")."""

from __future__ import annotations

import pytest

from amendtool.core.facts import extract
from amendtool.core.materiality import propose
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording
from tests.core.test_materiality import drafted

STS = "SUMMARY TERM SHEET"
VERBS = [
    "will be granted",
    "will be issued",
    "shall be granted",
    "will be granted to you",
    "is granted",
]


@pytest.mark.parametrize("verb", VERBS)
def test_a_ratio_with_its_verb_between_the_numbers_is_a_ratio(verb: str) -> None:
    old = f"One New RSU {verb} for every two Eligible RSUs."
    new = f"One New RSU {verb} for every three Eligible RSUs."
    assert [f.kind for f in extract(old)] == ["ratio"]

    proposal = propose(drafted(STS, ["What is the offer?", old], ["What is the offer?", new])[0])
    assert proposal.materiality.value == "consideration"
    assert proposal.reason.startswith("Changes the exchange ratio"), proposal.reason
    assert "fewer" in proposal.reason, proposal.reason  # worse for holders, said so

    changes, rest_changed = fact_changes(old, new)
    assert not rest_changed and [c.kind for c in changes] == ["ratio"]
    said = " ".join(fact_sentences(changes, house_wording()))
    assert "for every three" in said and "It was one for every two." in said, said
    assert "may be issued" not in said and "is now three" not in said, said


def test_a_count_of_rsus_keeps_its_capitals() -> None:
    old = ["We may grant up to 1,000 RSUs in the offer."]
    new = ["We may grant up to 1,200 RSUs in the offer."]
    proposal = propose(drafted("2. Number of New RSUs", old, new)[0])
    assert "RSUs" in proposal.reason and "rsus" not in proposal.reason, proposal.reason


def test_the_reason_names_the_ratio_without_its_verb() -> None:
    old = ["What is the offer?", "One New RSU will be granted for every two Eligible RSUs."]
    new = ["What is the offer?", "One New RSU will be granted for every three Eligible RSUs."]
    proposal = propose(drafted(STS, old, new)[0])
    assert proposal.reason.startswith(
        "Changes the exchange ratio from one New RSU for every two to one New RSU for every "
        "three (fewer"
    ), proposal.reason
