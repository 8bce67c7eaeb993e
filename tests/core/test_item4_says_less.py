"""Item 4 is written by the tool itself and filed final: a figure it names must be named from
a clean noun phrase of the figure's own sentence, and a value it quotes must read inside
Item 4's sentence. A Dutch auction raising its cap, the floor of its price range and its
odd-lot size was filed as "increase the number of Depositary Shares sought from 50 to 100"
(the odd-lot size), "increase the Purchase Price from $24.00 to $24.50" (no such price: the
floor of a range rose) and "from Up to 2,000,000 Depositary Shares. to Up to 3,000,000
Depositary Shares.." (a term sheet's cell quoted whole). An exchange offer's "you will
receive a New Option with an exercise price of $6.25" gave "the exercise price of the you
will receive a New Option"."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.plain_owners import owned_name, unowned_name
from amendtool.core.series_amendment import supplements
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing, revised

DUTCH: Spec = [
    (
        "",
        [
            "Larkspur Bancorp, Inc. invites holders of its depositary shares (the “Depositary "
            "Shares”) to tender up to 2,000,000 Depositary Shares for purchase by us at a price "
            "not greater than $26.00 nor less than $24.00 per Depositary Share, net to the "
            "seller in cash.",
        ],
    ),
    (
        "Summary Term Sheet",
        [
            "Securities Sought\tUp to 2,000,000 Depositary Shares.",
            "Price Range\tA single price determined by a modified Dutch auction.",
            "Odd Lots\tFewer than 50 Depositary Shares.",
        ],
    ),
    (
        "1. Terms of the Offer",
        [
            "We will purchase up to 2,000,000 Depositary Shares at a single price per "
            "Depositary Share not greater than $26.00 nor less than $24.00.",
            "Holders of fewer than 50 Depositary Shares who tender all of them will not be "
            "subject to proration.",
        ],
    ),
    ("7. Conditions of the Offer", ["The conditions are for our sole benefit."]),
]


def _item4(example_filing_toml: Path, new: Spec) -> str:
    details = plain_filing(
        example_filing_toml, consideration="Purchase Price", tendered="Depositary Shares"
    )
    amendment = draft_amendment(doc(DUTCH), doc(new), details)
    (supplement,) = supplements(amendment)
    return supplement.text


def test_an_odd_lot_size_is_never_called_the_number_sought(example_filing_toml: Path) -> None:
    new = revised(DUTCH, "fewer than 50", "fewer than 100")
    new = revised(new, "2,000,000", "3,000,000")
    text = _item4(example_filing_toml, new)
    assert "sought from 2,000,000 to 3,000,000" in text, text
    assert "from 50 to 100" not in text, text  # not the number sought: left to the items


def test_a_cell_is_quoted_without_its_full_stop_or_capital(example_filing_toml: Path) -> None:
    new = revised(DUTCH, "Fewer than 50", "Fewer than 100")
    text = _item4(example_filing_toml, new)
    assert ".." not in text and "Shares. to" not in text, text
    said = "from fewer than 50 Depositary Shares to fewer than 100 Depositary Shares."
    assert said in text, text


def test_a_cell_already_stated_is_not_stated_again(example_filing_toml: Path) -> None:
    text = _item4(example_filing_toml, revised(DUTCH, "2,000,000", "3,000,000"))
    assert text.count("3,000,000") == 1, text


def test_the_floor_of_a_price_range_is_no_purchase_price(example_filing_toml: Path) -> None:
    text = _item4(example_filing_toml, revised(DUTCH, "$24.00", "$24.50"))
    assert "$24.50" in text, text
    assert "Purchase Price from" not in text, text
    assert "the lowest price of the range from $24.00 to $24.50" in text, text


def test_the_owner_is_a_noun_phrase_not_a_clause() -> None:
    clause = "you will receive a New Option with an exercise price of"
    assert owned_name(clause) == "exercise price of the New Option"
    # a clause whose object is no defined term: no owner said, counsel names it
    clause = "you get options that were repriced with an exercise price of"
    assert owned_name(clause) is None
    assert unowned_name(clause) == "exercise price"
    # an owner that is a noun phrase is kept as it was
    assert owned_name("each New Option with an exercise price of") == (
        "exercise price of each New Option"
    )
    assert owned_name("The New Options will have a term of") == "term of the New Options"
