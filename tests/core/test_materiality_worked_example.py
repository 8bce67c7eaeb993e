"""A worked example of the exchange ratio ("if you exchange 3 options, you will receive 1 New
Option") illustrates the offer's terms; it is not one. A change in it is proposed material,
never consideration, and named as the example, by the clause each figure stands in (the
options exchanged or the new securities received in it, not "the number of options"); when
its figures keep the proportion the unchanged terms give them, it is clarifying."""

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
    assert proposal.materiality.value == "material", proposal.reason
    assert proposal.reason.startswith("Changes a worked example"), proposal.reason
    assert named[:1].lower() + named[1:] in proposal.reason


HOLD = "For example, if you hold 300 options, you would receive 100 New RSUs."


@pytest.mark.parametrize(
    ("new", "expected", "said"),
    [
        pytest.param(
            HOLD.replace("100 New RSUs", "75 New RSUs"),
            "material",
            "lowers the number of new securities received in the worked example",
            id="another-proportion",
        ),
        pytest.param(
            HOLD.replace("300", "600").replace("100", "200"),
            "clarifying",
            "in the proportion the unchanged terms give them",
            id="the-same-proportion",
        ),
        pytest.param(
            "For instance, if you hold 300 options, you would receive 100 New RSUs and $50.00 "
            "in cash.",
            "material",
            "a worked example",
            id="an-amount-added-to-an-example",
        ),
    ],
)
def test_an_illustration_is_not_a_term(new: str, expected: str, said: str) -> None:
    proposal = propose(drafted(TERMS, [HOLD], [new])[0])
    assert proposal.materiality.value == expected, proposal.reason
    assert said in proposal.reason, proposal.reason


def test_a_term_stated_outright_is_still_the_consideration() -> None:
    old = "You will receive 100 New RSUs for each 300 options you exchange."
    proposal = propose(drafted(TERMS, [old], [old.replace("100", "75")])[0])
    assert proposal.materiality.value == "consideration", proposal.reason


def test_a_count_outside_an_example_keeps_its_name() -> None:
    old = "Options to purchase approximately 1,400,000 shares are Eligible Options."
    new = "Options to purchase approximately 1,550,000 shares are Eligible Options."
    proposal = propose(drafted("2. Number of Options.", [old], [new])[0])
    assert proposal.reason.startswith("Raises the number of shares from 1,400,000"), proposal.reason


def test_an_example_following_a_changed_ratio_restates_the_change() -> None:
    """The example redone under the new ratio is part of the change in the consideration:
    counsel files both as one (10 business days), naming the item that changes the terms."""
    from amendtool.core.drafting import draft_items
    from tests.support.builders import doc

    ratio = "You will receive one New RSU for every three Eligible Options."
    front = ("", ["Acme Widgets, Inc. is offering to exchange options."])
    old = [front, ("2. Exchange Ratio.", [ratio]), (TERMS, [HOLD])]
    new = [
        front,
        ("2. Exchange Ratio.", [ratio.replace("three", "four")]),
        (TERMS, [HOLD.replace("100 New RSUs", "75 New RSUs")]),
    ]
    ratio_item, example_item = draft_items(doc(old), doc(new)).items
    assert ratio_item.materiality.value == "consideration"
    assert example_item.materiality.value == "consideration", example_item.materiality_reason
    assert example_item.materiality_reason.startswith(
        "Restates in a worked example the change in the consideration (item A)"
    )


def test_an_example_is_tied_only_to_a_change_of_the_terms_it_illustrates() -> None:
    """A proportional example (600 and 200 for 300 and 100 at an unchanged 1-for-3) in an
    amendment that also changes the share count elsewhere illustrates no changed term: it
    stays clarifying, and the timing names the share count's item, not the example."""
    from amendtool.core.drafting import draft_items
    from tests.support.builders import doc

    ratio = "You will receive one New RSU for every three Eligible Options."
    covers = "The offer covers 2,400,000 shares of our common stock."
    front = ("", ["Acme Widgets, Inc. is offering to exchange options."])
    old = [front, ("2. Exchange Ratio.", [ratio, covers]), (TERMS, [HOLD])]
    new = [
        front,
        ("2. Exchange Ratio.", [ratio, covers.replace("2,400,000", "2,600,000")]),
        (TERMS, [HOLD.replace("300", "600").replace("100 New RSUs", "200 New RSUs")]),
    ]
    count_item, example_item = draft_items(doc(old), doc(new)).items
    assert count_item.materiality.value == "consideration", count_item.materiality_reason
    assert example_item.materiality.value == "clarifying", example_item.materiality_reason
    assert "item A" not in example_item.materiality_reason
