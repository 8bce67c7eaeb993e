"""The names of the exchanges an offer's stock trades on ("Nasdaq Global Market", "NYSE
American") are words of securities drafting, never a misspelling to warn of."""

from __future__ import annotations

import pytest

from amendtool.core.spelling import house_speller, words_to_spell


@pytest.mark.parametrize(
    "text",
    [
        "Our common stock is listed on the Nasdaq Global Select Market under the symbol QLMK.",
        "Our common stock trades on the NYSE under the symbol VRDL.",
        "The shares are listed on NYSE American and NYSE Arca.",
        "The shares were listed on the American Stock Exchange (Amex) and on Euronext Paris.",
    ],
)
def test_an_exchange_name_is_known(text: str) -> None:
    speller = house_speller()
    unknown = [m.group(0) for m in words_to_spell(text) if not speller.known(m.group(0))]
    assert unknown == []
