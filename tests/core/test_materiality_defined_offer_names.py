"""The offer's own names are also those it defines for itself ("(the "Exchange Program")",
"(the "Repricing Offer")"), not only the firm's fixed list: words that only call the offer by
such a name are clarifying. A name defined for something else (a stock exchange, the
options) is no name of the offer."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from amendtool.core.offer_names import offer_names_defined
from tests.support.builders import doc
from tests.support.materiality import drafted

COVER = (
    "Acme Widgets, Inc. is offering to exchange eligible options for new options upon the "
    'terms set forth in this document (the "Stock Swap Program"). Our common stock is listed '
    'on the New York Stock Exchange (the "Exchange").'
)
TERMS = "SUMMARY TERM SHEET"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            "The offer is open to all eligible employees who hold eligible options.",
            "The Stock Swap Program is open to all eligible employees who hold eligible options.",
            id="offer-to-defined",
        ),
        pytest.param(
            "You may exchange your eligible options in the Stock Swap Program for new options.",
            "You may exchange your eligible options in the offer for new options.",
            id="defined-to-offer",
        ),
    ],
)
def test_calling_the_offer_by_a_name_it_defines_is_clarifying(old: str, new: str) -> None:
    [item] = drafted(TERMS, [old], [new], cover=COVER)
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert "own name" in item.materiality_reason


def test_a_name_defined_for_something_else_is_not_the_offers() -> None:
    document = doc([("", [COVER]), (TERMS, ["The offer is open to employees."])])
    names = offer_names_defined(document)
    assert "stock swap program" in names
    assert "exchange" not in names
