"""A worked example of the exchange ratio ("if you exchange 3 options, you will receive 1 New
Option") is named as the example, by the clause each figure stands in: the options exchanged
or the new securities received in it, not "the number of options"."""

from __future__ import annotations

import pytest

from amendtool.core.materiality import propose
from tests.core.test_materiality import drafted

TERMS = "5. Source and Amount of Consideration; Terms of New Options."
EXAMPLE = (
    "For example, if you exchange 3 options, you will receive 1 New Option, subject to rounding "
    "down to the nearest whole share."
)


@pytest.mark.parametrize(
    ("new", "named"),
    [
        pytest.param(
            EXAMPLE.replace("3 options", "4 options"),
            "Raises the number of options exchanged in the worked example of the exchange ratio "
            "from 3 options to 4 options",
            id="options-exchanged",
        ),
        pytest.param(
            EXAMPLE.replace("1 New Option", "2 New Options"),
            "Raises the number of new securities received in the worked example of the exchange "
            "ratio from 1 New Option to 2 New Options",
            id="new-securities-received",
        ),
    ],
)
def test_a_worked_example_is_named_as_the_example(new: str, named: str) -> None:
    proposal = propose(drafted(TERMS, [EXAMPLE], [new])[0])
    assert proposal.reason.startswith(named), proposal.reason


def test_a_count_outside_an_example_keeps_its_name() -> None:
    old = "Options to purchase approximately 1,400,000 shares are Eligible Options."
    new = "Options to purchase approximately 1,550,000 shares are Eligible Options."
    proposal = propose(drafted("2. Number of Options.", [old], [new])[0])
    assert proposal.reason.startswith("Raises the number of shares from 1,400,000"), proposal.reason
