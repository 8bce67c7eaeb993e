"""The reason for a changed exchange ratio is worded in the firm's rules file, not in code:
a firm that says "more New Options for each option exchanged" edits resources, and the
reason follows."""

from __future__ import annotations

import pytest

from amendtool.core import fact_names
from amendtool.core.materiality_rules import house_table
from tests.support.materiality import drafted_one

HEADING = "2. Number of New Options; Exchange Ratio"
OLD = "You will receive one New Option for every two Eligible Options you exchange."
NEW = "You will receive one New Option for every three Eligible Options you exchange."


def test_the_ratio_reason_is_worded_in_the_rules_file() -> None:
    table = house_table("ratio_reasons")
    assert table is not None
    assert table["fewer"] == "fewer new securities for each one given up"
    item = drafted_one(HEADING, [OLD], [NEW])
    assert f"({table['fewer']})" in item.materiality_reason, item.materiality_reason


def test_a_firm_s_own_ratio_wording_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    own = {
        "read": "Exchange ratio now {new} (was {old}): {means}",
        "unread": "Exchange ratio now {new} (was {old})",
        "fewer": "fewer New Options for each option",
        "more": "more New Options for each option",
    }
    monkeypatch.setattr(fact_names, "_ratio_words", lambda: own)
    item = drafted_one(HEADING, [OLD], [NEW])
    assert "fewer New Options for each option" in item.materiality_reason, item.materiality_reason
    assert "given up" not in item.materiality_reason


def test_a_ratio_of_shares_of_common_stock_is_a_ratio_not_a_count_of_shares() -> None:
    """ "one share of common stock for every two shares" → "two shares … for every three":
    the exchange ratio changed (more new shares for each one given up), no count of shares."""
    old = (
        "Each New Option will cover one share of common stock for every two shares subject "
        "to the Eligible Option it replaces."
    )
    new = old.replace("one share", "two shares").replace("every two", "every three")
    item = drafted_one(HEADING, [old], [new])
    reason = item.materiality_reason
    assert reason.startswith("Changes the exchange ratio from one share of common stock"), reason
    assert "number of shares" not in reason, reason
    assert "(more new securities for each one given up)" in reason, reason
