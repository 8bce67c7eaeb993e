"""A ratio printed "1 for 2" in a table whose row does not say which side is received is read
the way the offer explains its own ratios elsewhere ("a ratio of 1 for 2, which means you
will receive one New Option for every two shares"); where the offer explains none, or
explains them both ways, counsel says which (the placeholder), never a guess."""

from __future__ import annotations

import datetime as dt

from amendtool.core.amendment import draft_amendment
from amendtool.core.plain_notice import voice_of
from amendtool.core.plain_summary import summarise
from tests.core.test_series_extension import filing
from tests.support.builders import doc

FRONT = (
    "",
    ["Corvell Instruments, Inc. is offering to exchange Eligible Options for New Options."],
)
NEW_FIRST = (
    "An Eligible Option priced from $20.00 to $39.99 will be exchanged at a ratio of 1 for 2, "
    "which means you will receive one New Option for every two shares subject to it."
)
OLD_FIRST = (
    "An Eligible Option priced from $20.00 to $39.99 will be exchanged at a ratio of 2 for 1, "
    "which means you will receive one New Option for every two shares subject to it."
)
HEAD = "Exercise Price of Eligible Option\tExchange Ratio"


def _said(explained: str, old: str, new: str) -> str:
    """The notice on the middle row of the ratio table changed from `old` to `new`; the
    other rows printed the same way round."""
    form = "1 for {n}" if old.startswith("1 for") else "{n} for 1"
    rows = [
        f"$10.00 to $19.99\t{form.format(n='1.5')}",
        "",
        f"$40.00 and above\t{form.format(n='3')}",
    ]

    def offer(ratio: str) -> list[tuple[str, list[str]]]:
        rows[1] = f"$20.00 to $39.99\t{ratio}"
        table = ["The ratios are as follows:", HEAD, *rows]
        return [FRONT, ("SUMMARY TERM SHEET", [explained]), ("2. Exchange Ratio", table)]

    when = filing(1, dt.date(2026, 4, 15), dt.datetime(2026, 4, 30, 23, 59))
    amendment = draft_amendment(doc(offer(old)), doc(offer(new)), when)
    [item] = amendment.change_items
    return summarise(item, amendment.wording, voice_of(amendment)).text


def test_the_offer_s_explanation_of_new_for_old_says_a_smaller_second_figure_is_more() -> None:
    said = _said(NEW_FIRST, "1 for 2", "1 for 1.75")
    assert "more New Options" in said and "fewer" not in said, said
    assert "[Say in plain words" not in said, said


def test_the_offer_s_explanation_of_old_for_new_says_a_smaller_first_figure_is_more() -> None:
    said = _said(OLD_FIRST, "2 for 1", "1.75 for 1")
    assert "more New Options" in said and "fewer" not in said, said
    assert "[Say in plain words" not in said, said


def test_without_the_offer_s_explanation_counsel_says_which() -> None:
    plain = "An Eligible Option priced from $20.00 to $39.99 may be exchanged in the offer."
    said = _said(plain, "1 for 2", "1 for 1.75")
    assert "more" not in said.split("[")[0] and "fewer" not in said.split("[")[0], said
    assert "[Say in plain words" in said, said
