"""An exchange ratio printed as a table of figures, its column headed by what one gives up
for each new security ("Eligible Options for each New RSU"), is the consideration: a
changed figure in that column is a change in the consideration, not "a number"."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import Materiality
from tests.support.builders import doc

FRONT = ("", ["Acme Widgets, Inc. is offering to exchange options for New RSUs."])
HEADING = "Exercise Price\tEligible Options for each New RSU"


def test_a_ratio_in_a_table_row_is_consideration() -> None:
    old = [HEADING, "$10.00 to $14.99\t2.5", "$15.00 to $19.99\t4.0", "$20.00 and above\t6.0"]
    new = [HEADING, "$10.00 to $14.99\t2.5", "$15.00 to $19.99\t3.5", "$20.00 and above\t6.0"]
    items = draft_items(
        doc([FRONT, ("SUMMARY TERM SHEET", ["How many New RSUs will I receive?", *old])]),
        doc([FRONT, ("SUMMARY TERM SHEET", ["How many New RSUs will I receive?", *new])]),
    ).items
    [item] = items
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "exchange ratio" in item.materiality_reason
    assert "4.0" in item.materiality_reason and "3.5" in item.materiality_reason


def test_a_plain_count_in_a_table_is_not_made_a_ratio() -> None:
    heading = "Year\tEmployees"
    old = [heading, "2001\t412", "2002\t430"]
    new = [heading, "2001\t412", "2002\t431"]
    items = draft_items(
        doc([FRONT, ("10. Information About Acme", ["Our workforce:", *old])]),
        doc([FRONT, ("10. Information About Acme", ["Our workforce:", *new])]),
    ).items
    assert [i.materiality for i in items] != [Materiality.CONSIDERATION]


# a heading, and which way 3.0 → 2.5 moves what holders receive for what they give up
RATIO_HEADINGS = [
    ("Eligible Options Exchanged for One New RSU", "more"),
    ("Eligible Options per New RSU", "more"),
    ("Eligible Options Required to Receive One New RSU", "more"),
    ("New RSUs Granted for One Eligible Option", "fewer"),
]


@pytest.mark.parametrize(("heading", "means"), RATIO_HEADINGS)
def test_a_ratio_column_however_headed_is_a_change_of_the_exchange_ratio(
    heading: str, means: str
) -> None:
    """ "Eligible Options Exchanged for One New RSU" states a ratio as "for each" does: the
    reason names the exchange ratio, both figures and which way holders fare, never "takes
    out 3.0"."""
    head = f"Exercise Price per Share\t{heading}"
    old = [head, "$10.00 to $14.99\t2.0", "$15.00 to $19.99\t3.0", "$20.00 and above\t4.0"]
    new = [head, "$10.00 to $14.99\t2.0", "$15.00 to $19.99\t2.5", "$20.00 and above\t4.0"]
    [item] = draft_items(
        doc([FRONT, ("2. Exchange Ratios", ["The ratios are set by exercise price.", *old])]),
        doc([FRONT, ("2. Exchange Ratios", ["The ratios are set by exercise price.", *new])]),
    ).items
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "exchange ratio" in item.materiality_reason, item.materiality_reason
    assert "3.0" in item.materiality_reason and "2.5" in item.materiality_reason
    assert "takes out" not in item.materiality_reason
    assert f"({means} new securities for each one given up)" in item.materiality_reason
