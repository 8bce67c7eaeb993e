"""The notice names the row a changed figure is in as a reader finds it: under a caption
merged down the column (or repeated on every row it heads), the row's own name under that
caption, never the caption alone, which names several rows."""

from __future__ import annotations

import datetime as dt

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.plain_notice import voice_of
from amendtool.core.plain_summary import summarise
from tests.core.test_series_extension import filing
from tests.support.builders import doc

FRONT = ("", ["Wexford Lane Holdings, L.P. is offering to purchase its Senior Notes for cash."])
OPENING = "We will buy up to $50,000,000 principal amount of notes."
HEADING = "Series\tSettlement\tPrice"


def _amendment(old: list[str], new: list[str]) -> Amendment:
    section = "1. Terms of the Offer"
    return draft_amendment(
        doc([FRONT, (section, [OPENING, HEADING, *old])]),
        doc([FRONT, (section, [OPENING, HEADING, *new])]),
        filing(1, dt.date(2026, 4, 15), dt.datetime(2026, 4, 30, 23, 59)),
    )


def _said(amendment: Amendment) -> str:
    [item] = amendment.change_items
    return summarise(item, amendment.wording, voice_of(amendment)).text


def test_a_row_under_a_merged_caption_is_named_under_it() -> None:
    rows = ["2015 Notes\tEarly\t$1,040", "\tFinal\t$1,010", "2017 Notes\tEarly\t$1,020"]
    said = _said(_amendment([*rows, "\tFinal\t$990"], [*rows, "\tFinal\t$1,000"]))
    assert "$1,000" in said and "$990" in said
    assert 'the row for "Final" under "2017 Notes"' in said, said


def test_a_caption_repeated_on_every_row_it_heads_is_named_the_same_way() -> None:
    rows = ["2015 Notes\tEarly\t$1,040", "2015 Notes\tFinal\t$1,010"]
    said = _said(_amendment([*rows, "2017 Notes\tFinal\t$990"], [*rows, "2017 Notes\tFinal\t$995"]))
    assert 'the row for "2017 Notes"' in said, said  # one row: its caption names it
    said = _said(
        _amendment(
            ["2015 Notes\tEarly\t$1,040", "2015 Notes\tFinal\t$1,010"],
            ["2015 Notes\tEarly\t$1,045", "2015 Notes\tFinal\t$1,010"],
        )
    )
    assert 'the row for "Early" under "2015 Notes"' in said, said


def test_a_figure_said_by_its_column_keeps_the_caption_its_row_is_under() -> None:
    """A heading that says what the figure is ("Exchange Ratio (…)") names the figure; the
    caption merged over the row still says which rows it holds for (options granted before
    a day), so it is never left out."""
    heading = (
        "Grant Date\tExercise Price Range\tExchange Ratio (Eligible Options for each New Option)"
    )
    rows = ["Before 2012\tBelow $20.00\t2.0 to 1", "\t$20.00 and above\t3.0 to 1"]
    later = ["2012 or later\tBelow $20.00\t1.5 to 1", "\t$20.00 and above\t2.5 to 1"]
    section = "1. Terms of the Offer"
    amendment = draft_amendment(
        doc([FRONT, (section, [OPENING, heading, *rows, *later])]),
        doc(
            [FRONT, (section, [OPENING, heading, *rows, later[0], "\t$20.00 and above\t2.2 to 1"])]
        ),
        filing(1, dt.date(2026, 4, 15), dt.datetime(2026, 4, 30, 23, 59)),
    )
    said = _said(amendment)
    assert "2.2 to 1" in said and "2.5 to 1" in said, said
    assert '"$20.00 and above" under "2012 or later"' in said, said
