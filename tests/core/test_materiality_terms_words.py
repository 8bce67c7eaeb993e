"""In the text that defines the offer's terms, the consideration can change without a number:
a new form (restricted stock units instead of options), how the price is set, how the count
is rounded, how the new securities vest. Each is proposed as a change in the consideration
(10 business days), as a changed amount there is."""

from __future__ import annotations

import pytest

from amendtool.core.materiality import propose
from tests.core.test_materiality import drafted

TERMS = "7. Exchange Ratio; Terms of New Options."
RATIO = (
    "You will receive one New Option for every two Eligible Options that you exchange, "
    "rounded {} to the nearest whole share."
)
PRICE = (
    "Each New Option will have an exercise price equal to the {} of our common stock on the "
    "Nasdaq Global Select Market {}."
)
VEST = "Each New Option will vest in equal {} installments over three years."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            [f"{RATIO.format('down')} {PRICE.format('closing price', 'on the grant date')}"],
            [
                f"{RATIO.format('down')} Instead of New Options, you will receive restricted "
                "stock units, which will have no exercise price."
            ],
            id="form-restricted-stock-units",
        ),
        pytest.param(
            [PRICE.format("closing price", "on the grant date")],
            [PRICE.format("average closing price", "over the five trading days before the grant")],
            id="how-the-price-is-set",
        ),
        pytest.param([RATIO.format("down")], [RATIO.format("up")], id="rounding"),
        pytest.param([VEST.format("annual")], [VEST.format("quarterly")], id="vesting"),
    ],
)
def test_a_term_changed_without_a_number_is_consideration(old: list[str], new: list[str]) -> None:
    item = drafted(TERMS, old, new)[0]
    proposal = propose(item)
    assert proposal.materiality.value == "consideration", proposal.reason


def test_a_change_in_the_terms_that_is_no_term_stays_material() -> None:
    old = ["We will grant the New Options promptly after we cancel the Eligible Options."]
    new = ["We will grant the New Options after we cancel the Eligible Options."]
    assert propose(drafted(TERMS, old, new)[0]).materiality.value == "material"
