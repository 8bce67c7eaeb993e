"""A worked example set inside a sentence that states a term ("greater than $18.50 (for
example, options granted in 2021 at $24.10)") illustrates that term; it does not turn the
sentence into an example. When the term itself changes, the term's change decides the class
(a change in the consideration or securities sought: 10 business days), whatever word sets
the example off; only a sentence that is an example throughout, or a change confined to the
example, is the worked example it looks like."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.support.materiality import drafted

# (section heading, sentence with {aside} where the example stands, old figure, new figure)
TERMS = {
    "threshold": (
        "1. Eligible Options",
        "You may participate if you hold options with an exercise price per share greater "
        "than $18.50{aside}.",
        "$18.50",
        "$15.00",
    ),
    "price": (
        "1. Terms of the Offer; Purchase Price",
        "We are offering to purchase Shares at a price of $24.00 per Share, net to the seller "
        "in cash{aside}.",
        "$24.00",
        "$25.50",
    ),
    "ratio": (
        "3. Exchange Ratio",
        "You will receive one New RSU for every 2.5 Eligible Options you exchange{aside}.",
        "2.5",
        "2.0",
    ),
    "share count": (
        "2. Number of Options",
        "We are offering to exchange options to purchase up to 1,400,000 shares of our "
        "common stock{aside}.",
        "1,400,000",
        "1,550,000",
    ),
}
ILLUSTRATION = "options granted in 2021 at $24.10 and $2,400.00 for 100 Shares"
ASIDES = {
    "for example": [" (for example, {x})", ", for example {x}", " — for example, {x}"],
    "e.g.": [" (e.g., {x})", ", e.g., {x}"],
    "such as": [" (such as {x})", ", such as {x}"],
    "for instance": [" (for instance, {x})", ", for instance {x}"],
    "including": [" (including {x})", ", including {x}"],
}
SHAPES = [
    pytest.param(kind, shape, id=f"{kind}-{word}-{n}")
    for kind in TERMS
    for word, shapes in ASIDES.items()
    for n, shape in enumerate(shapes)
]


@pytest.mark.parametrize(("kind", "shape"), SHAPES)
def test_a_changed_term_with_an_example_beside_it_is_the_consideration(
    kind: str, shape: str
) -> None:
    heading, sentence, was, now = TERMS[kind]
    old = sentence.format(aside=shape.format(x=ILLUSTRATION))
    item = drafted(heading, [old], [old.replace(was, now)])[0]
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "worked example" not in item.materiality_reason, item.materiality_reason
    assert was in item.materiality_reason and now in item.materiality_reason


@pytest.mark.parametrize("kind", list(TERMS))
def test_an_example_interjected_before_the_term_does_not_hide_it(kind: str) -> None:
    """ "You will receive, for example, one New RSU for every 2.5 Eligible Options": the
    words still state the term."""
    heading, sentence, was, now = TERMS[kind]
    old = sentence.format(aside="").replace(" ", ", for example, ", 1)
    item = drafted(heading, [old], [old.replace(was, now)])[0]
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason


@pytest.mark.parametrize("kind", list(TERMS))
def test_a_change_confined_to_the_example_is_the_example(kind: str) -> None:
    heading, sentence, _was, _now = TERMS[kind]
    old = sentence.format(aside=f" (for example, {ILLUSTRATION})")
    item = drafted(heading, [old], [old.replace("$24.10", "$26.10")])[0]
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert item.materiality_reason.startswith("Changes a worked example")


@pytest.mark.parametrize(
    "opening",
    ["For example, if", "If, for example,", "Assume, for instance, that", "To illustrate, if"],
)
def test_a_sentence_that_is_an_example_throughout_stays_one(opening: str) -> None:
    old = f"{opening} you hold 300 options, you would receive 100 New RSUs."
    item = drafted("3. Exchange Ratio", [old], [old.replace("100 New", "75 New")])[0]
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert item.materiality_reason.startswith("Changes a worked example")


@pytest.mark.parametrize(
    "address",
    ["acme.equityexchange.example", "www.acme.example/offer", "offers@acme.example"],
)
def test_the_word_example_in_an_address_makes_no_worked_example(address: str) -> None:
    old = f"You must submit your election at {address} before the offer expires."
    new = old.replace("before", "at least two business days before")
    item = drafted("4. Procedures for Electing to Exchange Options", [old], [new])[0]
    assert "worked example" not in item.materiality_reason, item.materiality_reason
    assert item.materiality_reason.startswith("Changes the procedures"), item.materiality_reason
