"""A short name defined for words the sentence already prints ("the Nasdaq Global Market, or
Nasdaq,", "New York Stock Exchange (the "NYSE")") changes no right, amount or date: it is
proposed clarifying with that reason (not as an update of the sentence's figures), and the
notice counts it among the corrections instead of leaving counsel a placeholder."""

from __future__ import annotations

import pytest

from amendtool.core.materiality import propose
from amendtool.core.plain_corrections import wording_correction
from tests.core.test_materiality import drafted

SALE = (
    "On February 26, 2026, the last reported sale price of our common stock on the Nasdaq "
    "Global Market was $14.10 per share."
)
LISTED = "Our common stock is listed on the New York Stock Exchange."


@pytest.mark.parametrize(
    ("heading", "old", "new", "short"),
    [
        pytest.param(
            "6. Price Range of Common Stock.",
            SALE,
            SALE.replace("Global Market", "Global Market, or Nasdaq,"),
            "Nasdaq",
            id="or-nasdaq",
        ),
        pytest.param(
            "6. Price Range of Common Stock.",
            LISTED,
            LISTED.replace("Exchange", "Exchange (the “NYSE”)"),
            "NYSE",
            id="an-acronym-in-quotes",
        ),
    ],
)
def test_a_short_name_for_words_printed_is_clarifying(
    heading: str, old: str, new: str, short: str
) -> None:
    item = drafted(heading, [old], [new])[0]
    proposal = propose(item)
    assert proposal.materiality.value == "clarifying", proposal.reason
    assert proposal.reason.startswith(f"Defines a short name (“{short}”)"), proposal.reason
    assert wording_correction(item)


def test_a_name_for_other_words_is_no_short_name() -> None:
    """ "(the "Exchange Agent")" names nothing the sentence printed: a new party."""
    old = "Send your notice to Broad Street Trust Company."
    new = "Send your notice to Broad Street Trust Company (the “Exchange Agent”)."
    proposal = propose(drafted("3. Withdrawal Rights.", [old], [new])[0])
    assert not proposal.reason.startswith("Defines a short name"), proposal.reason
