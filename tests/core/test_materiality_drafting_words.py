"""Drafting words put in a sentence that names who is eligible — another name the cover defines
for the company (the "Company,"), "granted" before "under our plan" — change no right, amount
or date: clarifying, though the sentence's own unchanged words ("eligible employees") speak of
eligibility. A condition put in beside them still changes who is eligible."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from amendtool.core.materiality import propose
from tests.support.materiality import drafted_one

OLD = (
    'Cardinal Ridge Software, Inc. ("Cardinal Ridge," "we" or "us") is offering eligible '
    "employees the opportunity to exchange certain outstanding stock options for restricted "
    'stock units ("RSUs") under our 2019 Equity Incentive Plan.'
)
DRAFTED = OLD.replace('"Cardinal Ridge," "we"', '"Cardinal Ridge," the "Company," "we"').replace(
    '("RSUs") under', '("RSUs") granted under'
)


def test_drafting_words_in_a_sentence_on_eligibility_are_clarifying() -> None:
    item = drafted_one("Summary of Terms", [OLD], [DRAFTED], cover="Cardinal Ridge offers RSUs.")
    proposal = propose(item)
    assert proposal.materiality is Materiality.CLARIFYING, proposal.reason


@pytest.mark.parametrize(
    "new",
    [
        OLD.replace("under our 2019", "granted before 2020 under our 2019"),
        OLD.replace("certain outstanding", "certain vested"),
    ],
)
def test_a_condition_put_in_beside_them_still_changes_who_is_eligible(new: str) -> None:
    item = drafted_one("Summary of Terms", [OLD], [new], cover="Cardinal Ridge offers RSUs.")
    assert propose(item).materiality is not Materiality.CLARIFYING, propose(item).reason
