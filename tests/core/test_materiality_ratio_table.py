"""An exchange ratio printed as a table of figures, its column headed by what one gives up
for each new security ("Eligible Options for each New RSU"), is the consideration: a
changed figure in that column is a change in the consideration, not "a number"."""

from __future__ import annotations

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
